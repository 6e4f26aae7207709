import Foundation
import NashirDomain
import NashirTestSupport
import Testing

/// Precision and recall of story grouping on the hand-labelled pairs, the way the incoming desk
/// groups: a pair is grouped when the two share an LSH band key and `StoryMatcher.standard`
/// calls them one story (the stricter bar when both came from one source).
@Suite(.enabled(if: Fixtures.hasCorpus, "needs ../shared/corpus"))
struct StoryGroupingEvaluationTests {
    struct Counts {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }
    }

    struct Scored {
        var pair: StoryPairs.Pair
        var a: StoryFingerprint
        var b: StoryFingerprint
        var candidate: Bool
        var oneSource: Bool
    }

    static func score(_ set: StoryPairs) -> [Scored] {
        var fingerprints: [String: StoryFingerprint] = [:]
        for (id, content) in set.articles { fingerprints[id] = StoryFingerprint(content: content) }
        return set.pairs.compactMap { pair -> Scored? in
            guard let a = fingerprints[pair.a], let b = fingerprints[pair.b] else { return nil }
            return Scored(
                pair: pair, a: a, b: b, candidate: !Set(a.bandKeys).isDisjoint(with: b.bandKeys),
                oneSource: set.articles[pair.a]?.origin.source == set.articles[pair.b]?.origin.source)
        }
    }

    static func counts(_ scored: [Scored], part: String, threshold: Double) -> Counts {
        var matcher = StoryMatcher.standard
        matcher.threshold = threshold
        var counts = Counts()
        for item in scored where item.pair.part == part {
            let grouped = item.candidate && matcher.isSameStory(item.a, item.b, fromOneSource: item.oneSource)
            switch (grouped, item.pair.same) {
            case (true, true): counts.truePositives += 1
            case (true, false): counts.falsePositives += 1
            case (false, true): counts.falseNegatives += 1
            case (false, false): break
            }
        }
        return counts
    }

    /// The threshold with the best F1 on the tune part; the lowest of equals.
    static func tunedThreshold(_ scored: [Scored]) -> Double {
        var best = (f1: -1.0, threshold: 0.0)
        for step in 100...500 {
            let threshold = Double(step) / 1000
            let f1 = counts(scored, part: "tune", threshold: threshold).f1
            if f1 > best.f1 + 1e-12 { best = (f1, threshold) }
        }
        return best.threshold
    }

    @Test func heldOutPairsAreGroupedWithPrecisionAndRecallOfAtLeastNinetyPercent() throws {
        let set = try StoryPairs.load()
        let scored = Self.score(set)
        #expect(scored.count == set.pairs.count, "every labelled article imports")
        let test = Self.counts(scored, part: "test", threshold: StoryMatcher.standard.threshold)
        #expect(test.precision >= 0.9, "held-out precision \(test.precision)")
        let missedByLSH = scored.filter { $0.pair.part == "test" && $0.pair.same && !$0.candidate }.count
        #expect(test.recall >= 0.9, "held-out recall \(test.recall), \(test), \(missedByLSH) same-story pairs never met in the band index")
    }

    @Test func theStandardThresholdIsTheOneFittedOnTheTunePart() throws {
        let scored = Self.score(try StoryPairs.load())
        let tuned = Self.tunedThreshold(scored)
        #expect(abs(tuned - StoryMatcher.standard.threshold) < 0.0005, "fitted \(tuned), standard \(StoryMatcher.standard.threshold)")
    }
}
