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
        #expect(try await reopened.count(.init(), now: Date()) == 1)
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
        do {
            // The schema as the previous release left it, with an article written by it.
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
        }
        let store = try SQLiteStore(path: path)
        let results = try await store.search(SearchRequest(text: "مسوول طرابلس"), now: Date())
        #expect(results.hits.map(\.summary.headline) == ["المسؤول يزور طرابلس"])
    }
}
