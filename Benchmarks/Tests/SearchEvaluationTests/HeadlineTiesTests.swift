import Testing
@testable import SearchEvaluation

@Suite struct HeadlineTiesTests {
    /// A run of two drawn from a headline of two content words is certain; from one of five, one
    /// start in four, at even odds on the length; never from a headline the generator skips.
    @Test func oddsFollowTheGenerator() {
        let run = ["حزب", "الله"]
        #expect(HeadlineTies.shortOdds(of: run, in: run, eligible: true) == 1)
        #expect(HeadlineTies.shortOdds(of: run, in: ["بيان"] + run + ["اليوم", "الاثنين"], eligible: true) == 0.5 / 4)
        #expect(HeadlineTies.shortOdds(of: run, in: run + ["بيان"] + run, eligible: true) == 0.5 * 2 / 4)
        #expect(HeadlineTies.shortOdds(of: run, in: run, eligible: false) == 0)
        #expect(HeadlineTies.shortOdds(of: run, in: ["بيان", "اليوم"], eligible: true) == 0)
    }

    /// Untied queries score 1; two equally likely headlines share ranks 1 and 2; of two with odds
    /// 3:1 the likelier is ranked first and is the target three times in four.
    @Test func informedCeilingIsTheExpectedBest() {
        var ties = HeadlineTies(counts: [:])
        ties.shortOdds = [[0.5], [0.25, 0.25], [0.75, 0.25]]
        #expect(ties.informedShortCeiling(cutoff: 10, picked: [0]) == (1, 1))
        #expect(ties.informedShortCeiling(cutoff: 10, picked: [1]) == (0.75, 1))
        #expect(ties.informedShortCeiling(cutoff: 10, picked: [2]) == (0.875, 1))
        #expect(ties.informedShortCeiling(cutoff: 1, picked: [2]) == (0.75, 0.75))
        let all = ties.informedShortCeiling(cutoff: 10)
        #expect(abs(all.mrr - (1 + 0.75 + 0.875) / 3) < 1e-12 && all.success == 1)
    }
}
