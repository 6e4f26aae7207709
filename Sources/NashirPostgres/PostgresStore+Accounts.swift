import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: AccountStore {
    public func createUser(_ user: NewUser) async throws -> User {
        try Self.check(user)
        let now = clock.now()
        return try await write { connection in try await Self.insert(user, now: now, on: connection, logger: self.logger) }
    }

    public func createFirstAdministrator(_ user: NewUser) async throws -> User {
        try Self.check(user)
        let now = clock.now()
        return try await write { connection in
            // The table locked to the commit, so two first-run forms on two instances cannot both pass.
            try await connection.run("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: self.logger)
            guard try await connection.row("SELECT COUNT(*) AS n FROM account", logger: self.logger)?.get("n", as: Int.self) == 0 else {
                throw AccountError.alreadySetUp
            }
            var first = user
            first.role = .administrator
            return try await Self.insert(first, now: now, on: connection, logger: self.logger)
        }
    }

    public func user(id: UserID) async throws -> User? {
        try await read { connection in
            try await connection.row("SELECT * FROM account WHERE id = \(id.rawValue)", logger: self.logger).map(Self.user)
        }
    }

    public func user(named name: String) async throws -> User? {
        try await read { connection in
            try await connection.row("SELECT * FROM account WHERE lower(name) = lower(\(name))", logger: self.logger).map(Self.user)
        }
    }

    public func users() async throws -> [User] {
        try await read { connection in
            try await connection.rows("SELECT * FROM account ORDER BY name COLLATE \"C\"", logger: self.logger).map(Self.user)
        }
    }

    public func countUsers() async throws -> Int {
        try await read { connection in
            try await connection.row("SELECT COUNT(*) AS n FROM account", logger: self.logger)?.get("n", as: Int.self) ?? 0
        }
    }

    public func updateUser(id: UserID, _ change: UserChange) async throws -> User {
        let now = clock.now()
        return try await write { connection in
            if change.role != nil || change.isDisabled != nil {
                // Two instances demoting the last two administrators at once must not both succeed.
                try await connection.run("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: self.logger)
            }
            guard let row = try await connection.row("SELECT * FROM account WHERE id = \(id.rawValue) FOR UPDATE", logger: self.logger) else {
                throw AccountError.noSuchUser("#\(id)")
            }
            let before = try Self.user(row)
            if change.removesAdministration(from: before) {
                let others = try await connection.row("""
                    SELECT COUNT(*) AS n FROM account WHERE role = 'administrator' AND NOT disabled AND id <> \(id.rawValue)
                    """, logger: self.logger)?.get("n", as: Int.self) ?? 0
                guard others > 0 else { throw AccountError.lastAdministrator }
            }
            let user = change.applied(to: before)
            try await connection.run("""
                UPDATE account SET display_name = \(user.displayName), role = \(user.role.rawValue), disabled = \(user.isDisabled),
                    public_profile = \(user.hasPublicProfile), bio = \(user.bio) WHERE id = \(id.rawValue)
                """, logger: self.logger)
            if user.changesAuthorPage(from: before) {
                // Bylines link to the page or stop linking, and the author page changes: rare enough to refresh every page.
                try await Self.recordChange([.site], at: now, on: connection, logger: self.logger)
            }
            if let hash = change.passwordHash {
                try await connection.run(
                    "UPDATE account SET password_hash = \(hash), failed_sign_ins = 0, locked_until = NULL WHERE id = \(id.rawValue)", logger: self.logger)
            }
            if change.endsSessions {
                try await connection.run("DELETE FROM account_session WHERE account_id = \(id.rawValue)", logger: self.logger)
            }
            return user
        }
    }

    public func signInRecord(named name: String) async throws -> SignInRecord? {
        try await read { connection in
            guard let row = try await connection.row("SELECT * FROM account WHERE lower(name) = lower(\(name))", logger: self.logger) else { return nil }
            return SignInRecord(
                user: try Self.user(row), passwordHash: try row.get("password_hash"), failedAttempts: try row.get("failed_sign_ins"),
                lockedUntil: PostgresCoding.instant(try row.get("locked_until", as: Date?.self)))
        }
    }

    public func recordFailedSignIn(id: UserID, lockAfter: Int, lockUntil: Date) async throws {
        try await write { connection in
            try await connection.run("""
                UPDATE account SET failed_sign_ins = failed_sign_ins + 1,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= \(lockAfter) THEN \(PostgresCoding.instant(lockUntil)) ELSE locked_until END
                WHERE id = \(id.rawValue)
                """, logger: self.logger)
        }
    }

    public func recordSuccessfulSignIn(id: UserID) async throws {
        try await write { connection in
            try await connection.run("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = \(id.rawValue)", logger: self.logger)
        }
    }

    // MARK: - Rows

    static func user(_ row: PostgresRandomAccessRow) throws -> User {
        User(
            id: UserID(try row.get("id", as: Int64.self)), name: try row.get("name"), displayName: try row.get("display_name"),
            role: Role(rawValue: try row.get("role")) ?? .writer, isDisabled: try row.get("disabled"),
            createdAt: PostgresCoding.instant(try row.get("created_at", as: Date.self)),
            hasPublicProfile: try row.get("public_profile"), bio: try row.get("bio"))
    }

    private static func check(_ user: NewUser) throws {
        guard User.isValidName(user.name) else { throw AccountError.invalidName(user.name) }
    }

    private static func insert(_ user: NewUser, now: Date, on connection: PostgresConnection, logger: Logger) async throws -> User {
        if try await connection.row("SELECT 1 FROM account WHERE lower(name) = lower(\(user.name))", logger: logger) != nil {
            throw AccountError.nameTaken(user.name)
        }
        let trimmed = user.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        let displayName = trimmed.isEmpty ? user.name : trimmed
        let created = PostgresCoding.instant(now)
        let id = try await connection.row("""
            INSERT INTO account (name, display_name, role, password_hash, created_at)
            VALUES (\(user.name), \(displayName), \(user.role.rawValue), \(user.passwordHash), \(created)) RETURNING id
            """, logger: logger)?.get("id", as: Int64.self) ?? 0
        return User(id: UserID(id), name: user.name, displayName: displayName, role: user.role, createdAt: created)
    }
}
