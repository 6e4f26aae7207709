import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// The schema, changed only by appending numbered migrations. Each instance migrates at start
/// under an advisory lock, so several starting together apply each migration once.
enum PostgresSchema {
    struct Migration {
        let number: Int
        let name: String
        let sql: String

        /// The statements, each ended by ";" at the end of a line; inside a `$$` body such lines
        /// belong to the body.
        var statements: [String] {
            var statements: [String] = [], current = "", inBody = false
            for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
                current += line + "\n"
                if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
                if !inBody, line.hasSuffix(";") {
                    statements.append(String(current.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()))
                    current = ""
                }
            }
            let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
            return (statements + [rest]).filter { !$0.isEmpty }
        }
    }

    /// A database migrated by a newer Nashir than this one.
    struct TooNew: Error, CustomStringConvertible {
        let applied: Int
        let known: Int
        var description: String { "its schema is at migration \(applied), newer than this nashir knows (\(known)): run a newer nashir" }
    }

    static let migrations: [Migration] = [
        Migration(number: 1, name: "settings, change feed, newsroom accounts", sql: accountsAndSettings),
        Migration(number: 2, name: "sign-in failures by address, for the shared throttle", sql: "CREATE INDEX audit_event_by_address ON audit_event (address, at);"),
        Migration(number: 3, name: "articles, revisions, media, sources, story groups, search", sql: articles),
        Migration(number: 4, name: "editors' presence, shared by every instance", sql: """
            CREATE TABLE editor_presence (
                article_id bigint NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                account_id bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                seen_at timestamptz NOT NULL,
                PRIMARY KEY (article_id, account_id)
            );
            """),
        Migration(number: 5, name: "search vocabulary: each indexed word and how many documents hold it", sql: searchVocabulary),
        Migration(number: 6, name: "search documents: words kept in the row, and the pairs of words side by side for phrases", sql: searchDocumentReading),
        Migration(number: 7, name: "search documents: words kept uncompressed in the row", sql: searchDocumentUncompressed),
    ]

    /// The lock key migrations hold: any fixed number, the same in every instance.
    static let lockKey: Int64 = 0x6E61_7368_6972_0001

    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS nashir_migration (
                    number integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var applied = Set<Int>()
            for try await number in try await connection.query("SELECT number FROM nashir_migration", logger: logger).decode(Int.self) {
                applied.insert(number)
            }
            let known = migrations.last?.number ?? 0
            if let newest = applied.max(), newest > known { throw TooNew(applied: newest, known: known) }
            for migration in migrations where !applied.contains(migration.number) {
                // One statement at a time: the extended protocol takes no more. Migrations
                // end each statement with ";" at the end of a line, and hold no other.
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO nashir_migration (number, name) VALUES (\(migration.number), \(migration.name))", logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// Migration 1. Times are `timestamptz` (kept to the millisecond by the store); names that
    /// sort are compared byte by byte (`COLLATE "C"`), as SQLite compares them.
    static let accountsAndSettings = """
        CREATE TABLE site_setting (
            key text PRIMARY KEY,
            value text NOT NULL
        );
        CREATE TABLE content_change (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            changed_at timestamptz NOT NULL,
            tags jsonb NOT NULL
        );
        CREATE TABLE account (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL COLLATE "C" CHECK (name <> ''),
            display_name text NOT NULL CHECK (display_name <> ''),
            role text NOT NULL CHECK (role IN ('administrator', 'editor', 'copy-editor', 'writer')),
            password_hash text NOT NULL,
            disabled boolean NOT NULL DEFAULT false,
            failed_sign_ins integer NOT NULL DEFAULT 0,
            locked_until timestamptz,
            created_at timestamptz NOT NULL,
            public_profile boolean NOT NULL DEFAULT false,
            bio text
        );
        CREATE UNIQUE INDEX account_by_name ON account (lower(name));
        CREATE TABLE account_session (
            id_hash text PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            created_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL
        );
        CREATE INDEX account_session_by_account ON account_session (account_id);
        CREATE INDEX account_session_by_expiry ON account_session (expires_at);
        CREATE TABLE api_token (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            label text NOT NULL,
            token_hash text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL,
            last_used_at timestamptz,
            revoked_at timestamptz
        );
        CREATE TABLE audit_event (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            kind text NOT NULL,
            actor text,
            subject text,
            address text,
            detail text
        );
        """
}
