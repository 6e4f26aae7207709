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
        let draft = ArticleDrafts.make(key: "1", tags: [Tag(slug: "libya", name: "ليبيا"), Tag(slug: "turkey", name: "تركيا")])
        let saved = try await store.save([draft])
        #expect(saved.map(\.outcome) == [.created])
        let read = try #require(try await store.article(id: saved[0].article.id))
        #expect(read.content == draft.content)
        #expect(read == saved[0].article)
        #expect(try await store.article(origin: draft.content.origin) == read)
    }

    @Test func savingTheSameArticleAgainChangesNothing() async throws {
        let draft = ArticleDrafts.make(key: "1")
        let first = try await store.save([draft])
        let position = try await store.changes(after: nil).cursor
        let second = try await store.save([draft])
        #expect(second.map(\.outcome) == [.unchanged])
        #expect(second[0].article == first[0].article)
        #expect(second[0].article.revision == 1)
        #expect(try await store.changes(after: position) == ContentChanges(cursor: position))
        #expect(try await store.list(ArticleQuery(), now: Date()).total == 1)
    }

    @Test func savingChangedCopyUpdatesInPlace() async throws {
        let first = try await store.save([ArticleDrafts.make(key: "1")])[0].article
        var draft = ArticleDrafts.make(key: "1", headline: "عنوان مصحح", tags: [Tag(slug: "libya", name: "ليبيا")])
        draft.content.body.append(.paragraph("فقرة جديدة."))
        let second = try await store.save([draft])[0]
        #expect(second.outcome == .updated)
        #expect(second.article.id == first.id)
        #expect(second.article.createdAt == first.createdAt)
        #expect(second.article.content.headline == "عنوان مصحح")
        #expect(second.article.content.tags.map(\.name) == ["ليبيا"])
        #expect(try await store.list(ArticleQuery(), now: Date()).total == 1)
    }

    @Test func oneInvalidDraftSavesNothing() async throws {
        var bad = ArticleDrafts.make(key: "2")
        bad.content.headline = " "
        await #expect(throws: StoreError.invalidArticle(index: 1, origin: ArticleOrigin(source: "test", key: "2"), problem: "headline: is empty")) {
            try await store.save([ArticleDrafts.make(key: "1"), bad])
        }
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: Date()).total == 0)
        #expect(try await store.changes(after: nil).cursor == 0)
    }

    @Test func aFailureInsideTheTransactionRollsBackEveryArticle() async throws {
        // Two drafts that pass validation but collide on a unique tag slug within the same save
        // cannot break it; a constraint enforced only by SQLite is what proves the rollback.
        try await store.pool.write { db in try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.origin_key = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END") }
        await #expect(throws: (any Error).self) {
            try await store.save([ArticleDrafts.make(key: "1"), ArticleDrafts.make(key: "boom")])
        }
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: Date()).total == 0)
        #expect(try await store.sections().isEmpty)
    }

    @Test func readersSeeOnlyPublishedArticlesNewestFirst() async throws {
        let now = Date()
        _ = try await store.save([
            ArticleDrafts.make(key: "old", headline: "قديم", publishedAt: now.addingTimeInterval(-7200)),
            ArticleDrafts.make(key: "new", headline: "جديد", publishedAt: now.addingTimeInterval(-60)),
            ArticleDrafts.make(key: "draft", headline: "مسودة", status: .draft, publishedAt: nil),
            ArticleDrafts.make(key: "later", headline: "مجدول", publishedAt: now.addingTimeInterval(3600)),
        ])
        let visible = try await store.list(ArticleQuery(), now: now).items
        #expect(visible.map(\.headline) == ["جديد", "قديم"])
        #expect(visible[0].highlight == "المشري: سننهي مصدر الحرب")
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: now).total == 4)
        let next = try #require(try await store.list(ArticleQuery(), now: now).nextPublication)
        #expect(abs(next.timeIntervalSince(now) - 3600) < 0.001)
    }

    @Test func listsFilterBySectionAndTag() async throws {
        let sport = Section(slug: "sport", name: "رياضة")
        _ = try await store.save([
            ArticleDrafts.make(key: "1", tags: [Tag(slug: "libya", name: "ليبيا")]),
            ArticleDrafts.make(key: "2", headline: "الترجي يفوز", section: sport),
        ])
        #expect(try await store.list(ArticleQuery(sectionSlug: "sport"), now: Date()).items.map(\.headline) == ["الترجي يفوز"])
        #expect(try await store.list(ArticleQuery(tagSlug: "libya"), now: Date()).items.count == 1)
        #expect(try await store.section(slug: "sport") == sport)
        #expect(try await store.tag(slug: "libya") == Tag(slug: "libya", name: "ليبيا"))
        #expect(try await store.sections().map(\.slug) == ["arab", "sport"])
    }

    @Test func publishingWithoutADateStampsItOnce() async throws {
        let first = try await store.save([ArticleDrafts.make(key: "1", publishedAt: nil)])[0]
        let stamp = try #require(first.article.content.publishedAt)
        let again = try await store.save([ArticleDrafts.make(key: "1", publishedAt: nil)])[0]
        #expect(again.outcome == .unchanged)
        #expect(again.article.content.publishedAt == stamp)
    }

    @Test func forEachArticleVisitsAllInIdOrder() async throws {
        _ = try await store.save((1...7).map { ArticleDrafts.make(key: "\($0)") })
        let seen = Mutex<[Int64]>([])
        try await store.forEachArticle(batchSize: 3) { batch in seen.withLock { $0 += batch.map(\.id.rawValue) } }
        #expect(seen.withLock { $0 } == Array(1...7))
    }

    @Test func settingsPersistAndTouchEveryPage() async throws {
        #expect(try await store.siteSettings() == .defaults)
        var settings = SiteSettings.defaults
        settings.digits = "arabic-indic"
        try await store.updateSiteSettings(settings)
        #expect(try await store.siteSettings().digits == "arabic-indic")
        #expect(try await store.changes(after: 0).touched == [.site])
    }
}
