import Foundation
import GRDB
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

@Suite struct SchemaTests {
    @Test func databaseRunsInWALMode() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        let mode = try await store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func strictTablesRefuseValuesOfTheWrongType() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        await #expect(throws: DatabaseError.self) {
            try await store.pool.write { db in try db.execute(sql: "INSERT INTO section (id, slug, name) VALUES ('abc', 's', 'n')") }
        }
        await #expect(throws: DatabaseError.self) {
            try await store.pool.write { db in try db.execute(sql: "INSERT INTO section (slug, name) VALUES ('', 'n')") }
        }
    }

    @Test func reopeningAnExistingFileKeepsItsData() async throws {
        let folder = try TemporaryDirectory()
        do {
            let store = try folder.store()
            _ = try await store.save([TestDraft.make(key: "1")])
            try store.close()
        }
        let reopened = try folder.store()
        #expect(try await reopened.list(ArticleQuery(), now: Date()).total == 1)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedByName() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("notes.sqlite", String(repeating: "ليس قاعدة بيانات\n", count: 200))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            guard case StoreError.cannotOpen(let named, _) = error else { return false }
            return named == path
        }
    }

    @Test func aDatabaseFromBeforeTheSearchKeysIsReindexedOnOpening() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        try await Self.databaseAsRelease1Left(at: path).close()
        let store = try SQLiteStore(path: path)
        let results = try await store.search(SearchRequest(text: "مسوول طرابلس"), now: Date())
        #expect(results.hits.map(\.summary.headline) == ["المسؤول يزور طرابلس"])
    }

    @Test func migrationsLeaveTheIndexToTheStoreAndRunNoAnalysis() async throws {
        // A shipped migration talks only to the database: after migrating an old file the
        // index is empty and marked unbuilt, and the store (live code) fills it on opening.
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        let queue = try await Self.databaseAsRelease1Left(at: path)
        try Schema.migrator.migrate(queue)
        let (rows, version) = try await queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article_search") ?? -1,
             try Int.fetchOne(db, sql: "SELECT analyzer_version FROM search_index_state") ?? -1)
        }
        #expect(rows == 0 && version == 0)
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try await store.search(SearchRequest(text: "طرابلس"), now: Date()).total == 1)
    }

    @Test func anIndexBuiltByAnotherAnalyserVersionIsRebuiltOnOpening() async throws {
        let folder = try TemporaryDirectory()
        do {
            let store = try folder.store()
            _ = try await store.save([TestDraft.make(key: "1", headline: "وزير الدفاع التركي يزور ليبيا")])
            // As if an older analyser had written other terms for the article.
            try await store.pool.write { db in
                try db.execute(sql: "UPDATE article_search SET headline = 'قديم', highlights = '', body = '', exact = ''")
                try db.execute(sql: "UPDATE search_index_state SET analyzer_version = ?", arguments: [SearchIndex.analyzerVersion - 1])
            }
            #expect(try await store.search(SearchRequest(text: "ليبيا"), now: Date()).total == 0)
            try store.close()
        }
        let reopened = try folder.store()
        #expect(try await reopened.search(SearchRequest(text: "ليبيا"), now: Date()).total == 1)
        let version = try await reopened.pool.read { db in try Int.fetchOne(db, sql: "SELECT analyzer_version FROM search_index_state") }
        #expect(version == SearchIndex.analyzerVersion)
    }

    @Test func articlesFromBeforeTheNewsroomBecomeTheirFirstRevision() async throws {
        // Migration 005 rebuilds the article table and writes each article's state as revision
        // 1 in SQL; the store must read that revision back as exactly the article.
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        let queue = try await Self.databaseAsRelease1Left(at: path)
        try Schema.migrator.migrate(queue, upTo: "004 article revisions, change feed, index version")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO tag (id, slug, name) VALUES (1, 'libya', 'ليبيا'), (2, 'tripoli', 'طرابلس');
                INSERT INTO article_tag (article_id, tag_id, position) VALUES (1, 2, 0), (1, 1, 1);
                UPDATE article SET highlights = '["عنوان فرعي"]', dateline_place = 'طرابلس', revision = 3;
                """)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        let article = try #require(try await store.article(id: ArticleID(1)))
        let history = try await store.revisions(of: article.id)
        #expect(history.map(\.number) == [3])
        #expect(history.first?.content == article.content)
        #expect(article.content.tags.map(\.slug) == ["tripoli", "libya"])
        var edited = article.content
        edited.status = .unpublished
        _ = try await store.update(id: article.id, expectedRevision: 3, content: edited)
        #expect(try await store.revisions(of: article.id).map(\.number) == [3, 4])
    }

    @Test func migration009MovesTheLatestRevisionOntoTheRowAndKeepsEveryEarlierOne() async throws {
        // Before 009 every revision, the latest included, was a row of article_revision; after
        // it the article row is the latest, and the history reads the same.
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        let queue = try await Self.databaseAsRelease1Left(at: path)
        try Schema.migrator.migrate(queue, upTo: "008 urgent flag and search-engine title")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO account (id, name, display_name, role, password_hash, created_at) VALUES (7, 'omar', 'عمر', 'editor', 'x', '2020-01-01T00:00:00.000Z');
                UPDATE article SET headline = 'المسؤول يزور طرابلس اليوم', revision = 2, updated_at = '2020-01-02T00:00:00.000Z';
                INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note)
                SELECT 1, 2, '2020-01-02T00:00:00.000Z', 7, json_set(content, '$.headline', 'المسؤول يزور طرابلس اليوم'), 'تعديل العنوان'
                FROM article_revision WHERE article_id = 1 AND number = 1;
                """)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        let article = try #require(try await store.article(id: ArticleID(1)))
        let history = try await store.revisions(of: article.id)
        #expect(history.map(\.number) == [1, 2])
        #expect(history.map(\.content.headline) == ["المسؤول يزور طرابلس", "المسؤول يزور طرابلس اليوم"])
        #expect(history.last?.content == article.content)
        #expect(history.last?.authorName == "عمر" && history.last?.note == "تعديل العنوان")
        let kept = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_revision") }
        #expect(kept == 1)
    }

    /// The schema as the release before search keys left it, with one article written by it.
    static func databaseAsRelease1Left(at path: String) async throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "002 full-text search index")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO section (id, slug, name) VALUES (1, 'arab', 'أخبار عربية');
                INSERT INTO article (origin_source, origin_key, slug, section_id, headline, highlights, body, status,
                                     created_at, published_at, updated_at)
                VALUES ('test', '1', 'خبر', 1, 'المسؤول يزور طرابلس', '[]', '[{"type":"paragraph","text":"زار المسؤول طرابلس."}]',
                        'published', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
                """)
        }
        return queue
    }
}
