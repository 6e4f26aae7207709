import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: LegacyAddressLookup {
    public func article(legacyKey key: String) async throws -> ArticleID? {
        try await pool.read { db in
            try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT article_id FROM legacy_address WHERE address = ? ORDER BY article_id LIMIT 1"),
                arguments: [key]
            ).map { ArticleID($0) }
        }
    }

    /// Remembers where a saved article lived before, inside the save's transaction. Only ever
    /// added: an editor who later changes or clears the source address must not break old links.
    static func recordLegacyAddress(_ key: String?, of article: ArticleID, in db: Database) throws {
        guard let key else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO legacy_address (address, article_id) VALUES (?, ?)")
            .execute(arguments: [key, article.rawValue])
    }

    /// Migration 014: the table only; the store fills it on opening (`bringLegacyAddressesUpToDate`),
    /// since keys come from live code and a shipped migration talks only to the database.
    static func createLegacyAddresses(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE legacy_address (
                address TEXT NOT NULL,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                PRIMARY KEY (address, article_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX legacy_address_article ON legacy_address (article_id);
            CREATE TABLE legacy_address_state (key_version INTEGER NOT NULL) STRICT;
            INSERT INTO legacy_address_state (key_version) VALUES (0);
            """)
    }

    /// Re-keys every stored source address when the table was made by other key rules (or
    /// none: a database from before migration 014).
    static func bringLegacyAddressesUpToDate(in db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT key_version FROM legacy_address_state") != LegacyAddress.keyVersion else { return }
        try db.execute(sql: "DELETE FROM legacy_address")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, source_url FROM article WHERE source_url IS NOT NULL")
        while let row = try rows.next() {
            guard let key = LegacyAddress.key(forURL: row["source_url"]) else { continue }
            try db.execute(sql: "INSERT OR IGNORE INTO legacy_address (address, article_id) VALUES (?, ?)", arguments: [key, row["id"] as Int64])
        }
        try db.execute(sql: "UPDATE legacy_address_state SET key_version = ?", arguments: [LegacyAddress.keyVersion])
    }
}
