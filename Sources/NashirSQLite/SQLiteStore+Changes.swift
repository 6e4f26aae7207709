import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ChangeFeed {
    /// Changes kept for instances that poll late; one that falls further behind drops its whole cache.
    static let retainedChanges: Int64 = 10_000
    /// Past this many tags a change is recorded as touching everything: a bulk import
    /// would otherwise write a record as large as the import, to evict most of the cache anyway.
    static let maxTagsPerChange = 2_000
    /// Changes read in one poll; more than that in half a second is a bulk import.
    static let maxChangesPerPoll = 1_000

    public func changes(after cursor: Int64?) async throws -> ContentChanges {
        try await pool.read { db in
            let latest = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'content_change'") ?? 0
            guard let cursor else { return ContentChanges(cursor: latest) }
            if latest == cursor { return ContentChanges(cursor: cursor) }
            let oldest = try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM content_change") ?? latest + 1
            // Behind what is kept, or ahead of the database (a restored backup): start over.
            if latest < cursor || oldest > cursor + 1 { return ContentChanges(cursor: latest, isIncomplete: true) }
            let rows = try Row.fetchAll(db, sql: "SELECT seq, tags FROM content_change WHERE seq > ? ORDER BY seq LIMIT ?",
                                        arguments: [cursor, Self.maxChangesPerPoll])
            if rows.count == Self.maxChangesPerPoll { return ContentChanges(cursor: latest, isIncomplete: true) }
            var touched = Set<ContentTag>()
            for row in rows {
                for text in ColumnCoding.strings(row["tags"]) { if let tag = ContentTag(text) { touched.insert(tag) } }
            }
            return ContentChanges(cursor: rows.last?["seq"] ?? cursor, touched: touched)
        }
    }

    /// Records what a write touched, in its transaction, and forgets changes no instance needs.
    static func recordChange(_ touched: Set<ContentTag>, at now: Date, in db: Database) throws {
        guard !touched.isEmpty else { return }
        let tags = touched.count > maxTagsPerChange || touched.contains(.site) ? ["site"] : touched.map(\.description).sorted()
        try db.cachedStatement(sql: "INSERT INTO content_change (changed_at, tags) VALUES (?, ?)")
            .execute(arguments: [ColumnCoding.timestamp(now), ColumnCoding.json(tags)])
        try db.cachedStatement(sql: "DELETE FROM content_change WHERE seq <= ?").execute(arguments: [db.lastInsertedRowID - retainedChanges])
    }
}
