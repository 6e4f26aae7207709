import ArabicText
import NashirSQLite

/// Fits `SearchRanking` on data, leaving one newspaper out at a time: every ranking of a
/// small grid answers the mixed and the short queries through the product path; for each
/// source, the ranking best on the other four (mean MRR@10 of the two sets) is scored on that
/// source's queries, which its choice never saw. The shipped ranking is the one best on all five.
public struct RankingFit: Sendable {
    /// One source held out.
    public struct Fold: Sendable {
        public var source: String
        /// Index in `grid` of the ranking chosen on the other sources.
        public var chosen: Int
        /// Per query set, the held-out source's queries and scores.
        public var queries: [Int]
        public var heldOut: [Scores]
    }

    public var grid: [SearchRanking]
    /// The query sets fitted on, in order.
    public var variants: [QuerySet.Variant]
    /// Per grid ranking and query set, the target's rank of every query (nil when not in the top k).
    public var ranks: [[[Int?]]]
    public var folds: [Fold]
    /// Index in `grid` of the ranking best on every source.
    public var bestOverall: Int

    /// The grid: weights of the exact-form field, proximity and the recency boost around the
    /// standard values; BM25's field weights stay as they are.
    public static func standardGrid() -> [SearchRanking] {
        var grid: [SearchRanking] = []
        for exact in [4.0, 12] {
            for near in [1.3, 1.7, 2.2] {
                for boost in [0.05, 0.15] {
                    var ranking = SearchRanking()
                    ranking.exact = exact
                    ranking.nearInHeadline = near
                    ranking.nearAnywhere = 1 + (near - 1) / 3
                    ranking.recencyBoost = boost
                    grid.append(ranking)
                }
            }
        }
        return grid
    }

    /// Scores `ranks` over the queries at `picked` indices.
    static func scores(_ ranks: [Int?], _ picked: [Int]) -> Scores {
        var scores = Scores()
        for index in picked { scores.add(rank: ranks[index]) }
        return scores
    }

    /// Runs the grid and the folds. `sourceOf` gives each query's source.
    static func run(
        _ method: ProductPathMethod, sets: [QuerySet], sourceOf: (KnownItemQuery) -> String, cutoff: Int,
        grid: [SearchRanking] = standardGrid(), log: (String) -> Void
    ) throws -> RankingFit {
        var ranks: [[[Int?]]] = []
        for (index, ranking) in grid.enumerated() {
            ranks.append(try sets.map { set in
                let found = try method.search(set.queries.map(\.text), limit: cutoff, ranking: ranking)
                return zip(set.queries, found).map { query, rowids in rowids.firstIndex(of: query.target).map { $0 + 1 } }
            })
            let summary = zip(sets, ranks[index]).map { set, ranks in Report.fixed(scores(ranks, Array(set.queries.indices)).meanReciprocalRank) }
            log("fit: ranking \(index + 1) of \(grid.count) (\(describe(ranking))): MRR@\(cutoff) \(summary.joined(separator: " / "))")
        }
        let sources = sets.map { $0.queries.map(sourceOf) }
        func picked(_ set: Int, _ keep: (String) -> Bool) -> [Int] { sources[set].indices.filter { keep(sources[set][$0]) } }
        func best(_ keep: (String) -> Bool) -> Int {
            func objective(_ r: Int) -> Double {
                sets.indices.map { scores(ranks[r][$0], picked($0, keep)).meanReciprocalRank }.reduce(0, +) / Double(sets.count)
            }
            // Ties go to the earlier ranking in the grid.
            return ranks.indices.max { a, b in objective(a) != objective(b) ? objective(a) < objective(b) : a > b }!
        }
        let folds = Set(sources.joined()).sorted().map { source in
            let chosen = best { $0 != source }
            let heldOut = sets.indices.map { picked($0) { $0 == source } }
            return Fold(source: source, chosen: chosen, queries: heldOut.map(\.count),
                        heldOut: sets.indices.map { scores(ranks[chosen][$0], heldOut[$0]) })
        }
        return RankingFit(grid: grid, variants: sets.map(\.variant), ranks: ranks, folds: folds, bestOverall: best { _ in true })
    }

    /// A ranking's fitted values, for reports.
    public static func describe(_ ranking: SearchRanking) -> String {
        "exact \(Report.fixed(ranking.exact, 0)), near ×\(Report.fixed(ranking.nearInHeadline, 1)), recency +\(Report.fixed(ranking.recencyBoost * 100, 0)) %"
    }
}
