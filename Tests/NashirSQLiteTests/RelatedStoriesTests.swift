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

    @Test func theOneReadNeighboursAreTheComposedOnes() async throws {
        let libya = Tag(slug: "libya", name: "ليبيا"), turkey = Tag(slug: "turkey", name: "تركيا")
        let sport = Section(slug: "sport", name: "رياضة")
        let minute = { (m: Double) in TestDraft.baseDate.addingTimeInterval(m * 60) }
        let stories = try await store.save([
            TestDraft.make(key: "1", headline: "وزير الدفاع التركي يزور طرابلس", tags: [libya, turkey], publishedAt: minute(1)),
            TestDraft.make(key: "2", headline: "اتفاق أمني بين أنقرة وطرابلس", tags: [libya, turkey], publishedAt: minute(2)),
            TestDraft.make(key: "3", headline: "انتخابات بلدية في ليبيا", tags: [libya], publishedAt: minute(3)),
            TestDraft.make(key: "4", headline: "الدفاع المدني يخمد حريقا في طرابلس", publishedAt: minute(4)),
            TestDraft.make(key: "5", headline: "الترجي يفوز بالكأس", section: sport, publishedAt: minute(5)),
            TestDraft.make(key: "6", headline: "الترجي يستعد للنهائي", section: sport, publishedAt: minute(6)),
            TestDraft.make(key: "7", headline: "مسودة عن وزير الدفاع", tags: [libya], status: .draft),
            // Scheduled: the newest story's «next» once its time comes.
            TestDraft.make(key: "8", headline: "وزير الدفاع في أنقرة غدا", tags: [turkey], publishedAt: minute(600)),
        ]).map(\.article)
        let now = minute(10)
        for story in stories.filter({ $0.content.publishedAt.map { $0 <= now } ?? false }) {
            for related in [0, 1, 2, 4] {
                let composed = try await store.composedNeighbours(of: story, related: related, now: now)
                #expect(try await store.neighbours(of: story, related: related, now: now) == composed, "\(story.content.headline), \(related) related")
            }
        }
        // What the comparison covers: tags, words, a section's ends and a scheduled next.
        let first = try await store.neighbours(of: stories[0], related: 4, now: now)
        #expect(first.related.count == 4 && first.related.prefix(2).map(\.id) == [stories[1].id, stories[2].id])
        #expect(first.previous == nil && first.next?.id == stories[1].id)
        let newest = try await store.neighbours(of: stories[3], related: 4, now: now)
        #expect(newest.next == nil && newest.changesAt == minute(600))
        // The page's one read: the story with these neighbours when live, alone when a draft or
        // scheduled, nothing for an unknown id.
        for id in stories.map(\.id) + [ArticleID(999_999)] {
            for related in [0, 4] {
                let composed = try await store.composedArticleOnPage(id: id, related: related, now: now)
                #expect(try await store.articleOnPage(id: id, related: related, now: now) == composed, "article \(id), \(related) related")
            }
        }
        #expect(try await store.articleOnPage(id: stories[0].id, related: 4, now: now) == ArticleOnPage(article: stories[0], neighbours: first))
        #expect(try await store.articleOnPage(id: stories[6].id, related: 4, now: now)?.neighbours == nil)
        #expect(try await store.articleOnPage(id: stories[7].id, related: 4, now: now)?.neighbours == nil)
        #expect(try await store.articleOnPage(id: ArticleID(999_999), related: 4, now: now) == nil)
    }
}

/// The counts of common words read from the whole index at once: used before counting one by
/// one, capped as a count would be, replaced whole, and taken again once they are old.
@Suite struct TermCountSnapshotTests {
    @Test func aSnapshotAnswersBeforeCountingAndIsCappedLikeACount() {
        let counts = TermCounts()
        #expect(counts.claimSnapshot())
        #expect(!counts.claimSnapshot(), "one snapshot at a time")
        counts.replaceSnapshot(["حفتر": 500])
        #expect(!counts.claimSnapshot(), "a fresh snapshot is not taken again")
        #expect(counts.count(of: "حفتر", atMost: 101) { _ in Issue.record("counted"); return 0 } == 101)
        #expect(counts.count(of: "حفتر") { _ in Issue.record("counted"); return 0 } == 500)
        #expect(counts.count(of: "السراج", atMost: 101) { _ in 7 } == 7)
    }

    @Test func aFailedSnapshotKeepsTheLastAndLetsTheNextClaimTry() {
        let counts = TermCounts(lifetime: .zero)
        #expect(counts.claimSnapshot())
        counts.replaceSnapshot(["حفتر": 500])
        #expect(counts.claimSnapshot(), "an old snapshot is taken again")
        counts.replaceSnapshot(nil)
        #expect(counts.count(of: "حفتر") { _ in 0 } == 500)
        #expect(counts.claimSnapshot())
    }

    @Test func theStoresSnapshotHoldsWhatCountingFindsAndChangesNoRelatedStory() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        let common = TermCounts.Snapshot.least + 3
        var drafts = (0..<common).map { TestDraft.make(key: "n\($0)", headline: "النفط يرتفع في الأسواق \($0)", publishedAt: TestDraft.baseDate) }
        drafts.append(TestDraft.make(key: "h", headline: "حفتر يلتقي السراج", publishedAt: TestDraft.baseDate))
        let story = try await store.save(drafts)[0].article
        let now = TestDraft.baseDate.addingTimeInterval(60)
        let counted = try await store.alsoAbout(story.content.headline, excluding: [story.id], limit: 4, now: now)
        // The look-up started the snapshot in the background.
        for _ in 0..<1_000 where !store.termCounts.snapshotTaken { try await Task.sleep(for: .milliseconds(10)) }
        #expect(store.termCounts.snapshotTaken)
        let term = try #require(SQLiteStore.relatedTerms("النفط").first)
        #expect(store.termCounts.count(of: term) { _ in Issue.record("counted"); return 0 } == common)
        #expect(try await store.alsoAbout(story.content.headline, excluding: [story.id], limit: 4, now: now) == counted)
    }
}
