import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: SourceStore {
    public func addSource(_ settings: FeedSourceSettings) async throws -> FeedSource {
        do { try settings.validate() } catch {
            throw StoreError.invalidArticle(index: 0, origin: ArticleOrigin(source: "source", key: settings.name), problem: error.description)
        }
        return try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feed_source WHERE name = ?)", arguments: [settings.name]) == true {
                throw StoreError.duplicateSource(settings.name)
            }
            try db.execute(sql: """
                INSERT INTO feed_source (name, url, interval_seconds, section_slug, section_name, publishes)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [settings.name, settings.url, Int(settings.interval), settings.section?.slug, settings.section?.name, settings.publishes])
            return FeedSource(id: db.lastInsertedRowID, settings: settings)
        }
    }

    public func sources() async throws -> [FeedSource] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM feed_source ORDER BY name").map(Self.source)
        }
    }

    public func removeSource(named name: String) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM feed_source WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func recordPoll(of source: Int64, _ state: PollState) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE feed_source SET etag = ?, last_modified = ?, next_poll_at = ?, last_polled_at = ?, last_success_at = ?,
                    failures = ?, last_problem = ?, items_received = ?
                WHERE id = ?
                """, arguments: [
                    state.etag, state.lastModified, state.nextPollAt.map(ColumnCoding.timestamp), state.lastPolledAt.map(ColumnCoding.timestamp),
                    state.lastSuccessAt.map(ColumnCoding.timestamp), state.failures, state.lastProblem, state.itemsReceived, source,
                ])
        }
    }

    public func claimPoll(of source: Int64, at now: Date, until: Date) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE feed_source SET next_poll_at = ? WHERE id = ? AND (next_poll_at IS NULL OR next_poll_at <= ?)
                """, arguments: [ColumnCoding.timestamp(until), source, ColumnCoding.timestamp(now)])
            return db.changesCount > 0
        }
    }

    static func source(_ row: Row) -> FeedSource {
        let slug: String? = row["section_slug"]
        let name: String? = row["section_name"]
        let section = slug.map { Section(slug: $0, name: name ?? $0) }
        return FeedSource(
            id: row["id"],
            settings: FeedSourceSettings(
                name: row["name"], url: row["url"], interval: TimeInterval(row["interval_seconds"] as Int), section: section,
                publishes: row["publishes"]),
            poll: PollState(
                etag: row["etag"], lastModified: row["last_modified"], nextPollAt: ColumnCoding.date(row["next_poll_at"]),
                lastPolledAt: ColumnCoding.date(row["last_polled_at"]), lastSuccessAt: ColumnCoding.date(row["last_success_at"]),
                failures: row["failures"], lastProblem: row["last_problem"], itemsReceived: row["items_received"]))
    }
}
