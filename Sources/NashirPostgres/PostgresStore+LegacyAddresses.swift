import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: LegacyAddressLookup {
    public func article(legacyKey key: String) async throws -> ArticleID? {
        try await read { connection in
            try await connection.row("SELECT article_id FROM legacy_address WHERE address = \(key) ORDER BY article_id LIMIT 1", logger: self.logger)
                .map { ArticleID(try $0.get("article_id", as: Int64.self)) }
        }
    }

    /// Remembers where a saved article lived before, inside the save's transaction. Only ever
    /// added: an editor who later changes or clears the source address must not break old links.
    static func recordLegacyAddress(of article: Article, on connection: PostgresConnection, logger: Logger) async throws {
        guard let url = article.content.sourceURL, let key = LegacyAddress.key(forURL: url) else { return }
        try await connection.run(
            "INSERT INTO legacy_address (address, article_id) VALUES (\(key), \(article.id.rawValue)) ON CONFLICT DO NOTHING", logger: logger)
    }

    /// Re-keys every stored source address when the table was made by other key rules.
    static func bringLegacyAddressesUpToDate(on connection: PostgresConnection, logger: Logger) async throws {
        guard try await connection.row("SELECT legacy_key_version FROM search_index_state", logger: logger)?
            .get("legacy_key_version", as: Int.self) != LegacyAddress.keyVersion else { return }
        try await connection.run("DELETE FROM legacy_address", logger: logger)
        let rows = try await connection.rows("SELECT id, source_url FROM article WHERE source_url IS NOT NULL", logger: logger)
        var ids: [Int64] = [], keys: [String] = []
        for row in rows {
            guard let key = LegacyAddress.key(forURL: try row.get("source_url")) else { continue }
            ids.append(try row.get("id"))
            keys.append(key)
        }
        try await connection.run("""
            INSERT INTO legacy_address (address, article_id) SELECT * FROM unnest(\(keys)::text[], \(ids)::bigint[]) ON CONFLICT DO NOTHING
            """, logger: logger)
        try await connection.run("UPDATE search_index_state SET legacy_key_version = \(LegacyAddress.keyVersion)", logger: logger)
    }
}
