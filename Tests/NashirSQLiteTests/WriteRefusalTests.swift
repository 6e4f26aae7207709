import Foundation
import GRDB
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// A full disk and a read-only database: writes are refused with a clear error and store
/// nothing, and everything already there can still be read.
@Suite struct WriteRefusalTests {
    private func story(_ key: String, paragraphs: Int = 3) -> ArticleDraft {
        TestDraft.make(key: key, headline: "خبر \(key) عن طرابلس", body: (0..<paragraphs).map { "فقرة \($0) من الخبر \(key) عن المجلس الرئاسي والحكومة في طرابلس." })
    }

    @Test func aFullDatabaseRefusesTheWholeBatchAndKeepsServingReads() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        let first = try await store.save([story("1")])[0].article
        let size = Int64((try FileManager.default.attributesOfItem(atPath: folder.path("nashir.sqlite"))[.size] as? NSNumber)?.intValue ?? 0)
        try await store.limitSize(toBytes: max(size, 64 * 1024) + 16 * 1024)
        let batch = (2...400).map { story("\($0)", paragraphs: 20) }
        await #expect {
            try await store.save(batch)
        } throws: { error in
            guard case StoreError.cannotWrite(let path, let reason) = error else { return false }
            return path.hasSuffix("nashir.sqlite") && reason.contains("full") && "\(error)".hasSuffix("nothing was saved")
        }
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: TestDraft.baseDate + 60).total == 1)
        #expect(try await store.article(id: first.id) == first)
        #expect(try await store.search(SearchRequest(text: "طرابلس"), now: TestDraft.baseDate + 60).total == 1)
        // Room again (the operator freed space): the same batch goes in whole.
        try await store.limitSize(toBytes: 1 << 40)
        #expect(try await store.save(batch).count == 399)
        try await store.close()
        let check = try DatabaseQueue(path: folder.path("nashir.sqlite"))
        #expect(try await check.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test func aReadOnlyDatabaseServesEveryReadAndRefusesEveryWriteByName() async throws {
        let folder = try TemporaryDirectory()
        let writable = try folder.store()
        let saved = try await writable.save([story("1"), story("2")])
        _ = try await writable.createUser(NewUser(name: "amal", displayName: "أمل", role: .editor, passwordHash: "h"))
        try await writable.close()

        let store = try SQLiteStore(path: folder.path("nashir.sqlite"), readOnly: true)
        #expect(store.isReadOnly)
        #expect(try await store.article(id: saved[0].article.id) == saved[0].article)
        #expect(try await store.search(SearchRequest(text: "طرابلس"), now: TestDraft.baseDate + 60).total == 2)
        #expect(try await store.user(named: "amal") != nil)
        let refusals: [@Sendable () async throws -> Void] = [
            { _ = try await store.save([story("3")]) },
            { _ = try await store.createUser(NewUser(name: "huda", displayName: "هدى", role: .writer, passwordHash: "h")) },
            { try await store.updateSiteSettings(.defaults) },
        ]
        for write in refusals {
            await #expect(throws: StoreError.cannotWrite(path: folder.path("nashir.sqlite"), reason: "the database is read-only")) { try await write() }
        }
        #expect(try await store.list(ArticleQuery(publishedOnly: false), now: TestDraft.baseDate + 60).total == 2)
    }

    @Test func aReadOnlyDatabaseOfAnOlderSchemaIsRefusedAtOpeningNotMigrated() async throws {
        let folder = try TemporaryDirectory()
        try await DatabaseQueue(path: folder.path("old.sqlite")).write { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        #expect {
            try SQLiteStore(path: folder.path("old.sqlite"), readOnly: true)
        } throws: { error in
            guard case StoreError.cannotOpen(_, let reason) = error else { return false }
            return reason.contains("read-only and its schema is older")
        }
    }
}
