import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: AccountStore {
    public func createUser(_ user: NewUser) async throws -> User {
        try Self.check(user)
        return try await pool.write { db in try Self.insert(user, now: clock.now(), in: db) }
    }

    public func createFirstAdministrator(_ user: NewUser) async throws -> User {
        try Self.check(user)
        return try await pool.write { db in
            // Inside the one writer's transaction, so two first-run forms cannot both pass.
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") == 0 else { throw AccountError.alreadySetUp }
            var first = user
            first.role = .administrator
            return try Self.insert(first, now: clock.now(), in: db)
        }
    }

    public func user(id: UserID) async throws -> User? {
        try await pool.read { db in try Self.user(id: id, in: db) }
    }

    /// Account `id`, inside a read.
    static func user(id: UserID, in db: Database) throws -> User? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [id.rawValue]).map(Self.user)
    }

    public func user(named name: String) async throws -> User? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(Self.user)
        }
    }

    public func users() async throws -> [User] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Self.user)
        }
    }

    public func countUsers() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0 }
    }

    public func updateUser(id: UserID, _ change: UserChange) async throws -> User {
        try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id.rawValue]) else {
                throw AccountError.noSuchUser("#\(id)")
            }
            let before = Self.user(row)
            if change.removesAdministration(from: before) {
                let others = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM account WHERE role = 'administrator' AND disabled = 0 AND id <> ?
                    """, arguments: [id.rawValue]) ?? 0
                guard others > 0 else { throw AccountError.lastAdministrator }
            }
            let user = change.applied(to: before)
            try db.execute(sql: "UPDATE account SET display_name = ?, role = ?, disabled = ?, public_profile = ?, bio = ? WHERE id = ?",
                           arguments: [user.displayName, user.role.rawValue, user.isDisabled, user.hasPublicProfile, user.bio, id.rawValue])
            if user.changesAuthorPage(from: before) {
                // Bylines link to the page or stop linking, and the author page changes: rare enough to refresh every page.
                try Self.recordChange([.site], at: clock.now(), in: db)
            }
            if let hash = change.passwordHash {
                try db.execute(sql: "UPDATE account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?",
                               arguments: [hash, id.rawValue])
            }
            if change.endsSessions {
                try db.execute(sql: "DELETE FROM account_session WHERE account_id = ?", arguments: [id.rawValue])
            }
            return user
        }
    }

    public func signInRecord(named name: String) async throws -> SignInRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map { row in
                SignInRecord(
                    user: Self.user(row), passwordHash: row["password_hash"], failedAttempts: row["failed_sign_ins"],
                    lockedUntil: ColumnCoding.date(row["locked_until"]))
            }
        }
    }

    public func recordFailedSignIn(id: UserID, lockAfter: Int, lockUntil: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE account SET failed_sign_ins = failed_sign_ins + 1,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END
                WHERE id = ?
                """, arguments: [lockAfter, ColumnCoding.timestamp(lockUntil), id.rawValue])
        }
    }

    public func recordSuccessfulSignIn(id: UserID) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?", arguments: [id.rawValue])
        }
    }

    // MARK: - Rows

    static func user(_ row: Row) -> User {
        User(
            id: UserID(row["id"] as Int64), name: row["name"], displayName: row["display_name"],
            role: Role(rawValue: row["role"]) ?? .writer, isDisabled: row["disabled"],
            createdAt: ColumnCoding.date(row["created_at"]) ?? .distantPast,
            hasPublicProfile: row["public_profile"], bio: row["bio"])
    }

    private static func check(_ user: NewUser) throws {
        guard User.isValidName(user.name) else { throw AccountError.invalidName(user.name) }
    }

    private static func insert(_ user: NewUser, now: Date, in db: Database) throws -> User {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [user.name]) == true {
            throw AccountError.nameTaken(user.name)
        }
        let displayName = user.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        let created = ColumnCoding.timestamp(now)
        try db.execute(sql: """
            INSERT INTO account (name, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [user.name, displayName.isEmpty ? user.name : displayName, user.role.rawValue, user.passwordHash, created])
        return User(
            id: UserID(db.lastInsertedRowID), name: user.name, displayName: displayName.isEmpty ? user.name : displayName,
            role: user.role, createdAt: ColumnCoding.date(created) ?? now)
    }
}
