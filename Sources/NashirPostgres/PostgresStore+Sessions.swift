import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: SessionStore {
    public func createSession(idHash: String, user: UserID, csrfToken: String, createdAt: Date, expiresAt: Date) async throws {
        try await write { connection in
            // Expired sessions are swept on every sign-in, so the table never grows without bound.
            try await connection.run("DELETE FROM account_session WHERE expires_at <= \(PostgresCoding.instant(createdAt))", logger: self.logger)
            try await connection.run("""
                INSERT INTO account_session (id_hash, account_id, csrf_token, created_at, expires_at)
                VALUES (\(idHash), \(user.rawValue), \(csrfToken), \(PostgresCoding.instant(createdAt)), \(PostgresCoding.instant(expiresAt)))
                """, logger: self.logger)
        }
    }

    public func session(idHash: String, now: Date) async throws -> UserSession? {
        try await read { connection in
            guard let row = try await connection.row("""
                SELECT s.id_hash, s.csrf_token, s.created_at AS session_created, s.expires_at, a.*
                FROM account_session s JOIN account a ON a.id = s.account_id
                WHERE s.id_hash = \(idHash) AND s.expires_at > \(PostgresCoding.instant(now)) AND NOT a.disabled
                """, logger: self.logger)
            else { return nil }
            return UserSession(
                idHash: try row.get("id_hash"), user: try Self.user(row), csrfToken: try row.get("csrf_token"),
                createdAt: PostgresCoding.instant(try row.get("session_created", as: Date.self)),
                expiresAt: PostgresCoding.instant(try row.get("expires_at", as: Date.self)))
        }
    }

    public func deleteSession(idHash: String) async throws {
        try await write { connection in try await connection.run("DELETE FROM account_session WHERE id_hash = \(idHash)", logger: self.logger) }
    }

    public func deleteSessions(of user: UserID) async throws {
        try await write { connection in try await connection.run("DELETE FROM account_session WHERE account_id = \(user.rawValue)", logger: self.logger) }
    }
}

extension PostgresStore: APITokenStore {
    public func createToken(user: UserID, label: String, hash: String, at date: Date) async throws -> APIToken {
        try await write { connection in
            guard let owner = try await connection.row("SELECT * FROM account WHERE id = \(user.rawValue)", logger: self.logger).map(Self.user) else {
                throw AccountError.noSuchUser("#\(user)")
            }
            let created = PostgresCoding.instant(date)
            let id = try await connection.row("""
                INSERT INTO api_token (account_id, label, token_hash, created_at) VALUES (\(user.rawValue), \(label), \(hash), \(created)) RETURNING id
                """, logger: self.logger)?.get("id", as: Int64.self) ?? 0
            return APIToken(id: id, user: owner, label: label, createdAt: created)
        }
    }

    public func token(hash: String, now: Date) async throws -> APIToken? {
        let token = try await read { connection in
            try await connection.row("""
                SELECT t.id AS token_id, t.label, t.created_at AS token_created, t.last_used_at, t.revoked_at, a.*
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = \(hash) AND t.revoked_at IS NULL AND NOT a.disabled
                """, logger: self.logger).map(Self.token)
        }
        if let token, token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            // Written at most once a minute per token: a busy script must not turn reads into writes.
            try await write { connection in
                try await connection.run("UPDATE api_token SET last_used_at = \(PostgresCoding.instant(now)) WHERE id = \(token.id)", logger: self.logger)
            }
        }
        return token
    }

    public func tokens() async throws -> [APIToken] {
        try await read { connection in
            try await connection.rows("""
                SELECT t.id AS token_id, t.label, t.created_at AS token_created, t.last_used_at, t.revoked_at, a.*
                FROM api_token t JOIN account a ON a.id = t.account_id ORDER BY t.id
                """, logger: self.logger).map(Self.token)
        }
    }

    public func revokeToken(id: Int64, at date: Date) async throws -> Bool {
        try await write { connection in
            try await connection.row(
                "UPDATE api_token SET revoked_at = COALESCE(revoked_at, \(PostgresCoding.instant(date))) WHERE id = \(id) RETURNING id",
                logger: self.logger) != nil
        }
    }

    private static func token(_ row: PostgresRandomAccessRow) throws -> APIToken {
        APIToken(
            id: try row.get("token_id"), user: try user(row), label: try row.get("label"),
            createdAt: PostgresCoding.instant(try row.get("token_created", as: Date.self)),
            lastUsedAt: PostgresCoding.instant(try row.get("last_used_at", as: Date?.self)),
            revokedAt: PostgresCoding.instant(try row.get("revoked_at", as: Date?.self)))
    }
}

extension PostgresStore: AuditLog {
    public func record(_ event: AuditEvent) async throws {
        try await write { connection in
            try await connection.run("""
                INSERT INTO audit_event (at, kind, actor, subject, address, detail)
                VALUES (\(PostgresCoding.instant(event.at)), \(event.kind), \(event.actor), \(event.subject), \(event.address), \(event.detail))
                """, logger: self.logger)
        }
    }

    public func failedSignIns(from address: String, since: Date) async throws -> Int {
        try await read { connection in
            try await connection.row("""
                SELECT COUNT(*) AS n FROM audit_event WHERE address = \(address) AND at >= \(PostgresCoding.instant(since)) AND kind = 'sign-in-failed'
                """, logger: self.logger)?.get("n", as: Int.self) ?? 0
        }
    }

    public func auditEvents(limit: Int) async throws -> [AuditEvent] {
        try await read { connection in
            try await connection.rows("SELECT * FROM audit_event ORDER BY id DESC LIMIT \(limit)", logger: self.logger).map { row in
                AuditEvent(
                    at: PostgresCoding.instant(try row.get("at", as: Date.self)), kind: try row.get("kind"), actor: try row.get("actor"),
                    subject: try row.get("subject"), address: try row.get("address"), detail: try row.get("detail"))
            }
        }
    }
}
