import Foundation
import GRDB
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

/// What only SQLite can show; the behaviour every store shares is `StoreContract`'s.
@Suite struct SQLiteStoreTests {
    let folder: TemporaryDirectory
    let store: SQLiteStore

    init() throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
    }

    @Test func aFailureInsideTheTransactionRollsBackEveryArticleAndItsChangeRecord() async throws {
        // Two drafts that pass validation cannot break a save; a constraint enforced only by
        // SQLite is what proves the rollback.
        try await store.pool.write { db in try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.origin_key = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END") }
        await #expect(throws: (any Error).self) {
            try await store.save([TestDraft.make(key: "1"), TestDraft.make(key: "boom")])
        }
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: Date()).total == 0)
        #expect(try await store.sections().isEmpty)
        #expect(try await store.changes(after: nil).cursor == 0)
    }

    @Test func anImportIsWrittenOnceAndAnEditKeepsOnlyTheStateItReplaced() async throws {
        let saved = try await store.save([TestDraft.make(key: "1"), TestDraft.make(key: "2")])
        let kept = { try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_revision") ?? -1 } }
        #expect(try await kept() == 0)
        var content = saved[0].article.content
        content.headline = "عنوان جديد"
        _ = try await store.update(id: saved[0].article.id, expectedRevision: 1, content: content, by: nil, note: nil)
        #expect(try await kept() == 1)
        #expect(try await store.revisions(of: saved[0].article.id).map(\.content.headline) == [saved[0].article.content.headline, "عنوان جديد"])
    }

    @Test func theChangeFeedForgetsOldChangesAndTellsALaggingReaderToStartOver() async throws {
        _ = try await store.save([TestDraft.make(key: "0")])
        let start = try await store.changes(after: nil).cursor
        try await store.pool.write { db in
            for _ in 0...SQLiteStore.retainedChanges { try SQLiteStore.recordChange([.latest], at: Date(), in: db) }
        }
        let late = try await store.changes(after: start)
        #expect(late.isIncomplete)
        #expect(late.cursor == start + SQLiteStore.retainedChanges + 1)
        let kept = try await store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT count(*) FROM content_change") }
        #expect(kept == SQLiteStore.retainedChanges)
    }
}
