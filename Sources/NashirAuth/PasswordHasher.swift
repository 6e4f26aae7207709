import HummingbirdBcrypt
import NashirDomain

/// bcrypt hashing of newsroom passwords. Each hash costs a quarter of a second at cost 12 on
/// purpose, so it runs on the CPU pool, never on an event loop.
public struct PasswordHasher: Sendable {
    /// bcrypt's work factor: 2^cost rounds. 12 is the default; tests lower it.
    public let cost: UInt8

    /// The shortest password accepted: length is what makes a password hard to guess.
    public static let minimumLength = 10

    public init(cost: UInt8 = 12) {
        self.cost = min(max(cost, 4), 31)
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await CPUWork.run { Bcrypt.hash(password, cost: cost) }
    }

    /// Hashes on the calling thread, for start-up and the command line.
    public func hashBlocking(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        await CPUWork.run { Bcrypt.verify(password, hash: hash) }
    }

    /// Why `password` is not acceptable, in Arabic for the form and English for the terminal; nil when fine.
    public static func problem(with password: String) -> PasswordProblem? {
        password.count < minimumLength ? .tooShort(minimumLength) : nil
    }
}

/// A password the newsroom refuses.
public enum PasswordProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case tooShort(Int)

    public var description: String {
        switch self {
        case .tooShort(let length): "the password must have at least \(length) characters"
        }
    }

    /// The same, as the sign-up and people pages say it.
    public var arabic: String {
        switch self {
        case .tooShort(let length): "يجب ألا تقل كلمة المرور عن \(length) أحرف."
        }
    }
}
