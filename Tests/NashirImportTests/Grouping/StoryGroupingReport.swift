import Foundation
import NashirDomain
import NashirTestSupport
import Testing

/// The figures Benchmarks/grouping-evaluation.sh prints: written to the file named by
/// GROUPING_REPORT when that is set, so a plain test run stays quiet.
@Suite(.enabled(if: Fixtures.hasCorpus && ProcessInfo.processInfo.environment["GROUPING_REPORT"] != nil, "run by Benchmarks/grouping-evaluation.sh"))
struct StoryGroupingReport {
    typealias Evaluation = StoryGroupingEvaluationTests

    @Test func writeReport() throws {
        let set = try StoryPairs.load()
        let scored = Evaluation.score(set)
        let standard = StoryMatcher.standard.threshold
        let tuned = Evaluation.tunedThreshold(scored)
        func row(_ part: String) -> String {
            let c = Evaluation.counts(scored, part: part, threshold: standard)
            let same = scored.filter { $0.pair.part == part && $0.pair.same }
            let met = same.filter(\.candidate).count
            return String(
                format: "| %@ | %d | %d | %.3f | %.3f | %.3f | %.3f |", part, same.count, scored.filter { $0.pair.part == part }.count - same.count,
                c.precision, c.recall, c.f1, Double(met) / Double(max(1, same.count)))
        }

        // Rates over every article the pairs name, one thread.
        let contents = Array(set.articles.values)
        var clock = ContinuousClock.now
        let prints = contents.map(StoryFingerprint.init(content:))
        let fingerprintSeconds = Self.seconds(since: clock)
        clock = .now
        let keys = prints.map { Set($0.bandKeys) }
        let keySeconds = Self.seconds(since: clock)
        clock = .now
        var comparisons = 0, grouped = 0, met = 0
        for i in prints.indices {
            for j in prints.indices where j > i {
                comparisons += 1
                if StoryMatcher.standard.isSameStory(prints[i], prints[j]) { grouped += 1 }
                if !keys[i].isDisjoint(with: keys[j]) { met += 1 }
            }
        }
        let compareSeconds = Self.seconds(since: clock)
        let bytes = prints.map(\.encoded.count).reduce(0, +) / max(1, prints.count)

        let report = """
        ## Story grouping (near-duplicate detection)

        Labelled pairs: Benchmarks/grouping/story-pairs.tsv, \(scored.filter(\.pair.same).count) same-story and \
        \(scored.filter { !$0.pair.same }.count) different-story pairs over \(set.articles.count) corpus articles, read through the \
        JSON Lines import. Threshold fitted on the tune part (pairs with an Al Arabiya article): \(String(format: "%.3f", tuned)); \
        StoryMatcher.standard uses \(String(format: "%.3f", standard)). A pair counts as grouped when the two share an LSH band \
        key and the matcher accepts them (the one-source bar for pairs from one publication).

        | part | same | different | precision | recall | F1 | LSH recall |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: |
        \(row("tune"))
        \(row("test"))

        Rates on this machine, one thread, \(Self.buildKind) build, \(contents.count) articles: \
        \(Int(Double(contents.count) / fingerprintSeconds)) fingerprints/s, \(Int(Double(contents.count) / keySeconds)) band-key sets/s, \
        \(Int(Double(comparisons) / compareSeconds)) comparisons/s. Fingerprint: \(bytes) bytes on average, \
        \(prints.first?.bandKeys.count ?? 0) band keys. Among all \(comparisons) pairs of these articles, \
        \(String(format: "%.1f", 100 * Double(met) / Double(comparisons))) % share a band key (the candidates an arrival is compared \
        with) and \(grouped) are grouped.

        """
        let path = ProcessInfo.processInfo.environment["GROUPING_REPORT"]!
        try report.write(toFile: path, atomically: true, encoding: String.Encoding.utf8)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return max(1e-9, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    #if DEBUG
    static let buildKind = "debug"
    #else
    static let buildKind = "release"
    #endif
}
