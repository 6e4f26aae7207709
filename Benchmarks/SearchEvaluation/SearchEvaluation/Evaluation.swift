import Foundation
import GRDB

/// What to evaluate and how much of it.
public struct EvaluationOptions: Sendable {
    /// Corpus JSON Lines files.
    public var files: [URL]
    /// Headlines in the mixed set, the headline figure.
    public var queryCount = 2_000
    /// Queries in each one-re-spelling set; 0 skips them.
    public var perKindCount = 500
    public var seed: UInt64 = 1
    /// Mixed queries run again without the LIKE prefilter, to time a plain scan and check
    /// that the prefilter changes nothing; 0 skips it.
    public var likeScanSample = 10
    /// Only the top `cutoff` results count.
    public var cutoff = 10
    /// Only methods whose name contains one of these (case-insensitive); empty runs them all.
    public var methodFilter: [String] = []
    /// Fit the product's ranking leaving one source out (`RankingFit`), when the product runs.
    public var fit = true
    /// Broad words checked for freshness (`FreshnessCheck`); 0 skips the check.
    public var freshnessWords = 50
    /// An empty PostgreSQL database (`postgres://` URL): the product path is also scored on a copy
    /// of its articles there (`PostgresProductPathMethod`), beside SQLite's.
    public var postgres: String?

    public init(files: [URL]) { self.files = files }
}

/// One method's figures.
public struct MethodResult: Sendable {
    public var name: String
    public var buildSeconds: Double
    /// Mean over the mixed set, query analysis included.
    public var meanQueryMilliseconds: Double
    /// Per query set, in query order, the target's rank in the top k (nil when absent).
    public var ranks: [QuerySet.Variant: [Int?]]
    /// The same for the queries' words as printed: what the re-spellings cost.
    public var printedRanks: [QuerySet.Variant: [Int?]]
    /// Per query set, the indices of the queries that found nothing at all.
    public var empty: [QuerySet.Variant: Set<Int>] = [:]
    /// Per query set, the first three results of each query, for reading what outranks a target.
    public var firstResults: [QuerySet.Variant: [[Int64]]] = [:]

    public func scores(_ variant: QuerySet.Variant, printed: Bool = false) -> Scores {
        var scores = Scores()
        for rank in (printed ? printedRanks : ranks)[variant] ?? [] { scores.add(rank: rank) }
        return scores
    }
}

/// Everything a report needs.
public struct EvaluationResult: Sendable {
    public var options: EvaluationOptions
    public var articleCount: Int
    public var skippedUntitled: Int
    public var candidateCount: Int
    public var querySets: [QuerySet]
    public var methods: [MethodResult]
    public var prefilterBuildSeconds: Double
    public var likeScan: LikeScanCheck?
    public var totalSeconds: Double
    /// Each article's source, by rowid - 1.
    public var sources: [String]
    public var fit: RankingFit?
    public var freshness: FreshnessCheck?
    /// Headlines that tie with each mixed and short query's target.
    public var ties: HeadlineTies?
    /// Each article's headline and date, by rowid - 1, for the ranks file.
    public var headlines: [(title: String, date: String)] = []
    /// How long `nashir copy`'s path took to fill PostgreSQL, when the product ran there too.
    public var postgresCopySeconds: Double?

    /// The source of the article a query looks for.
    public func source(of query: KnownItemQuery) -> String { sources[Int(query.target) - 1] }

    public var mixed: QuerySet { querySets.first { $0.variant == .mixed }! }
}

/// WordPress's LIKE search timed as WordPress runs it, a full scan, on a sample of queries.
public struct LikeScanCheck: Sendable {
    public var queries: Int
    public var meanMilliseconds: Double
    /// Whether every ranking equalled the one found through the trigram prefilter.
    public var identical: Bool
}

/// Builds every method's index over one corpus and runs every query set against each.
public enum Evaluation {
    /// The methods compared, in report order; the product path on PostgreSQL second when a database is given.
    public static func methods(postgres: String? = nil) -> [any SearchMethod] {
        [ProductPathMethod()] + (postgres.map { [PostgresProductPathMethod(url: $0)] } ?? [])
            + [FullTextMethod.nashir, FullTextMethod.unicode61, FullTextMethod.light10, FullTextMethod.light10AnyWord, WordPressLikeMethod()]
    }

