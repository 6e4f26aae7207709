import Foundation
import GRDB
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// Backups and restores of SQLite databases: whole, checked, and never half done.
@Suite struct BackupTests {
    /// A store with stories, an account, a token, settings and revisions.
    private func filledStore(in folder: TemporaryDirectory) async throws -> SQLiteStore {
        let store = try folder.store("live.sqlite")
        _ = try await store.save((1...30).map { TestDraft.make(key: "\($0)", headline: "خبر رقم \($0) عن ليبيا", publishedAt: TestDraft.baseDate + Double($0) * 60) })
        let user = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .editor, passwordHash: "$2b$04$hash"))
        _ = try await store.createToken(user: user.id, label: "script", hash: "tokenhash", at: TestDraft.baseDate)
        var settings = SiteSettings.defaults
        settings.name = "الصحيفة"
        try await store.updateSiteSettings(settings)
        return store
    }

    private func everything(_ store: SQLiteStore) async throws -> ([Article], [User], SiteSettings, [APIToken]) {
        let articles = LockedArticles()
        try await store.forEachArticle(batchSize: 7) { articles.append($0) }
        return (articles.all, try await store.users(), try await store.siteSettings(), try await store.tokens())
    }

    @Test func aBackupRestoredIntoAnEmptyDatabaseHoldsEverything() async throws {
        let folder = try TemporaryDirectory()
        let live = try await filledStore(in: folder)
        let summary = try await live.backup(to: folder.path("backup.sqlite"))
        #expect(summary.articles == 30 && summary.users == 1 && summary.bytes > 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("backup.sqlite.partial")))
        let restored = try SQLiteStore.restore(from: folder.path("backup.sqlite"), into: folder.path("restored.sqlite"))
        #expect(restored.articles == 30 && restored.users == 1)
        let copy = try SQLiteStore(path: folder.path("restored.sqlite"))
        let (articles, users, settings, tokens) = try await everything(copy)
        let (liveArticles, liveUsers, liveSettings, liveTokens) = try await everything(live)
        #expect(articles == liveArticles && articles.count == 30)
        #expect(users == liveUsers && settings == liveSettings && tokens == liveTokens)
        #expect(try await copy.signInRecord(named: "amal")?.passwordHash == "$2b$04$hash")
        #expect(try await copy.search(SearchRequest(text: "ليبيا"), now: TestDraft.baseDate + 86_400).total == 30)
    }

    @Test func aBackupNeverOverwritesAFile() async throws {
        let folder = try TemporaryDirectory()
        let live = try await filledStore(in: folder)
        let existing = try folder.write("backup.sqlite", "keep me")
        await #expect(throws: BackupError(path: existing, problem: "exists already; a backup never overwrites")) { try await live.backup(to: existing) }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
    }

    @Test func restoringOverALiveDatabaseReplacesItAndRunningStoresDropTheirCaches() async throws {
        let folder = try TemporaryDirectory()
        let live = try await filledStore(in: folder)
        _ = try await live.backup(to: folder.path("backup.sqlite"))
        let cursor = try await live.changes(after: nil).cursor
        // Work done after the backup, which the restore takes back.
        _ = try await live.save([TestDraft.make(key: "late", headline: "خبر متأخر")])
        _ = try await live.createUser(NewUser(name: "late", displayName: "x", role: .writer, passwordHash: "h"))
        let after = try await live.changes(after: nil).cursor
        #expect(after > cursor)
        _ = try SQLiteStore.restore(from: folder.path("backup.sqlite"), into: folder.path("live.sqlite"))
        #expect(try await live.article(origin: ArticleOrigin(source: "test", key: "late")) == nil)
        #expect(try await live.user(named: "late") == nil)
        // Whatever cursor a running server held, it drops everything.
        let seen = try await live.changes(after: after)
        #expect(seen.isIncomplete || seen.touched.contains(.site))
        let older = try await live.changes(after: cursor)
        #expect(older.isIncomplete || older.touched.contains(.site))
    }

    @Test(arguments: ["damaged", "foreign", "newer", "missing"])
    func aBackupThatCannotBeRestoredIsRefusedAndChangesNothing(_ kind: String) async throws {
        let folder = try TemporaryDirectory()
        let live = try await filledStore(in: folder)
        let backup = folder.path("backup.sqlite")
        let expected: String
        switch kind {
        case "damaged":
            _ = try await live.backup(to: backup)
            // Every page after the header overwritten: SQLite still opens it, the check finds the damage.
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: backup))
            try handle.seek(toOffset: 4096)
            try handle.write(contentsOf: Data(repeating: 0x5A, count: 8192))
            try handle.close()
            expected = "is damaged or not a SQLite database: database disk image is malformed"
        case "foreign":
            try await DatabaseQueue(path: backup).write { try $0.execute(sql: "CREATE TABLE notes (t TEXT)") }
            expected = "is a SQLite database but not Nashir's"
        case "newer":
            _ = try await live.backup(to: backup)
            try await DatabaseQueue(path: backup).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999 from the future')") }
            expected = "was made by a newer nashir (migration 999 from the future is unknown here)"
        default:
            expected = "no such file"
        }
        let before = try await everything(live)
        #expect {
            try SQLiteStore.restore(from: backup, into: folder.path("live.sqlite"))
        } throws: { error in
            (error as? BackupError).map { $0.path == backup && $0.problem.hasPrefix(expected) } ?? false
        }
        let after = try await everything(live)
        #expect(after.0 == before.0 && after.1 == before.1 && after.2 == before.2)
    }
}

/// Articles collected from `forEachArticle`'s batches.
private final class LockedArticles: @unchecked Sendable {
    private let lock = NSLock()
    private var articles: [Article] = []
    func append(_ batch: [Article]) { lock.withLock { articles += batch } }
    var all: [Article] { lock.withLock { articles } }
}
