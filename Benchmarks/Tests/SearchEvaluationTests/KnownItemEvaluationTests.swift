import Foundation
import Testing
@testable import SearchEvaluation

/// The evaluation on one corpus file: Nashir's product path must rank first on both metrics,
/// as it must on the whole corpus (Benchmarks/search-evaluation.sh).
@Suite struct KnownItemEvaluationTests {
    /// From Benchmarks/Tests/SearchEvaluationTests/ up to the repository root, beside which ../shared lies.
    static let corpusFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/articles/ant-v2.1-cnn-arabic.jsonl").standardized
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpusFile.path) }

    @Test(.enabled(if: hasCorpus, "needs ../shared/corpus"))
    func nashirRanksFirstOnBothMetrics() throws {
        var options = EvaluationOptions(files: [Self.corpusFile])
        options.queryCount = 300
        options.perKindCount = 0
        options.likeScanSample = 20
        options.fit = false
        options.freshnessWords = 0
        let result = try Evaluation.run(options)

        #expect(result.mixed.queries.count == 300)
        let scores = Dictionary(uniqueKeysWithValues: result.methods.map { ($0.name, $0.scores(.mixed)) })
        let nashir = try #require(scores[ProductPathMethod.methodName])
        for (name, other) in scores where name != ProductPathMethod.methodName {
            #expect(nashir.meanReciprocalRank > other.meanReciprocalRank, "MRR@10 against \(name)")
            #expect(nashir.success > other.success, "Success@10 against \(name)")
        }
        // The trigram prefilter only spares LIKE a full scan; it must not change its rankings.
        #expect(result.likeScan?.identical == true)
        let report = Report.markdown(result, context: RunContext(date: "today", commit: nil, command: "test"))
        #expect(report.contains("| method | MRR@10 | Success@10 | short queries: MRR@10 | Success@10 | mean query ms | index build s |"))
    }

    @Test(.enabled(if: hasCorpus, "needs ../shared/corpus"))
    func querySetsAreTheSameForTheSameSeed() throws {
        let corpus = try Corpus.load([Self.corpusFile])
        let articles = Array(corpus.articles.prefix(500))
        let respeller = Respeller(vocabulary: Vocabulary(articles))
        let first = QueryGenerator(articles: articles, respeller: respeller, seed: 7).mixed(count: 100)
        let second = QueryGenerator(articles: articles, respeller: respeller, seed: 7).mixed(count: 100)
        let other = QueryGenerator(articles: articles, respeller: respeller, seed: 8).mixed(count: 100)
        #expect(first.queries.map(\.text) == second.queries.map(\.text))
        #expect(first.queries.map(\.text) != other.queries.map(\.text))
    }
}
