import Foundation

/// How strict signing in is: lock-outs and how long a session lasts.
public struct SignInRules: Sendable {
    /// Wrong passwords in a row before an account is locked.
    public var failuresBeforeLockout: Int
    /// How long a locked account stays locked.
    public var lockout: TimeInterval
    /// Failed attempts one address may make within `addressWindow`, across all accounts, so a
    /// guesser cannot spread attempts over many names.
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

/// Failed sign-ins per client address, in memory: a fixed window per address. Per-account
/// lock-out lives in the store so every instance shares it; this one guards each instance.
public actor AddressThrottle {
    private var failures: [String: (count: Int, since: Date)] = [:]
    private let rules: SignInRules

    public init(rules: SignInRules) {
        self.rules = rules
    }

    /// Whether `address` may try again at `now`.
    public func allows(_ address: String, now: Date) -> Bool {
        guard let entry = failures[address] else { return true }
        if now.timeIntervalSince(entry.since) >= rules.addressWindow {
            failures[address] = nil
            return true
        }
        return entry.count < rules.failuresPerAddress
    }

    public func recordFailure(_ address: String, now: Date) {
        if let entry = failures[address], now.timeIntervalSince(entry.since) < rules.addressWindow {
            failures[address] = (entry.count + 1, entry.since)
        } else {
            if failures.count > 100_000 { failures.removeAll() }  // a flood of addresses must not grow memory forever
            failures[address] = (1, now)
        }
    }
}
