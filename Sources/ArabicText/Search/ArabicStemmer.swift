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
        let range = word.withUnsafeMutableBufferPointer { stem($0) }
        // A ت only turns into ه after a pronoun came off, so a full range means unchanged.
        if range == 0..<word.count { return normalizedToken }
        var view = String.UnicodeScalarView()
        for code in word[range] { view.append(Unicode.Scalar(0x0600 + UInt32(code))!) }
        return String(view)
    }

    /// Other readings of a word that may begin with a proclitic, as index terms, besides the
    /// analyser's own (`stem`): the word whole when the analyser took its و for "and" (وسطي
    /// typed for الوسطى), and the word after و/ف, ب/ل/ك or both (وليون is و + ليون, وعودة is
    /// و + عودة, بروسيا is ب + روسيا). A query asks the index which readings it knows.
    public static func readings(of normalizedToken: String) -> [String] {
        let letters = Array(normalizedToken.unicodeScalars)
        guard letters.count >= 3, letters.allSatisfy({ (0x0621...0x064A).contains($0.value) }) else { return [] }
        let primary = stem(normalizedToken)
        var found: [String] = []
        func add(_ term: String) {
            if term != primary, !found.contains(term) { found.append(term) }
        }
        func addRest(from start: Int) {
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: letters[start...])
            let word = String(rest)
            if rest.count >= 3, !ArabicStopWords.contains(word) { add(stem(word)) }
        }
        var codes = letters.map { UInt8($0.value - 0x0600) }
        if codes[0] == waw {
            codes.withUnsafeMutableBufferPointer { w in
                let exceptions = ArabicStemmerExceptions.shared
                let end = exceptions.isProtected(w, 0..<w.count) ? w.count : stripSuffixes(w, from: 0, to: w.count, exceptions: exceptions).end
                var whole = String.UnicodeScalarView()
                for code in w[0..<end] { whole.append(Unicode.Scalar(0x0600 + UInt32(code))!) }
                add(String(whole))
            }
        }
        var start = 0
        if codes[0] == waw || codes[0] == feh {
            start = 1
            addRest(from: 1)
        }
        if letters.count - start >= 4, isParticle(UInt8(letters[start].value - 0x0600)) { addRest(from: start + 1) }
        return found
    }

    /// Stems the letter codes `w` (at least 3) in place (a final ت may become ه) and returns
    /// the stem's range. Works on a buffer so the analyser can stem its scratch space directly.
    static func stem(_ w: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        let exceptions = ArabicStemmerExceptions.shared
        if exceptions.isProtected(w, 0..<w.count) { return 0..<w.count }
        // A protected word behind a proclitic keeps its own letters: وألمانيا is و + ألمانيا,
        // not و + ال + مانيا.
        if let clitic = procliticBeforeProtected(w, exceptions: exceptions) { return clitic..<w.count }
        // light10 reads every initial و as "and", so وزير became زير and missed الوزير.
        if w[0] == waw {
            let kept = stripSuffixes(w, from: 0, to: w.count, exceptions: exceptions)
            if let key = ArabicStemmerExceptions.key(w, 0..<kept.end), exceptions.rootWawStems.contains(key) {
                return 0..<kept.end
            }
            kept.undo(in: w)
        }
        let start = prefixLength(w)
        if start >= 2, w[start - 1] == lam, w[start - 2] == lam {
            // للبنان is ل + لبنان, not لل + بنان: try the word with one lam given back.
            let withLam = stripSuffixes(w, from: start - 1, to: w.count, exceptions: exceptions)
            if withLam.protected { return (start - 1)..<withLam.end }
            withLam.undo(in: w)
        }
        return start..<stripSuffixes(w, from: start, to: w.count, exceptions: exceptions).end
    }

    /// Length of a proclitic (و، ف، ب، ل، ك, or و/ف + ب/ل/ك) in front of a protected word.
    private static func procliticBeforeProtected(_ w: UnsafeMutableBufferPointer<UInt8>, exceptions: ArabicStemmerExceptions) -> Int? {
        let conjunction = (w[0] == waw || w[0] == feh) ? 1 : 0
        if conjunction == 1, w.count >= 4, exceptions.isProtected(w, 1..<w.count) { return 1 }
        guard w.count - conjunction >= 4, isParticle(w[conjunction]) else { return nil }
        return exceptions.isProtected(w, (conjunction + 1)..<w.count) ? conjunction + 1 : nil
    }

    /// ب، ل، ك: prepositions written joined to the next word.
    static func isParticle(_ code: UInt8) -> Bool {
        code == beh || code == lam || code == kaf
    }

    /// Proclitics: و/ف + one article, an article alone, or a lone و. Unlike light10 the
    /// conjunction may stack on an article (وبال، فلل); a lone ف/ب/ل/ك is never taken because
    /// it starts too many roots (فريق، بيان، لقاء، كتاب). Length rules are light10's: an article
    /// leaves ≥2 letters (حج، يد، دم are real stems), a lone و leaves ≥3.
    static func prefixLength(_ w: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let conjunction = (w[0] == waw || w[0] == feh) ? 1 : 0
        for article in articles where w.count - conjunction - article.count >= 2 && article.matches(w, at: conjunction) {
            return conjunction + article.count
        }
        return w[0] == waw && w.count >= 4 ? 1 : 0
    }

    /// Where `stripSuffixes` stopped, and the one letter it may have rewritten.
    struct Stripped {
        var end: Int
        /// True when it stopped on a protected word.
        var protected: Bool
        /// Index of a ت it turned into ه, so a caller trying a reading can take it back.
        var rewrittenTeh: Int? = nil

        /// Restores the word as it was before the strip.
        func undo(in w: UnsafeMutableBufferPointer<UInt8>) {
            if let index = rewrittenTeh { w[index] = teh }
        }
    }

    /// Strips suffixes from `w[start..<end]`. Pronouns come first (light10 has only ها and ه),
    /// needing ≥3 letters left because هم/كم/نا also end roots (فهم، حكم، لنا); a ت uncovered by
    /// a pronoun was a ة (مدرستهم → مدرسه) so it rejoins the ة stem. Then light10's chain, each
    /// suffix once, ≥2 letters left. The "≥3 after a prefix" rule is not applied to suffixes:
    /// it would give الامه and امه different stems.
    static func stripSuffixes(_ w: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int,
                              exceptions: ArabicStemmerExceptions) -> Stripped {
        var end = end
        var rewritten: Int?
        if exceptions.isProtected(w, start..<end) { return Stripped(end: end, protected: true) }
        var pronoun = false
        for suffix in pronouns where end - start - suffix.count >= 3 && suffix.matches(w, at: end - suffix.count) {
            end -= suffix.count
            pronoun = true
            break
        }
        if !pronoun, end - start >= 4, w[end - 2] == heh && w[end - 1] == alef || w[end - 2] == teh && w[end - 1] == heh {
            end -= w[end - 1] == alef ? 2 : 1
            pronoun = true
        }
        if pronoun {
            if exceptions.isProtected(w, start..<end) { return Stripped(end: end, protected: true) }
            if end - start >= 4, w[end - 1] == teh, w[end - 2] != alef {
                w[end - 1] = heh
                rewritten = end - 1
            }
        }
        for suffix in chain where end - start - suffix.count >= 2 && suffix.matches(w, at: end - suffix.count) {
            end -= suffix.count
            if exceptions.isProtected(w, start..<end) { return Stripped(end: end, protected: true, rewrittenTeh: rewritten) }
        }
        return Stripped(end: end, protected: false, rewrittenTeh: rewritten)
    }

    /// An affix of one to three letters held inline, so matching it reads no nested array.
    struct Affix {
        let count: Int
        private let letters: (UInt8, UInt8, UInt8)

        init(_ first: UInt8, _ second: UInt8, _ third: UInt8? = nil) {
            count = third == nil ? 2 : 3
            letters = (first, second, third ?? 0)
        }

        init(single: UInt8) {
            count = 1
            letters = (single, 0, 0)
        }

        func matches(_ w: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Bool {
            w[offset] == letters.0 && (count < 2 || w[offset + 1] == letters.1) && (count < 3 || w[offset + 2] == letters.2)
        }
    }

    // Offsets of the letters from U+0600.
    static let alef: UInt8 = 0x27, beh: UInt8 = 0x28, teh: UInt8 = 0x2A, feh: UInt8 = 0x41
    static let kaf: UInt8 = 0x43, lam: UInt8 = 0x44, meem: UInt8 = 0x45, noon: UInt8 = 0x46
    static let heh: UInt8 = 0x47, waw: UInt8 = 0x48, yeh: UInt8 = 0x4A
    private static let articles = [Affix(alef, lam), Affix(beh, alef, lam), Affix(kaf, alef, lam), Affix(lam, lam)]
    private static let pronouns = [Affix(heh, meem, alef), Affix(kaf, meem, alef), Affix(heh, meem), Affix(kaf, meem),
                                   Affix(heh, noon), Affix(noon, alef)]
    private static let chain = [Affix(alef, noon), Affix(alef, teh), Affix(waw, noon), Affix(yeh, noon),
                                Affix(yeh, heh), Affix(single: heh), Affix(single: yeh)]
}