    public static func run(_ options: EvaluationOptions, log: (String) -> Void = { _ in }) throws -> EvaluationResult {
        let started = ContinuousClock.now
        let corpus = try Corpus.load(options.files)
        log("corpus: \(corpus.articles.count) articles (\(corpus.skippedUntitled) without a title skipped)")
        let generator = QueryGenerator(articles: corpus.articles, respeller: Respeller(vocabulary: Vocabulary(corpus.articles)), seed: options.seed)
        var sets = [generator.mixed(count: options.queryCount), generator.short(count: options.queryCount)]
        if options.perKindCount > 0 {
            sets += RespellingKind.allCases.map { generator.only($0, count: options.perKindCount) }
            sets += [generator.marked(count: options.perKindCount), generator.names(count: options.perKindCount)]
        }
        log("queries: \(sets.map(\.queries.count).reduce(0, +)) in \(sets.count) sets, from \(generator.candidates.count) unique headlines")

        let queue = try DatabaseQueue()
        return try queue.inDatabase { db in
            try DocumentDates.create(corpus.articles, in: db)
            var results: [MethodResult] = []
            var prefilterSeconds = 0.0
            var postgresCopySeconds: Double?
            var fit: RankingFit?
            var freshness: FreshnessCheck?
            let chosen = methods(postgres: options.postgres).filter { method in
                options.methodFilter.isEmpty || options.methodFilter.contains { method.name.localizedCaseInsensitiveContains($0) }
            }
            for method in chosen {
                let buildSeconds = try seconds { try db.inTransaction { try method.build(corpus.articles, in: db); return .commit } }
                log("\(method.name): index built in \(String(format: "%.1f", buildSeconds)) s")
                if let postgres = method as? PostgresProductPathMethod {
                    postgresCopySeconds = postgres.copySeconds
                    log("\(method.name): of which the copy into PostgreSQL \(String(format: "%.1f", postgres.copySeconds)) s")
                }
                if let like = method as? WordPressLikeMethod {
                    prefilterSeconds = try seconds { try like.buildPrefilter(in: db) }
                    log("\(method.name): trigram prefilter built in \(String(format: "%.1f", prefilterSeconds)) s")
                }
                var result = MethodResult(name: method.name, buildSeconds: buildSeconds, meanQueryMilliseconds: 0, ranks: [:], printedRanks: [:])
                var empty: [QuerySet.Variant: Set<Int>] = [:]
                var firstResults: [QuerySet.Variant: [[Int64]]] = [:]
                func rank(_ query: KnownItemQuery, _ text: String, index: Int? = nil, in variant: QuerySet.Variant? = nil) throws -> Int? {
                    let found = try method.search(text, limit: options.cutoff, in: db)
                    if let index, let variant {
                        if found.isEmpty { empty[variant, default: []].insert(index) }
                        firstResults[variant, default: []].append(Array(found.prefix(3)))
                    }
                    return found.firstIndex(of: query.target).map { $0 + 1 }
                }
                for set in sets {
                    var ranks: [Int?] = []
                    let elapsed = try seconds {
                        for (index, query) in set.queries.enumerated() {
                            ranks.append(try rank(query, query.text, index: index, in: set.variant))
                        }
                    }
                    result.ranks[set.variant] = ranks
                    result.printedRanks[set.variant] = try zip(set.queries, ranks).map { query, typedRank in
                        query.typed == query.printed ? typedRank : try rank(query, query.printedText)
                    }
                    if set.variant == .mixed { result.meanQueryMilliseconds = elapsed * 1_000 / Double(max(1, set.queries.count)) }
                }
                result.empty = empty
                result.firstResults = firstResults
                log("\(method.name): MRR@\(options.cutoff) \(String(format: "%.3f", result.scores(.mixed).meanReciprocalRank))")
                results.append(result)
                if let product = method as? ProductPathMethod {
                    if options.fit {
                        fit = try RankingFit.run(
                            product, sets: Array(sets.prefix(2)), sourceOf: { corpus.articles[Int($0.target) - 1].source }, cutoff: options.cutoff, log: log)
                    }
                    if options.freshnessWords > 0 {
                        freshness = try FreshnessCheck.run(product, articles: corpus.articles, count: options.freshnessWords)
                        log("freshness: holds for \(freshness!.holding) of \(freshness!.words.count) broad words")
                    }
                }
            }
            let likeScan = chosen.contains { $0 is WordPressLikeMethod }
                ? try timePlainLikeScan(sets[0].queries.prefix(options.likeScanSample), cutoff: options.cutoff, in: db) : nil
            return EvaluationResult(
                options: options, articleCount: corpus.articles.count, skippedUntitled: corpus.skippedUntitled,
                candidateCount: generator.candidates.count, querySets: sets, methods: results,
                prefilterBuildSeconds: prefilterSeconds, likeScan: likeScan,
                totalSeconds: (ContinuousClock.now - started).seconds, sources: corpus.articles.map(\.source), fit: fit, freshness: freshness,
                ties: HeadlineTies.run(
                    Array(sets.prefix(2)), articles: corpus.articles, eligible: Set(generator.candidates.map { Int($0.target) - 1 })),
                headlines: corpus.articles.map { ($0.title, $0.date) }, postgresCopySeconds: postgresCopySeconds)
        }
    }

    /// Runs queries through LIKE with and without the prefilter; nil for no queries.
    static func timePlainLikeScan(_ queries: ArraySlice<KnownItemQuery>, cutoff: Int, in db: Database) throws -> LikeScanCheck? {
        guard !queries.isEmpty else { return nil }
        let like = WordPressLikeMethod()
        var check = LikeScanCheck(queries: queries.count, meanMilliseconds: 0, identical: true)
        for query in queries {
            var plain: [Int64] = []
            check.meanMilliseconds += try seconds { plain = try like.search(query.text, limit: cutoff, in: db, prefiltered: false) } * 1_000 / Double(queries.count)
            check.identical = try check.identical && plain == like.search(query.text, limit: cutoff, in: db, prefiltered: true)
        }
        return check
    }

    private static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try work()
        return (ContinuousClock.now - start).seconds
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
