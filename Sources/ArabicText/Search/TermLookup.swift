/// Query terms prepared for finding them among a text's words, one word after another, as
/// `ArabicStopWords.contains` and `ArabicStemmer.stem` read each word. An Arabic word is stemmed
/// and looked up as letter codes (the analyser's own path): hashing a String that is not ASCII
/// runs Unicode normalisation, and the highlighter asks this of every word of every excerpt.
struct TermLookup {
    /// Arabic terms by their letter codes (offsets into the Arabic block), each with its number.
    private var arabic: [ArraySlice<UInt8>: Int] = [:]
    /// Terms with any other scalar (Latin names, digits), by their text.
    private var other: [String: Int] = [:]
    /// The terms, each at its number.
    let terms: [String]

    init(_ terms: Set<String>) {
        self.terms = terms.sorted()
        for (number, term) in self.terms.enumerated() {
            if let codes = Self.codes(term) { arabic[codes[...]] = number } else { other[term] = number }
        }
    }

    /// How many terms there are.
    var count: Int { terms.count }

    /// The number of the term `token` (a token of `text`) analyses to; nil when the token is a
    /// stop word or analyses to none of the terms.
    func term(of token: Token, in text: String) -> Int? {
        guard var codes = Self.codes(token.text) else {
            return ArabicStopWords.contains(token, in: text) ? nil : other[ArabicStemmer.stem(token.text)]
        }
        let endsInAli = codes.count >= 3 && codes[(codes.count - 3)...].elementsEqual(Self.ali)
        let writtenWithYeh = endsInAli && token.endsWithYeh(in: text)
        if codes.withUnsafeMutableBufferPointer({ ArabicStopWords.contains($0, writtenWithYeh: writtenWithYeh) }) { return nil }
        guard codes.count >= 3 else { return arabic[codes[...]] }
        let original = codes
        let stem = codes.withUnsafeMutableBufferPointer { ArabicStemmer.stem($0) }
        // As `ArabicStemmer.stem(_:)` reads it: a full range is the word unchanged.
        return stem == 0..<original.count ? arabic[original[...]] : arabic[codes[stem]]
    }

    private static let ali: [UInt8] = [0x39, 0x44, 0x4A]

    /// The word's letter codes when every scalar is in the Arabic letters' range the stemmer
    /// works on, else nil.
    private static func codes(_ word: String) -> [UInt8]? {
        var codes: [UInt8] = []
        codes.reserveCapacity(word.utf8.count / 2)
        for scalar in word.unicodeScalars {
            guard (0x0621...0x06FF).contains(scalar.value) else { return nil }
            codes.append(UInt8(scalar.value - 0x0600))
        }
        return codes
    }
}
