/// What near-duplicate grouping knows of an article: the words of its headline and opening as
/// 32-bit hashes, and the figures among them; a few hundred bytes, stored with the item.
///
/// Two fingerprints are compared by `StoryMatcher`, exactly, on these sets. Candidates come from
/// `bandKeys`, MinHash LSH over the same set: two stories worth comparing share at least one
/// key, so the store finds them with an index instead of comparing an arrival with every item.
public struct StoryFingerprint: Sendable, Hashable {
    /// The distinct terms of the headline and of the body's first `StoryTerms.openingTerms`
    /// terms, low 32 bits of their hashes, sorted.
    let terms: [UInt32]
    /// The headline's distinct terms, the same way.
    let headline: [UInt32]
    /// The figures among the terms (`StoryTerms.figures`), the same way.
    let figures: [UInt32]

    /// At most this many headline terms are kept; headlines are short, this only bounds input.
    static let headlineLimit = 32
    /// At most this many figures are kept, the first in reading order.
    static let figureLimit = 8

    /// The fingerprint of a story with this headline and body text (paragraphs in any layout).
    public init(headline: String, body: String) {
        self.init(terms: StoryTerms(headline: headline, body: body))
    }

    init(terms: StoryTerms) {
        self.init(
            terms: Self.sortedSet(terms.opening),
            headline: Self.sortedSet(terms.headline.prefix(Self.headlineLimit)),
            figures: Self.sortedSet(Self.distinctInOrder(terms.figures).prefix(Self.figureLimit)))
    }

    init(terms: [UInt32], headline: [UInt32], figures: [UInt32]) {
        self.terms = terms
        self.headline = headline
        self.figures = figures
    }

    /// True when the text had no words to fingerprint; such an item is never grouped.
    public var isEmpty: Bool { terms.isEmpty }

    private static func sortedSet(_ hashes: some Sequence<UInt64>) -> [UInt32] {
        Array(Set(hashes.map { UInt32(truncatingIfNeeded: $0) })).sorted()
    }

    private static func distinctInOrder(_ hashes: [UInt64]) -> [UInt64] {
        var seen = Set<UInt64>()
        return hashes.filter { seen.insert($0).inserted }
    }
}
