import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// Building `search_document`: a full rebuild, and bringing an index of another version up to date.
extension PostgresStore {
    public func reindex() async throws {
        try await write { connection in try await Self.rebuildIndex(on: connection, logger: self.logger) }
        try await tidyIndex()
    }

    /// After a rebuild: marks the index's pages all-visible, so counting a word's documents reads
    /// the GIN index alone, and gives the planner fresh statistics (VACUUM runs outside a transaction).
    func tidyIndex() async throws {
        try await read { connection in
            try await connection.run("VACUUM (ANALYZE) search_document", logger: self.logger)
            try await connection.run("ANALYZE article", logger: self.logger)
        }
    }

    /// Re-analyses every article into `search_document`, in batches, oldest first, and records
    /// the version. Written in the order a search reads them (`SearchWeeks`' windows of the
    /// newest weeks), a window's rows share pages instead of being spread over the table: on
    /// 267,550 articles whose ids do not follow their dates, search p99 went from 40–43 to 34 ms.
    static func rebuildIndex(on connection: PostgresConnection, logger: Logger) async throws {
        let ordered = try await connection.rows("""
            SELECT id FROM article
            ORDER BY status = 'published' AND published_at IS NOT NULL,
                     CASE WHEN status = 'published' AND published_at IS NOT NULL THEN published_at ELSE created_at END, id
            """, logger: logger).map { try $0.get("id", as: Int64.self) }
        for start in stride(from: 0, to: ordered.count, by: 500) {
            var builder = QueryBuilder()
            let batch = Array(ordered[start..<min(start + 500, ordered.count)])
            let condition = "a.id = ANY(\(try builder.bind(batch)))"
            let articles = try await Self.articles(builder, where: condition, on: connection, logger: logger)
            let documents = await SearchTerms.analyse(articles.map(\.content))
            try await SearchTerms.index(zip(articles, documents).map { ($0.id.rawValue, $1) }, on: connection, logger: logger)
        }
        try await connection.run("UPDATE search_index_state SET analyzer_version = \(SearchTerms.version)", logger: logger)
    }

    /// Rebuilds an index written by another version, once, whichever instance starts first.
    static func bringIndexUpToDate(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.lockKey))", logger: logger)
        let built = try await connection.row("SELECT analyzer_version FROM search_index_state", logger: logger)?.get("analyzer_version", as: Int.self)
        if built != SearchTerms.version { try await rebuildIndex(on: connection, logger: logger) }
        try await bringLegacyAddressesUpToDate(on: connection, logger: logger)
    }
}
