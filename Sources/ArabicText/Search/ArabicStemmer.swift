/// A light stemmer in the light10 family (Larkey et al.), run on `ArabicNormalizer` output.
public enum ArabicStemmer {
    /// The stem of one normalised token; non-Arabic tokens and words under 3 letters pass through.
    public static func stem(_ normalizedToken: String) -> String {
        // Letters are kept as offsets into the Arabic block so affix tests and exception
        // look-ups are integer work: this runs on every indexed word.
        var word: [UInt8] = []
        word.reserveCapacity(16)
        for scalar in normalizedToken.unicodeScalars {
            guard (0x0621...0x06FF).contains(scalar.value) else { return normalizedToken }
            word.append(UInt8(scalar.value - 0x0600))
        }
        guard word.count >= 3 else { return normalizedToken }
        let range = stem(&word)
        // A ت only turns into ه after a pronoun came off, so a full range means unchanged.
        if range == 0..<word.count { return normalizedToken }
        var view = String.UnicodeScalarView()
        for code in word[range] { view.append(Unicode.Scalar(0x0600 + UInt32(code))!) }
        return String(view)
    }

    /// Stems `w` in place (a final ت may become ه) and returns the stem's range.
    static func stem(_ w: inout [UInt8]) -> Range<Int> {
        let exceptions = ArabicStemmerExceptions.shared
        if exceptions.isProtected(w, 0..<w.count) { return 0..<w.count }
        // light10 reads every initial و as "and", so وزير became زير and missed الوزير.
        if w[0] == waw {
            var kept = w
            let end = stripSuffixes(&kept, from: 0, to: kept.count, exceptions: exceptions).end
            if let key = ArabicStemmerExceptions.key(kept, 0..<end), exceptions.rootWawStems.contains(key) {
                w = kept
                return 0..<end
            }
        }
        let start = prefixLength(w)
        if start >= 2, w[start - 1] == lam, w[start - 2] == lam {
            // للبنان is ل + لبنان, not لل + بنان: try the word with one lam given back.
            var withLam = w
            let result = stripSuffixes(&withLam, from: start - 1, to: w.count, exceptions: exceptions)
            if result.protected {
                w = withLam
                return (start - 1)..<result.end
            }
        }
        return start..<stripSuffixes(&w, from: start, to: w.count, exceptions: exceptions).end
    }

    /// Proclitics: و/ف + one article, an article alone, or a lone و. Unlike light10 the
    /// conjunction may stack on an article (وبال، فلل); a lone ف/ب/ل/ك is never taken because
    /// it starts too many roots (فريق، بيان، لقاء، كتاب). Length rules are light10's: an article
    /// leaves ≥2 letters (حج، يد، دم are real stems), a lone و leaves ≥3.
    static func prefixLength(_ w: [UInt8]) -> Int {
        let conjunction = (w[0] == waw || w[0] == feh) ? 1 : 0
        for article in articles where w.count - conjunction - article.count >= 2 && matches(w, article, at: conjunction) {
            return conjunction + article.count
        }
        return w[0] == waw && w.count >= 4 ? 1 : 0
    }

    /// Strips suffixes from `w[start..<end]`; returns the new end and whether it stopped on
    /// a protected word. Pronouns come first (light10 has only ها and ه), needing ≥3 letters
    /// left because هم/كم/نا also end roots (فهم، حكم، لنا); a ت uncovered by a pronoun was a ة
    /// (مدرستهم → مدرسه) so it rejoins the ة stem. Then light10's chain, each suffix once,
    /// ≥2 letters left. The "≥3 after a prefix" rule is not applied to suffixes: it would
    /// give الامه and امه different stems.
    static func stripSuffixes(_ w: inout [UInt8], from start: Int, to end: Int,
                              exceptions: ArabicStemmerExceptions) -> (end: Int, protected: Bool) {
        var end = end
        if exceptions.isProtected(w, start..<end) { return (end, true) }
        var pronoun = false
        for suffix in pronouns where end - start - suffix.count >= 3 && matches(w, suffix, at: end - suffix.count) {
            end -= suffix.count
            pronoun = true
            break
        }
        if !pronoun, end - start >= 4, w[end - 2] == heh && w[end - 1] == alef || w[end - 2] == teh && w[end - 1] == heh {
            end -= w[end - 1] == alef ? 2 : 1
            pronoun = true
        }
        if pronoun {
            if exceptions.isProtected(w, start..<end) { return (end, true) }
            if end - start >= 4, w[end - 1] == teh, w[end - 2] != alef { w[end - 1] = heh }
        }
        for suffix in chain where end - start - suffix.count >= 2 && matches(w, suffix, at: end - suffix.count) {
            end -= suffix.count
            if exceptions.isProtected(w, start..<end) { return (end, true) }
        }
        return (end, false)
    }

    private static func matches(_ w: [UInt8], _ affix: [UInt8], at offset: Int) -> Bool {
        for i in 0..<affix.count where w[offset + i] != affix[i] { return false }
        return true
    }

    // Offsets of the letters from U+0600.
    static let alef: UInt8 = 0x27, beh: UInt8 = 0x28, teh: UInt8 = 0x2A, feh: UInt8 = 0x41
    static let kaf: UInt8 = 0x43, lam: UInt8 = 0x44, meem: UInt8 = 0x45, noon: UInt8 = 0x46
    static let heh: UInt8 = 0x47, waw: UInt8 = 0x48, yeh: UInt8 = 0x4A
    private static let articles: [[UInt8]] = [[alef, lam], [beh, alef, lam], [kaf, alef, lam], [lam, lam]]
    private static let pronouns: [[UInt8]] = [[heh, meem, alef], [kaf, meem, alef], [heh, meem], [kaf, meem],
                                             [heh, noon], [noon, alef]]
    private static let chain: [[UInt8]] = [[alef, noon], [alef, teh], [waw, noon], [yeh, noon],
                                          [yeh, heh], [heh], [yeh]]
}
