import Foundation
import NashirDomain

/// What a sign-in attempt came to.
public enum SignInOutcome: Sendable, Equatable {
    /// Signed in: `secret` goes into the session cookie and is never stored.
    case signedIn(secret: String, session: UserSession)
    /// Wrong name or password (never says which), or a disabled account.
    case refused
    /// Too many failures for this account; try again after the date.
    case locked(until: Date)
    /// Too many failures from this address.
    case throttled
}

/// Signing in and out of the newsroom, with lock-outs and the audit log.
public struct SignInService: Sendable {
    public typealias Store = AccountStore & SessionStore & AuditLog
    let store: any Store
    let hasher: PasswordHasher
    let rules: SignInRules
    /// A hash of a random secret at the hasher's cost, checked for unknown names.
    let decoyHash: String

    public init(store: any Store, hasher: PasswordHasher, rules: SignInRules = SignInRules()) {
        self.store = store
        self.hasher = hasher
        self.rules = rules
        self.decoyHash = hasher.hashBlocking(SecretToken.generate())
    }

    public func signIn(name: String, password: String, address: String, now: Date) async throws -> SignInOutcome {
        let recent = try await store.failedSignIns(from: address, since: now.addingTimeInterval(-rules.addressWindow))
        guard recent < rules.failuresPerAddress else {
            try await store.record(AuditEvent(at: now, kind: "sign-in-throttled", subject: name, address: address))
            return .throttled
        }
        guard let record = try await store.signInRecord(named: name) else {
            // Same bcrypt work as for a real account, so timing does not reveal which names exist.
            _ = await hasher.verify(password, hash: decoyHash)
            try await store.record(AuditEvent(at: now, kind: "sign-in-failed", subject: name, address: address, detail: "unknown name"))
            return .refused
        }
        if let until = record.lockedUntil, until > now {
            try await store.record(AuditEvent(at: now, kind: "sign-in-locked", subject: record.user.name, address: address))
            return .locked(until: until)
        }
        guard await hasher.verify(password, hash: record.passwordHash), !record.user.isDisabled else {
            try await store.recordFailedSignIn(id: record.user.id, lockAfter: rules.failuresBeforeLockout, lockUntil: now.addingTimeInterval(rules.lockout))
            try await store.record(AuditEvent(
                at: now, kind: "sign-in-failed", subject: record.user.name, address: address,
                detail: record.user.isDisabled ? "disabled account" : "wrong password"))
            return .refused
        }
        try await store.recordSuccessfulSignIn(id: record.user.id)
        // A new secret every sign-in: a session id planted before sign-in is worthless after it.
        let secret = SecretToken.generate()
        let session = UserSession(
            idHash: SecretToken.hash(secret), user: record.user, csrfToken: SecretToken.generate(),
            createdAt: now, expiresAt: now.addingTimeInterval(rules.sessionLifetime))
        try await store.createSession(
            idHash: session.idHash, user: record.user.id, csrfToken: session.csrfToken, createdAt: now, expiresAt: session.expiresAt)
        try await store.record(AuditEvent(at: now, kind: "sign-in", actor: record.user.name, subject: record.user.name, address: address))
        return .signedIn(secret: secret, session: session)
    }

    /// The live session behind a cookie's secret.
    public func session(secret: String, now: Date) async throws -> UserSession? {
        try await store.session(idHash: SecretToken.hash(secret), now: now)
    }

    public func signOut(_ session: UserSession, address: String, now: Date) async throws {
        try await store.deleteSession(idHash: session.idHash)
        try await store.record(AuditEvent(at: now, kind: "sign-out", actor: session.user.name, address: address))
    }

    public func signOutEverywhere(_ user: User, address: String, now: Date) async throws {
        try await store.deleteSessions(of: user.id)
        try await store.record(AuditEvent(at: now, kind: "sign-out-everywhere", actor: user.name, address: address))
    }
}
