import Foundation

/// How strict signing in is: lock-outs and how long a session lasts.
public struct SignInRules: Sendable {
    /// Wrong passwords in a row before an account is locked.
    public var failuresBeforeLockout: Int
    /// How long a locked account stays locked.
    public var lockout: TimeInterval
    /// Failed attempts one address may make within `addressWindow`, across all accounts and all
    /// instances (counted in the shared audit log), so a guesser cannot spread attempts over many
    /// names or servers.
    public var failuresPerAddress: Int
    public var addressWindow: TimeInterval
    /// A session ends this long after sign-in, whatever happens.
    public var sessionLifetime: TimeInterval

    public init(
        failuresBeforeLockout: Int = 5, lockout: TimeInterval = 15 * 60, failuresPerAddress: Int = 20,
        addressWindow: TimeInterval = 15 * 60, sessionLifetime: TimeInterval = 12 * 3600
    ) {
        self.failuresBeforeLockout = failuresBeforeLockout
        self.lockout = lockout
        self.failuresPerAddress = failuresPerAddress
        self.addressWindow = addressWindow
        self.sessionLifetime = sessionLifetime
    }
}
