import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: ChangeFeed, ChangeAnnouncing {
    /// Changes kept for instances that poll late; one that falls further behind drops its whole cache.
    static let retainedChanges: Int64 = 10_000
    /// Past this many tags a change is recorded as touching everything.
    static let maxTagsPerChange = 2_000
    /// Changes read in one poll; more than that in half a second is a bulk import.
    static let maxChangesPerPoll = 1_000
    /// The lock every change's writer holds to its commit, so sequence order is commit order and
    /// a reader never moves its cursor past a change that commits later.
    static let changeLockKey: Int64 = 0x6E61_7368_6972_0002

    /// The channel each change is announced on; PostgreSQL delivers it when the change commits.
    static let changeChannel = "nashir_changes"

    /// Yields once for every change any instance commits, as soon as PostgreSQL announces it, so
    /// a page cache can read the feed at once instead of at its next poll (the feed stays the
    /// record: a signal missed while reconnecting is caught up by the next read). Listening
    /// holds one pooled connection; a lost one is replaced after a second. Ends when the
    /// iterating task is cancelled.
    public func changeSignals() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let client = client, logger = logger
        let listening = Task {
            while !Task.isCancelled {
                do {
                    try await client.withConnection { connection in
                        try await connection.listen(on: Self.changeChannel) { notifications in
                            // Anything committed while the listener was away is in the feed: look now.
                            continuation.yield()
                            for try await _ in notifications { continuation.yield() }
                        }
                    }
                } catch {
                    logger.warning("listening for changes: \(Self.explain(error)); again in a second")
                }
                try? await Task.sleep(for: .seconds(1))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in listening.cancel() }
        return stream
    }

    public func changes(after cursor: Int64?) async throws -> ContentChanges {
        try await read { connection in
            let latest = try await connection.row("SELECT COALESCE(MAX(seq), 0) AS latest FROM content_change", logger: self.logger)?.get("latest", as: Int64.self) ?? 0
            guard let cursor else { return ContentChanges(cursor: latest) }
            if latest == cursor { return ContentChanges(cursor: cursor) }
            let oldest = try await connection.row("SELECT MIN(seq) AS oldest FROM content_change", logger: self.logger)?.get("oldest", as: Int64?.self) ?? latest + 1
            // Behind what is kept, or ahead of the database (a restored backup): start over.
            if latest < cursor || oldest > cursor + 1 { return ContentChanges(cursor: latest, isIncomplete: true) }
            let rows = try await connection.rows(
                "SELECT seq, tags::text AS tags FROM content_change WHERE seq > \(cursor) ORDER BY seq LIMIT \(Self.maxChangesPerPoll)", logger: self.logger)
            if rows.count == Self.maxChangesPerPoll { return ContentChanges(cursor: latest, isIncomplete: true) }
            var touched = Set<ContentTag>()
            for row in rows {
                for text in PostgresCoding.strings(try row.get("tags")) { if let tag = ContentTag(text) { touched.insert(tag) } }
            }
            return ContentChanges(cursor: try rows.last?.get("seq", as: Int64.self) ?? cursor, touched: touched)
        }
    }

    /// Records what a write touched, in its transaction, and forgets changes no instance needs.
    static func recordChange(_ touched: Set<ContentTag>, at now: Date, on connection: PostgresConnection, logger: Logger) async throws {
        guard !touched.isEmpty else { return }
        let tags = touched.count > maxTagsPerChange || touched.contains(.site) ? ["site"] : touched.map(\.description).sorted()
        try await connection.run("SELECT pg_advisory_xact_lock(\(changeLockKey))", logger: logger)
        let seq = try await connection.row("""
            INSERT INTO content_change (changed_at, tags) VALUES (\(PostgresCoding.instant(now)), \(PostgresCoding.json(tags))::jsonb) RETURNING seq
            """, logger: logger)?.get("seq", as: Int64.self) ?? 0
        try await connection.run("DELETE FROM content_change WHERE seq <= \(seq - retainedChanges)", logger: logger)
        try await connection.run("SELECT pg_notify(\(changeChannel), \(String(seq)))", logger: logger)
    }
}
