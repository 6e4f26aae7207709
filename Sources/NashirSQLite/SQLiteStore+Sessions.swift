import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: SessionStore {
    public func createSession(idHash: String, user: UserID, csrfToken: String, createdAt: Date, expiresAt: Date) async throws {
        try await pool.write { db in
            // Expired sessions are swept on every sign-in, so the table never grows without bound.
            try db.execute(sql: "DELETE FROM account_session WHERE expires_at <= ?", arguments: [ColumnCoding.timestamp(createdAt)])
            try db.execute(sql: """
                INSERT INTO account_session (id_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [idHash, user.rawValue, csrfToken, ColumnCoding.timestamp(createdAt), ColumnCoding.timestamp(expiresAt)])
        }
    }

    public func session(idHash: String, now: Date) async throws -> UserSession? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.id_hash, s.csrf_token, s.created_at, s.expires_at, a.*
                FROM account_session s JOIN account a ON a.id = s.account_id
                WHERE s.id_hash = ? AND s.expires_at > ? AND a.disabled = 0
                """, arguments: [idHash, ColumnCoding.timestamp(now)])
            else { return nil }
            return UserSession(
                idHash: row["id_hash"], user: Self.user(row), csrfToken: row["csrf_token"],
                createdAt: ColumnCoding.date(row["created_at"]) ?? .distantPast,
                expiresAt: ColumnCoding.date(row["expires_at"]) ?? .distantPast)
        }
    }

    public func deleteSession(idHash: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM account_session WHERE id_hash = ?", arguments: [idHash]) }
    }

    public func deleteSessions(of user: UserID) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM account_session WHERE account_id = ?", arguments: [user.rawValue]) }
    }
}

extension SQLiteStore: APITokenStore {
    public func createToken(user: UserID, label: String, hash: String, at date: Date) async throws -> APIToken {
        try await pool.write { db in
            guard let owner = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [user.rawValue]).map(Self.user) else {
                throw AccountError.noSuchUser("#\(user)")
            }
            let created = ColumnCoding.timestamp(date)
            try db.execute(sql: "INSERT INTO api_token (account_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [user.rawValue, label, hash, created])
            return APIToken(id: db.lastInsertedRowID, user: owner, label: label, createdAt: ColumnCoding.date(created) ?? date)
        }
    }

    public func token(hash: String, now: Date) async throws -> APIToken? {
        let token = try await pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT t.id AS token_id, t.label, t.created_at AS token_created, t.last_used_at, t.revoked_at, a.*
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.disabled = 0
                """, arguments: [hash]).map(Self.token)
        }
        if let token, token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            // Written at most once a minute per token: a busy script must not turn reads into writes.
            try await pool.write { db in
                try db.execute(sql: "UPDATE api_token SET last_used_at = ? WHERE id = ?", arguments: [ColumnCoding.timestamp(now), token.id])
            }
        }
        return token
    }

    public func tokens() async throws -> [APIToken] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.id AS token_id, t.label, t.created_at AS token_created, t.last_used_at, t.revoked_at, a.*
                FROM api_token t JOIN account a ON a.id = t.account_id ORDER BY t.id
                """).map(Self.token)
        }
    }

    public func revokeToken(id: Int64, at date: Date) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
                           arguments: [ColumnCoding.timestamp(date), id])
            return db.changesCount > 0
        }
    }

    private static func token(_ row: Row) -> APIToken {
        APIToken(
            id: row["token_id"], user: user(row), label: row["label"],
            createdAt: ColumnCoding.date(row["token_created"]) ?? .distantPast,
            lastUsedAt: ColumnCoding.date(row["last_used_at"]), revokedAt: ColumnCoding.date(row["revoked_at"]))
    }
}

extension SQLiteStore: AuditLog {
    public func record(_ event: AuditEvent) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO audit_event (at, kind, actor, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [ColumnCoding.timestamp(event.at), event.kind, event.actor, event.subject, event.address, event.detail])
        }
    }

    public func failedSignIns(from address: String, since: Date) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) FROM audit_event WHERE address = ? AND at >= ? AND kind = 'sign-in-failed'
                """), arguments: [address, ColumnCoding.timestamp(since)]) ?? 0
        }
    }

    public func auditEvents(limit: Int) async throws -> [AuditEvent] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEvent(
                    at: ColumnCoding.date(row["at"]) ?? .distantPast, kind: row["kind"], actor: row["actor"],
                    subject: row["subject"], address: row["address"], detail: row["detail"])
            }
        }
    }
}
