import Foundation
import NashirDomain
@testable import NashirSQLite
import NashirTestSupport
import Testing

/// An article page's two reads meet once, in whichever order they end: the page is finished
/// with the words' stories added, by the one that comes second, and the first failure wins.
@Suite struct PageMeetingTests {
    struct Failure: Error, Equatable { let name: String }

    static let story = ArticleSummary(
        id: ArticleID(7), slug: "s", section: Section(slug: "arab", name: "أخبار عربية"), headline: "خبر", highlight: nil, publishedAt: TestDraft.baseDate)
    static let parts = ArticlePageParts(onPage: ArticleOnPage(
        article: Article(id: ArticleID(1), content: TestDraft.make(key: "m").content, createdAt: TestDraft.baseDate, updatedAt: TestDraft.baseDate),
        neighbours: ArticleNeighbours(related: [story])))

    /// What the meeting finishes with: what was prepared, and the related stories' ids.
    func meet(_ steps: @escaping @Sendable (PageMeeting<String, (String, [Int64])>) -> Void) async throws -> (String, [Int64]) {
        try await withCheckedThrowingContinuation { continuation in
            steps(PageMeeting(finish: { prepared, parts in
                (prepared, parts?.onPage.neighbours?.related.map(\.id.rawValue) ?? [])
            }, continuation: continuation))
        }
    }

    func summary(_ id: Int64) -> ArticleSummary {
        var summary = Self.story
        summary.id = ArticleID(id)
        return summary
    }

    @Test func theWordsStoriesFollowTheTaggedOnesInEitherOrder() async throws {
        let (words1, words2) = ([summary(8), summary(9)], [summary(8), summary(9)])
        let preparedFirst = try await meet { meeting in
            meeting.prepared("made", Self.parts, alone: false)
            meeting.found(.success(words1))
        }
        let foundFirst = try await meet { meeting in
            meeting.found(.success(words2))
            meeting.prepared("made", Self.parts, alone: false)
        }
        #expect(preparedFirst == foundFirst)
        #expect(preparedFirst.0 == "made" && preparedFirst.1 == [7, 8, 9])
    }

    @Test func aPageWithNothingToLookForIsFinishedAtOnce() async throws {
        let alone = try await meet { $0.prepared("alone", Self.parts, alone: true) }
        #expect(alone.0 == "alone" && alone.1 == [7])
        let none = try await meet { $0.prepared("none", nil, alone: true) }
        #expect(none.0 == "none" && none.1.isEmpty)
    }

    @Test func theFirstFailureEndsTheCallAndWhatFollowsIsDropped() async throws {
        let orders: [@Sendable (PageMeeting<String, (String, [Int64])>) -> Void] = [
            { $0.found(.failure(Failure(name: "look-up"))); $0.prepared("late", Self.parts, alone: false) },
            { $0.prepared("early", Self.parts, alone: false); $0.found(.failure(Failure(name: "look-up"))) },
            { $0.failed(Failure(name: "look-up")); $0.found(.success([])); $0.failed(Failure(name: "second")) },
        ]
        for steps in orders {
            await #expect(throws: Failure(name: "look-up")) { try await meet(steps) }
        }
    }

    @Test func aFinishThatThrowsIsTheCallsError() async throws {
        await #expect(throws: Failure(name: "render")) {
            let _: Int = try await withCheckedThrowingContinuation { continuation in
                let meeting = PageMeeting<String, Int>(finish: { _, _ in throw Failure(name: "render") }, continuation: continuation)
                meeting.found(.success([]))
                meeting.prepared("made", nil, alone: false)
            }
        }
    }

    @Test func twoReadsEndingAtOnceFinishThePageOnce() async throws {
        for round in 0..<500 {
            let finished = try await meet { meeting in
                DispatchQueue.global().async { meeting.found(.success([self.summary(Int64(100 + round))])) }
                DispatchQueue.global().async { meeting.prepared("made", Self.parts, alone: false) }
            }
            #expect(finished.1 == [7, Int64(100 + round)])
        }
    }
}
