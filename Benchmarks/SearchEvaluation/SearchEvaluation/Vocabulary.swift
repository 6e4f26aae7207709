import NashirDomain

/// How often each word form occurs in the corpus, so the ال and و re-spellings only produce
/// forms writers actually use (مدرسة ↔ المدرسة, not قال → القال).
public struct Vocabulary: Sendable {
    private var counts: [UInt64: Int32] = [:]

    /// Counts the words of every title, summary and body.
    public init(_ articles: [CorpusArticle]) {
        let perArticle = articles.concurrentMap(minimumChunk: 64) { article in
            Self.keys(in: article.title) + Self.keys(in: article.summary) + Self.keys(in: article.body)
        }
        for keys in perArticle {
            for key in keys { counts[key, default: 0] += 1 }
        }
    }

    /// Occurrences of `word` (its letters and digits; marks, tatweel and invisibles ignored).
    public func count(_ word: String) -> Int {
        guard let key = Self.keys(in: word).first else { return 0 }
        return Int(counts[key] ?? 0)
    }

    /// A name, as far as word counts tell: an Arabic word seen at least 5 times that the corpus
    /// never writes with ال, a pronoun (ه، ها، هم) or a feminine or plural ending (ة، ات), as it
    /// would a noun, and that does not start with ي or ت, as the present tense does. A heuristic:
    /// the corpus marks no names.
    public func isNameLike(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter { WordScalars.isWordCharacter($0) }
        guard letters.count >= 3, letters.allSatisfy({ (0x0621...0x064A).contains($0.value) }) else { return false }
        let bare = String(String.UnicodeScalarView(letters))
        guard !bare.hasPrefix("ال"), !bare.hasPrefix("ي"), !bare.hasPrefix("ت"), count(bare) >= 5 else { return false }
        return ["ال" + bare, bare + "ه", bare + "ها", bare + "هم", bare + "ة", bare + "ات"].allSatisfy { count($0) == 0 }
    }

    /// FNV-1a hashes of the words of `text`: hashing keeps 14 million tokens off the heap.
    static func keys(in text: String) -> [UInt64] {
        var keys: [UInt64] = []
        var hash: UInt64 = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if WordScalars.isWordCharacter(scalar) {
                if !inWord { hash = 0xCBF2_9CE4_8422_2325; inWord = true }
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
            } else if inWord && !WordScalars.isIgnorable(scalar) {
                keys.append(hash)
                inWord = false
            }
        }
        if inWord { keys.append(hash) }
        return keys
    }
}

/// Character classes shared by query building and the vocabulary.
enum WordScalars {
    /// Letters and digits, tatweel excluded: it only stretches a word.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) { return true }
        if v < 0x80 { return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if v == 0x0640 { return false }
        let p = scalar.properties
        return p.isAlphabetic && !isMark(scalar) || p.numericType == .decimal
    }

    /// Marks, tatweel and format characters: inside a word they neither end it nor count.
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return false }
        return scalar.value == 0x0640 || isMark(scalar) || scalar.properties.generalCategory == .format
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
