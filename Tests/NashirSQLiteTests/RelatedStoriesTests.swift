import Foundation
@testable import NashirSQLite
import NashirDomain
import NashirTestSupport
import Testing

/// Related stories by a headline's words: its distinctive words first, common ones only when a
/// headline has nothing else; never the story itself, drafts or stories still to come.
@Suite struct RelatedStoriesTests {
    let folder: TemporaryDirectory
    let store: SQLiteStore

    init() throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
    }

    func saved(_ key: String, _ headline: String, minutes: Double, status: ArticleStatus = .published) async throws -> Article {
        try await store.save([TestDraft.make(
            key: key, headline: headline, status: status,
            publishedAt: status == .published ? TestDraft.baseDate.addingTimeInterval(minutes * 60) : nil)])[0].article
    }

    @Test func theRarestWordsFindTheStoriesAboutTheSameThing() async throws {
        let story = try await saved("a", "حفتر يلتقي السراج في باريس", minutes: 0)
        let same = try await saved("b", "لقاء حفتر والسراج ينتهي دون اتفاق", minutes: -60)
        let common = try await saved("c", "اجتماع في باريس اليوم", minutes: -30)
        _ = try await saved("d", "مسودة عن حفتر", minutes: 0, status: .draft)
        _ = try await saved("e", "حفتر والسراج غدا", minutes: 600)
        for word in ["الطقس", "الرياضة", "الاقتصاد"] { _ = try await saved(word, "\(word) في باريس", minutes: -90) }
        let now = TestDraft.baseDate.addingTimeInterval(60)
        let found = try await store.alsoAbout(story.content.headline, excluding: [story.id], limit: 5, now: now)
        #expect(found.first?.id == same.id)
        #expect(!found.contains { $0.id == story.id || $0.headline.contains("مسودة") || $0.headline.contains("غدا") })
        #expect(found.contains { $0.id == common.id })
    }

    @Test func aHeadlineOfCommonWordsFindsTheNewestStoriesWithTheLeastCommon() async throws {
        let story = try await saved("a", "اجتماع في باريس", minutes: 0)
        let older = try await saved("b", "اجتماع آخر", minutes: -120)
        let newer = try await saved("c", "اجتماع جديد", minutes: -10)
        let now = TestDraft.baseDate.addingTimeInterval(60)
        // Every word counts as common: no ranking, the newest first.
        let found = try await store.alsoAbout(story.content.headline, excluding: [story.id], limit: 2, now: now, wordLimit: 0)
        #expect(found.map(\.id) == [newer.id, older.id])
    }
}
