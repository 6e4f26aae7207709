/// MRR@k and Success@k of one method on one query set, for known-item queries (one right answer).
public struct Scores: Sendable, Equatable {
    public private(set) var queries = 0
    public private(set) var reciprocalRankSum = 0.0
    public private(set) var found = 0

    public init() {}

    /// Adds one query's outcome: the target's 1-based rank in the top k, nil when it is not there.
    public mutating func add(rank: Int?) {
        queries += 1
        guard let rank else { return }
        reciprocalRankSum += 1 / Double(rank)
        found += 1
    }

    /// Mean of 1/rank, counting 0 for a query whose target is not in the top k.
    public var meanReciprocalRank: Double { queries == 0 ? 0 : reciprocalRankSum / Double(queries) }
    /// Share of queries whose target is in the top k.
    public var success: Double { queries == 0 ? 0 : Double(found) / Double(queries) }
}
