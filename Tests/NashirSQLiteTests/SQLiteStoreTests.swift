import Synchronization
import Foundation
import GRDB
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

@Suite struct SQLiteStoreTests {
    let folder: TemporaryDirectory
    let store: SQLiteStore

    init() throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
    }

    @Test func savedArticleReadsBackWhole() async throws {
        // Every field filled, so each one is shown to survive the round trip.
        let draft = TestDraft.make(
            key: "1", section: Section(slug: "arab", name: "أخبار عربية"), highlights: ["المشري: سننهي مصدر الحرب", "أكار: نقف إلى جانب ليبيا"],
            dateline: Dateline(place: "طرابلس", source: "وكالات"), body: ["شدد وزير الدفاع التركي على دعم بلاده.", "وأفاد بيان بأن الطرفين بحثا المستجدات."],
            tags: [Tag(slug: "libya", name: "ليبيا"), Tag(slug: "turkey", name: "تركيا")], byline: "مراسلنا", summary: "زيارة تركية إلى طرابلس",
            sourceURL: "https://example.com/news/1")
        let saved = try await store.save([draft])
        #expect(saved.map(\.outcome) == [.created])
        let read = try #require(try await store.article(id: saved[0].article.id))
        #expect(read.content == draft.content)
        #expect(read == saved[0].article)
        #expect(try await store.article(origin: draft.content.origin) == read)
    }

    @Test func savingTheSameArticleAgainChangesNothing() async throws {
        let draft = TestDraft.make(key: "1")
        let first = try await store.save([draft])
        let revision = try await store.revision()
        let second = try await store.save([draft])
        #expect(second.map(\.outcome) == [.unchanged])
        #expect(second[0].article == first[0].article)
        #expect(try await store.revision() == revision)
        #expect(try await store.count(ArticleQuery(), now: Date()) == 1)
    }

    @Test func savingChangedCopyUpdatesInPlace() async throws {
        let first = try await store.save([TestDraft.make(key: "1")])[0].article
        var draft = TestDraft.make(key: "1", headline: "عنوان مصحح", tags: [Tag(slug: "libya", name: "ليبيا")])
        draft.content.body.append(.paragraph("فقرة جديدة."))
        let second = try await store.save([draft])[0]
        #expect(second.outcome == .updated)
        #expect(second.article.id == first.id)
        #expect(second.article.createdAt == first.createdAt)
        #expect(second.article.content.headline == "عنوان مصحح")
        #expect(second.article.content.tags.map(\.name) == ["ليبيا"])
        #expect(try await store.count(ArticleQuery(), now: Date()) == 1)
    }

    @Test func oneInvalidDraftSavesNothing() async throws {
        var bad = TestDraft.make(key: "2")
        bad.content.headline = " "
        await #expect(throws: StoreError.invalidArticle(index: 1, origin: "2", problem: "headline: is empty")) {
            try await store.save([TestDraft.make(key: "1"), bad])
        }
        #expect(try await store.count(ArticleQuery(publishedOnly: false), now: Date()) == 0)
        #expect(try await store.revision() == 0)
    }

    @Test func aFailureInsideTheTransactionRollsBackEveryArticle() async throws {
        // Two drafts that pass validation but collide on a unique tag slug within the same save
        // cannot break it; a constraint enforced only by SQLite is what proves the rollback.
        try await store.pool.write { db in try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.origin_key = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END") }
        await #expect(throws: (any Error).self) {
            try await store.save([TestDraft.make(key: "1"), TestDraft.make(key: "boom")])
        }
        #expect(try await store.count(ArticleQuery(publishedOnly: false), now: Date()) == 0)
        #expect(try await store.sections().isEmpty)
    }

    @Test func readersSeeOnlyPublishedArticlesNewestFirst() async throws {
        let now = Date()
        _ = try await store.save([
            TestDraft.make(key: "old", headline: "قديم", publishedAt: now.addingTimeInterval(-7200)),
            TestDraft.make(key: "new", headline: "جديد", highlights: ["المشري: سننهي مصدر الحرب"], publishedAt: now.addingTimeInterval(-60)),
            TestDraft.make(key: "draft", headline: "مسودة", status: .draft, publishedAt: nil),
            TestDraft.make(key: "later", headline: "مجدول", publishedAt: now.addingTimeInterval(3600)),
        ])
        let visible = try await store.summaries(ArticleQuery(), now: now)
        #expect(visible.map(\.headline) == ["جديد", "قديم"])
        #expect(visible[0].highlight == "المشري: سننهي مصدر الحرب")
        #expect(try await store.count(ArticleQuery(publishedOnly: false), now: now) == 4)
    }

    @Test func listsFilterBySectionAndTag() async throws {
        let sport = Section(slug: "sport", name: "رياضة")
        _ = try await store.save([
            TestDraft.make(key: "1", tags: [Tag(slug: "libya", name: "ليبيا")]),
            TestDraft.make(key: "2", headline: "الترجي يفوز", section: sport),
        ])
        #expect(try await store.summaries(ArticleQuery(sectionSlug: "sport"), now: Date()).map(\.headline) == ["الترجي يفوز"])
        #expect(try await store.summaries(ArticleQuery(tagSlug: "libya"), now: Date()).count == 1)
        #expect(try await store.section(slug: "sport") == sport)
        #expect(try await store.tag(slug: "libya") == Tag(slug: "libya", name: "ليبيا"))
        #expect(try await store.sections().map(\.slug) == ["news", "sport"])
    }

    @Test func publishingWithoutADateStampsItOnce() async throws {
        let first = try await store.save([TestDraft.make(key: "1", publishedAt: nil)])[0]
        let stamp = try #require(first.article.content.publishedAt)
        let again = try await store.save([TestDraft.make(key: "1", publishedAt: nil)])[0]
        #expect(again.outcome == .unchanged)
        #expect(again.article.content.publishedAt == stamp)
    }

    @Test func forEachArticleVisitsAllInIdOrder() async throws {
        _ = try await store.save((1...7).map { TestDraft.make(key: "\($0)") })
        let seen = Mutex<[Int64]>([])
        try await store.forEachArticle(batchSize: 3) { batch in seen.withLock { $0 += batch.map(\.id.rawValue) } }
        #expect(seen.withLock { $0 } == Array(1...7))
    }

    @Test func settingsPersistAndBumpTheRevision() async throws {
        #expect(try await store.siteSettings() == .defaults)
        var settings = SiteSettings.defaults
        settings.digits = "arabic-indic"
        try await store.updateSiteSettings(settings)
        #expect(try await store.siteSettings().digits == "arabic-indic")
        #expect(try await store.revision() == 1)
    }
}
