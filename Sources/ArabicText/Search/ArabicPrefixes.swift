/// Type-ahead keys: the leading substrings a user may have typed so far.
public enum ArabicPrefixes {
    /// Prefixes of the token, shortest first, after a leading ال/وال/بال/لل is removed, so
    /// typing "مدر" finds المدرسة (notes §6.2.6: PostgreSQL's الم:* misses it).
    public static func typeAheadForms(of normalizedToken: String, minimumLength: Int = 2) -> [String] {
        let scalars = Array(normalizedToken.unicodeScalars)
        let start = articleLength(scalars)
        let count = scalars.count - start
        let shortest = max(minimumLength, 1)
        guard count >= shortest else { return [] }
        var forms: [String] = []
        forms.reserveCapacity(count - shortest + 1)
        var view = String.UnicodeScalarView()
        for (offset, scalar) in scalars[start...].enumerated() {
            view.append(scalar)
            if offset + 1 >= shortest { forms.append(String(view)) }
        }
        return forms
    }

    /// The token without a leading ال/وال/بال/لل (kept when fewer than two letters would remain).
    public static func withoutArticle(_ normalizedToken: String) -> String {
        let scalars = Array(normalizedToken.unicodeScalars)
        let start = articleLength(scalars)
        guard start > 0 else { return normalizedToken }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        return String(view)
    }

    /// Length of a leading article, kept only when two letters remain (الى stays whole).
    private static func articleLength(_ s: [Unicode.Scalar]) -> Int {
        for article in articles where s.count >= article.count + 2 && s.starts(with: article) {
            return article.count
        }
        return 0
    }

    private static let articles: [[Unicode.Scalar]] = [
        ["\u{0648}", "\u{0627}", "\u{0644}"], ["\u{0628}", "\u{0627}", "\u{0644}"],
        ["\u{0627}", "\u{0644}"], ["\u{0644}", "\u{0644}"],
    ]
}
