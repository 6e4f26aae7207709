import Foundation
import NashirDomain
@testable import NashirPostgres
import NashirTestSupport
import Testing

/// A word in thousands of stories: PostgreSQL looks for its newest matches in the newest weeks
/// first, and must find what reading every match finds.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct CommonWordSearchTests {
    /// 2,600 stories over a year and a half, two a day (some days three); every one about the
    /// weather, one in ten also about the harvest, and one section of forty stories. Every one
    /// says the sky is clear, one in four in the words of the phrase searched for, and that the
    /// wind is northerly, three in five in the words of another.
    private static func drafts() -> [ArticleDraft] {
        (0..<2_600).map { n in
            let day = Double(n / 2 + n / 40) * 86_400 / 3
            let harvest = n.isMultiple(of: 10) ? " وموسم الحصاد" : ""
            let sky = n.isMultiple(of: 4) ? "السماء صافية" : "صافية السماء"
            let wind = n % 5 < 3 ? "الرياح شمالية" : "شمالية الرياح"
            let section = n.isMultiple(of: 65) ? Section(slug: "farms", name: "مزارع") : TestDraft.section
            return TestDraft.make(
                key: "w\(n)", source: "weather", headline: "نشرة الطقس رقم \(n)\(harvest)", section: section,
                body: ["توقعات الطقس ليوم \(n): أمطار متفرقة ورياح معتدلة\(harvest).", "\(sky) في المساء.", "\(wind) غدا."],
                publishedAt: TestDraft.baseDate.addingTimeInterval(day))
        }
    }

    @Test func theNewestMatchesOfACommonWordAreThoseEveryMatchWouldGive() async throws {
        let postgres = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { postgres.close() }
        let drafts = Self.drafts()
        for chunk in stride(from: 0, to: drafts.count, by: 500) { _ = try await postgres.save(Array(drafts[chunk..<min(chunk + 500, drafts.count)])) }
        let now = TestDraft.baseDate.addingTimeInterval(400 * 86_400 * 2)
        func everyMatch(_ request: SearchRequest) async throws -> SearchResults {
            try await PostgresStore.$narrowsToNewestWeeks.withValue(false) { try await postgres.search(request, now: now) }
        }
        let cases: [(String, String?)] = [("الطقس", nil), ("الطقس الحصاد", nil), ("أمطار", "farms"), ("الطقس -الحصاد", nil), ("\"السماء صافية\"", nil), ("\"الرياح شمالية\"", nil)]
        for (text, section) in cases {
            let request = SearchRequest(text: text, sectionSlug: section, limit: 10)
            let expected = try await everyMatch(request)
            let found = try await postgres.search(request, now: now)
            #expect(!found.hits.isEmpty && found.hits.map(\.summary.slug) == expected.hits.map(\.summary.slug), "«\(text)»")
            // Past the ranked thousand a narrowed search does not count on: the total is then a lower bound.
            #expect(found.totalIsExact ? found.total == expected.total : found.total == 1_000 && expected.total > 1_000, "«\(text)»")
            // The last page of the ranked matches: the same thousand were ranked.
            var deep = request
            (deep.offset, deep.limit) = (900, 100)
            #expect(try await postgres.search(deep, now: now).hits.map(\.summary.slug) == (try await everyMatch(deep)).hits.map(\.summary.slug), "«\(text)»")
            // The pages after the ranked matches follow newest first.
            var later = request
            later.offset = 1_000
            #expect(try await postgres.search(later, now: now).hits.map(\.summary.slug) == (try await everyMatch(later)).hits.map(\.summary.slug), "«\(text)»")
        }
        // The narrowing was taken: «الطقس» is in every story.
        #expect(try await postgres.search(SearchRequest(text: "الطقس"), now: now).totalIsExact == false)
        // A phrase of two words in every story is in fewer stories than a window was sized for:
        // the older weeks are read once more, and every match is counted.
        let phrase = try await postgres.search(SearchRequest(text: "\"السماء صافية\""), now: now)
        #expect(phrase.totalIsExact && phrase.total == 650)
        // A phrase in three stories in five fills the first window only in part: the next looks
        // at the older weeks alone, and together they hold the newest thousand.
        #expect(try await postgres.search(SearchRequest(text: "\"الرياح شمالية\""), now: now).totalIsExact == false)
    }
}
