import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: SourceStore {
    public func addSource(_ settings: FeedSourceSettings) async throws -> FeedSource {
        do { try settings.validate() } catch {
            throw StoreError.invalidArticle(index: 0, origin: ArticleOrigin(source: "source", key: settings.name), problem: error.description)
        }
        return try await write { connection in
            guard let id = try await connection.row("""
                INSERT INTO feed_source (name, url, interval_seconds, section_slug, section_name, publishes)
                VALUES (\(settings.name), \(settings.url), \(Int(settings.interval)), \(settings.section?.slug), \(settings.section?.name), \(settings.publishes))
                ON CONFLICT (name) DO NOTHING RETURNING id
                """, logger: self.logger)?.get("id", as: Int64.self) else { throw StoreError.duplicateSource(settings.name) }
            return FeedSource(id: id, settings: settings)
        }
    }

    public func sources() async throws -> [FeedSource] {
        try await read { connection in
            try await connection.rows("SELECT * FROM feed_source ORDER BY name COLLATE \"C\"", logger: self.logger).map(Self.source)
        }
    }

    public func removeSource(named name: String) async throws -> Bool {
        try await write { connection in
            try await connection.row("DELETE FROM feed_source WHERE name = \(name) RETURNING id", logger: self.logger) != nil
        }
    }

    public func recordPoll(of source: Int64, _ state: PollState) async throws {
        try await write { connection in
            try await connection.run("""
                UPDATE feed_source SET etag = \(state.etag), last_modified = \(state.lastModified), next_poll_at = \(PostgresCoding.instant(state.nextPollAt)),
                    last_polled_at = \(PostgresCoding.instant(state.lastPolledAt)), last_success_at = \(PostgresCoding.instant(state.lastSuccessAt)),
                    failures = \(state.failures), last_problem = \(state.lastProblem), items_received = \(state.itemsReceived)
                WHERE id = \(source)
                """, logger: self.logger)
        }
    }

    public func claimPoll(of source: Int64, at now: Date, until: Date) async throws -> Bool {
        // One statement: the row lock makes a second instance's update wait and then find the source no longer due.
        try await write { connection in
            try await connection.row("""
                UPDATE feed_source SET next_poll_at = \(PostgresCoding.instant(until))
                WHERE id = \(source) AND (next_poll_at IS NULL OR next_poll_at <= \(now)) RETURNING id
                """, logger: self.logger) != nil
        }
    }

    static func source(_ row: PostgresRandomAccessRow) throws -> FeedSource {
        let slug: String? = try row.get("section_slug")
        let name: String? = try row.get("section_name")
        return FeedSource(
            id: try row.get("id"),
            settings: FeedSourceSettings(
                name: try row.get("name"), url: try row.get("url"), interval: TimeInterval(try row.get("interval_seconds", as: Int.self)),
                section: slug.map { Section(slug: $0, name: name ?? $0) }, publishes: try row.get("publishes")),
            poll: PollState(
                etag: try row.get("etag"), lastModified: try row.get("last_modified"), nextPollAt: try row.get("next_poll_at"),
                lastPolledAt: try row.get("last_polled_at"), lastSuccessAt: try row.get("last_success_at"), failures: try row.get("failures"),
                lastProblem: try row.get("last_problem"), itemsReceived: try row.get("items_received")))
    }
}
