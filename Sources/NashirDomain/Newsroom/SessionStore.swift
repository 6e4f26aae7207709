import Foundation

/// A signed-in browser: found by the hash of the secret in its cookie.
public struct UserSession: Sendable, Equatable {
    /// SHA-256 of the cookie's secret, hex; the secret itself is never stored.
    public var idHash: String
    public var user: User
    /// The token every form of this session carries against cross-site requests.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(idHash: String, user: User, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.idHash = idHash
        self.user = user
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Server-side sessions of the admin.
public protocol SessionStore: Sendable {
    func createSession(idHash: String, user: UserID, csrfToken: String, createdAt: Date, expiresAt: Date) async throws
    /// The live session with this hash, with its account; nil when unknown, expired or the account is disabled.
    func session(idHash: String, now: Date) async throws -> UserSession?
    func deleteSession(idHash: String) async throws
    /// Signs a person out everywhere.
    func deleteSessions(of user: UserID) async throws
}

/// A personal API token, as listed (never with its secret).
public struct APIToken: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var user: User
    public var label: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(id: Int64, user: User, label: String, createdAt: Date, lastUsedAt: Date? = nil, revokedAt: Date? = nil) {
        self.id = id
        self.user = user
        self.label = label
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

/// Personal API tokens, stored as hashes and acting with their owner's role.
public protocol APITokenStore: Sendable {
    func createToken(user: UserID, label: String, hash: String, at: Date) async throws -> APIToken
    /// The live token with this hash and its owner; nil when unknown, revoked or the owner is disabled.
    func token(hash: String, now: Date) async throws -> APIToken?
    func tokens() async throws -> [APIToken]
    /// Revokes a token; false when there is no such token.
    func revokeToken(id: Int64, at: Date) async throws -> Bool
}

/// One line of the audit log: sign-ins, failures, role and account changes.
public struct AuditEvent: Sendable, Equatable {
    public var at: Date
    /// e.g. "sign-in", "sign-in-failed", "role-changed".
    public var kind: String
    public var actor: String?
    public var subject: String?
    public var address: String?
    public var detail: String?

    public init(at: Date, kind: String, actor: String? = nil, subject: String? = nil, address: String? = nil, detail: String? = nil) {
        self.at = at
        self.kind = kind
        self.actor = actor
        self.subject = subject
        self.address = address
        self.detail = detail
    }
}

/// The append-only audit log.
public protocol AuditLog: Sendable {
    func record(_ event: AuditEvent) async throws
    /// The newest events first.
    func auditEvents(limit: Int) async throws -> [AuditEvent]
    /// Failed sign-ins (`sign-in-failed` events) from `address` at or after `since`: the
    /// per-address throttle, read from the log every instance writes, so a guesser gains
    /// nothing by spreading attempts over instances.
    func failedSignIns(from address: String, since: Date) async throws -> Int
}
