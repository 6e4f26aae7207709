import Foundation
import NashirDomain
import NashirPostgres
import NashirSQLite
import NashirTestSupport
import Synchronization
import Testing

/// `nashir copy` either way loses nothing: a newsroom with every kind of record goes from SQLite
/// to PostgreSQL and back, and each store's archive, record by record, equals the first.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct StoreCopyTests {
    static let start = TestDraft.baseDate

    /// A newsroom using everything a store keeps: edited and held stories, an incoming group,
    /// accounts, sessions, tokens, the audit log, media, a source, settings and reads.
    static func fill(_ store: any NashirStore) async throws {
        let editor = try await store.createUser(NewUser(name: "salma", displayName: "سلمى", role: .editor, passwordHash: "$2b$12$abcdefghijklmnopqrstuv"))
        _ = try await store.updateUser(id: editor.id, UserChange(hasPublicProfile: true, bio: "محررة الشؤون العربية"))
        try await store.recordFailedSignIn(id: editor.id, lockAfter: 5, lockUntil: start)
        try await store.createSession(idHash: "5e55", user: editor.id, csrfToken: "csrf", createdAt: start, expiresAt: start.addingTimeInterval(3600))
        let token = try await store.createToken(user: editor.id, label: "سكربت", hash: "7a7a", at: start)
        _ = try await store.revokeToken(id: token.id, at: start.addingTimeInterval(60))
        _ = try await store.createToken(user: editor.id, label: "wire", hash: "8b8b", at: start)
        try await store.record(AuditEvent(at: start, kind: "sign-in", actor: "salma", address: "192.0.2.1"))
        var settings = try await store.siteSettings()
        settings.name = "الصحيفة"
        try await store.updateSiteSettings(settings)
        let picture = try await store.addMedia(
            width: 1200, height: 800, alt: "اجتماع", caption: "في طرابلس", credit: "وكالات",
            renditions: [MediaRendition(path: "2026/12/a-800.webp", width: 800, height: 533, mediaType: "image/webp", role: "responsive")], by: editor.id, at: start)
        _ = try await store.addSource(FeedSourceSettings(name: "وكالة", url: "https://wire.example/rss", section: Section(slug: "arab", name: "أخبار عربية")))
        let libya = Tag(slug: "libya", name: "ليبيا")
        var saved = try await store.save([
            TestDraft.make(key: "1", tags: [libya], sourceURL: "https://old.example/2020/09/13/story-1/"),
            TestDraft.make(key: "2", headline: "النفط يرتفع", section: Section(slug: "economy", name: "اقتصاد"), publishedAt: start.addingTimeInterval(60)),
            TestDraft.make(key: "wire-1", source: "وكالة", headline: "اجتماع في طرابلس لبحث الأزمة الليبية والحل السياسي", status: .incoming, publishedAt: nil),
            TestDraft.make(key: "wire-2", source: "رويترز", headline: "اجتماع في طرابلس لبحث الأزمة الليبية والحل السياسي", status: .incoming, publishedAt: nil),
        ])
        // An editor's revision, then the source's newer copy held beside it.
        var edited = saved[0].article.content
        edited.headline = "وزير الدفاع التركي يزور ليبيا ويلتقي المجلس الرئاسي"
        edited.leadImage = picture.id
        edited.corrections = [Correction(at: start.addingTimeInterval(120), note: "صُحّح اسم الوزير")]
        _ = try await store.update(id: saved[0].article.id, expectedRevision: 1, content: edited, by: editor.id, note: "عنوان أدق")
        saved = try await store.save([TestDraft.make(key: "1", headline: "نسخة الوكالة الأحدث", tags: [libya])])
        #expect(saved[0].outcome == .held)
        _ = try await store.take(try #require(try await store.article(origin: ArticleOrigin(source: "وكالة", key: "wire-1"))).id, by: editor.id)
        try await store.recordReads([saved[0].article.id: 3], hour: start)
    }

    static func records(_ store: any StoreArchiving) async throws -> [ArchiveRecord] {
        let all = Mutex<[ArchiveRecord]>([])
        try await store.archive(batchSize: 2) { batch in all.withLock { $0 += batch } }
        return all.withLock { $0 }
    }

    @Test func aNewsroomCopiedToPostgreSQLAndBackKeepsEveryRecordAndId() async throws {
        let folder = try TemporaryDirectory()
        let original = try SQLiteStore(path: folder.path("original.sqlite"))
        try await Self.fill(original)
        let expected = try await Self.records(original)
        #expect(expected.count > 20)

        let postgres = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { postgres.close() }
        let there = try await original.copy(into: postgres, batchSize: 3)
        #expect(there.articles == 4 && there.accounts == 1)
        let onPostgres = try await Self.records(postgres)
        for (index, (left, right)) in zip(expected, onPostgres).enumerated() { #expect(left == right, "record \(index)") }
        #expect(onPostgres.count == expected.count)

        let back = try SQLiteStore(path: folder.path("back.sqlite"))
        _ = try await postgres.copy(into: back, batchSize: 3)
        #expect(try await Self.records(back) == expected)

        // What the copy derives works there: search, the old address, the sign-in token, new ids after the old ones.
        #expect(try await postgres.search(SearchRequest(text: "المجلس الرئاسي"), now: Self.start.addingTimeInterval(86_400)).total == 1)
        #expect(try await postgres.article(legacyKey: try #require(LegacyAddress.key(forURL: "https://old.example/2020/09/13/story-1/"))) != nil)
        #expect(try await postgres.token(hash: "8b8b", now: Self.start)?.label == "wire")
        let next = try await postgres.save([TestDraft.make(key: "new")])[0].article.id
        #expect(next.rawValue > 4)
        #expect(try await postgres.changes(after: nil).cursor > 0)
    }

    @Test func aCopyIntoAStoreThatHoldsArticlesIsRefusedByTheCaller() async throws {
        let postgres = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { postgres.close() }
        #expect(try await postgres.holdsNothing())
        _ = try await postgres.save([TestDraft.make(key: "1")])
        #expect(try await !postgres.holdsNothing())
        try await postgres.removeEverything()
        #expect(try await postgres.holdsNothing())
    }
}
