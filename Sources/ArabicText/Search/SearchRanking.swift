import Foundation

/// How a search finds and orders its matches: BM25 over the analysed fields, BM25 over the headline's
/// exact forms, proximity of the query's words, and the age of the story. The standard values
/// were fitted on known-item queries from four newspapers and checked on a fifth
/// (`Benchmarks/search-evaluation.sh --fit`, Benchmarks/results/search-evaluation.md).
public struct SearchRanking: Sendable, Hashable {
    /// BM25 field weights: a word in the headline says more than one deep in the body.
    public var headline = 10.0
    public var highlights = 5.0
    public var body = 1.0
    public var tags = 3.0
    /// Weight of the headline's words as printed (unstemmed): typed as printed, a word
    /// means the headline that prints it more than one that shares its stem.
    public var exact = 12.0
    /// Score factor when the query's words stand side by side in the headline, or anywhere
    /// (fitted as one value: the gain anywhere is a third of the headline's).
    public var nearInHeadline = 2.2
    public var nearAnywhere = 1.4
    /// What a narrow query's newest match gains at most over an old one (0.05 is 5 %).
    public var recencyBoost = 0.05
    /// Days after which that gain is halved.
    public var recencyHalfLifeDays = 30.0
    /// For a broad query, the age at which a story needs twice the relevance of the newest.
    /// Not fitted: the shortest of 30, 10 and 5 days that kept the freshness property on the
    /// corpus's 50 commonest headline words (46, 49, 50 of 50); known-item scores did not move.
    public var broadHalfLifeDays = 5.0

    /// Whether a word that may start with a proclitic is also searched in its other readings
    /// (`SearchQuery.addingReadings`); off only to measure what they cost.
    public var otherReadings = true

    public init() {}

    /// The fitted values.
    public static let standard = SearchRanking()

    /// The weights for FTS5's `bm25()`, in the index's column order (the facets only filter).
    public var columnWeights: [Double] { [headline, highlights, body, tags, 0, exact] }

    /// Words typed together are meant together: «قرب الانتحار» is about a headline that says
    /// «انتحارية قرب», more than about a story with قرب in one paragraph and انتحار in another.
    public func proximityFactor(inHeadline: Bool, anywhere: Bool) -> Double {
        inHeadline ? nearInHeadline : anywhere ? nearAnywhere : 1
    }

    /// How much a query is a broad one (0: a few matches, the reader looks for one story;
    /// 1: hundreds, the reader wants the news about it): log-linear between 50 and 500 matches.
    public static func breadth(matches: Int) -> Double {
        guard matches > 50 else { return 0 }
        return min(1, log(Double(matches) / 50) / log(10))
    }

    /// News ages, and how much depends on the query. A broad query (a name, one common word)
    /// shows the latest news first: an article `broadHalfLifeDays` older than the newest match
    /// needs twice the relevance. A narrow one ranks by relevance, the age only a bounded boost
    /// (`recencyBoost`, halved after `recencyHalfLifeDays`) that reorders close matches and
    /// never buries a much better one. Ages count from the newest match rather than from
    /// today, so an archive ranks the same whenever it is searched.
    public func recency(age seconds: Int64, breadth: Double = 1) -> Double {
        let age = Double(max(0, seconds))
        let strong = 1 / (1 + age / (broadHalfLifeDays * 86_400))
        let bounded = (1 + recencyBoost / (1 + age / (recencyHalfLifeDays * 86_400))) / (1 + recencyBoost)
        return breadth * strong + (1 - breadth) * bounded
    }
}
