import ArabicText

/// The words a story fingerprint reads: the headline's and the opening's index terms, hashed.
///
/// Terms come from `ArabicAnalyzer`, the search index's own chain, so hamza seats, harakat,
/// tatweel, teh marbuta, stop words and prefixes such as وال/بال never make two copies differ.
struct StoryTerms: Sendable, Equatable {
    /// Stable 64-bit hashes of the headline's distinct terms.
    var headline: [UInt64]
    /// Hashes of the headline's terms followed by the opening's, in reading order, repeats kept.
    var opening: [UInt64]
    /// Hashes of the figures among them: numbers above 10 that are not years. Two reports of one
    /// event give the same toll, sum or score; two stories on one subject rarely do.
    var figures: [UInt64]

    /// How much of the body is read, in terms: agency copy names the story in its first lines,
    /// and the rest (background, reactions) is where stories on one subject resemble each other.
    static let openingTerms = 60
    /// Characters of body analysed at most, so a long article costs no more than a short one.
    static let openingCharacters = 2_000

    init(headline: String, body: String) {
        var figures: [UInt64] = []
        let headlineTerms = Self.hashes(of: headline, limit: 64, figures: &figures)
        var seen = Set<UInt64>()
        self.headline = headlineTerms.filter { seen.insert($0).inserted }
        self.opening = headlineTerms + Self.hashes(of: String(body.prefix(Self.openingCharacters)), limit: Self.openingTerms, figures: &figures)
        self.figures = figures
    }

    /// The hashes of the first `limit` terms of `text`, read from the analyser's joined output
    /// so that no String is made per term.
    static func hashes(of text: String, limit: Int, figures: inout [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        let joined = ArabicAnalyzer.indexText(of: text)
        func split(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            for index in 0...bytes.count where result.count < limit {
                guard index == bytes.count || bytes[index] == 0x20 else { continue }
                if index > start {
                    let term = bytes[start..<index]
                    let hash = StableHash.fnv1a64(term)
                    result.append(hash)
                    if Self.isFigure(term) { figures.append(hash) }
                }
                start = index + 1
            }
        }
        if joined.utf8.withContiguousStorageIfAvailable({ split($0) }) == nil {
            Array(joined.utf8).withUnsafeBufferPointer { split($0) }
        }
        return result
    }

    /// A term of ASCII digits (the analyser makes every digit ASCII) worth more than 10 and not
    /// a year from 1900 to 2099: dates and small counts are shared by unrelated stories.
    static func isFigure(_ term: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard term.count <= 12, term.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let value = term.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return value > 10 && !(term.count == 4 && (1900...2099).contains(value))
    }
}
