import Foundation

/// A new account as the command line or the first-run page asks for it.
public struct NewUser: Sendable, Equatable {
    public var name: String
    public var displayName: String
    public var role: Role
    /// The bcrypt hash; the store never sees a password.
    public var passwordHash: String

    public init(name: String, displayName: String, role: Role, passwordHash: String) {
        self.name = name
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// A change to an account; nil fields stay as they are.
public struct UserChange: Sendable, Equatable {
    public var displayName: String?
    public var role: Role?
    public var passwordHash: String?
    public var isDisabled: Bool?
    public var hasPublicProfile: Bool?
    /// The new bio; "" removes it.
    public var bio: String?

    public init(
        displayName: String? = nil, role: Role? = nil, passwordHash: String? = nil, isDisabled: Bool? = nil,
        hasPublicProfile: Bool? = nil, bio: String? = nil
    ) {
        self.hasPublicProfile = hasPublicProfile
        self.bio = bio
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
        self.isDisabled = isDisabled
    }
}

/// What a sign-in needs of an account: its hash and whether it is locked out.
public struct SignInRecord: Sendable, Equatable {
    public var user: User
    public var passwordHash: String
    public var failedAttempts: Int
    public var lockedUntil: Date?

    public init(user: User, passwordHash: String, failedAttempts: Int, lockedUntil: Date?) {
        self.user = user
        self.passwordHash = passwordHash
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
    }
}

/// The newsroom's accounts.
public protocol AccountStore: Sendable {
    /// Creates an account; `AccountError.nameTaken` if the name (ignoring case) is in use.
    func createUser(_ user: NewUser) async throws -> User
    /// Creates the first administrator only while there is no account at all, atomically, so
    /// two first-run forms cannot both succeed.
    func createFirstAdministrator(_ user: NewUser) async throws -> User
    func user(id: UserID) async throws -> User?
    func user(named name: String) async throws -> User?
    /// Every account, by name.
    func users() async throws -> [User]
    func countUsers() async throws -> Int
    /// Applies `change`; a disabled account also loses its sessions.
    func updateUser(id: UserID, _ change: UserChange) async throws -> User
    /// The record a sign-in checks.
    func signInRecord(named name: String) async throws -> SignInRecord?
    /// Counts a failed sign-in; locks the account until `lockUntil` when the count reaches `lockAfter`.
    func recordFailedSignIn(id: UserID, lockAfter: Int, lockUntil: Date) async throws
    /// Clears the failure count after a successful sign-in.
    func recordSuccessfulSignIn(id: UserID) async throws
}

/// Failures of account changes, phrased for the person who asked.
public enum AccountError: Error, Equatable, Sendable, CustomStringConvertible {
    case nameTaken(String)
    case invalidName(String)
    case noSuchUser(String)
    /// The first-run form was used after an account already exists.
    case alreadySetUp
    /// The last administrator cannot be demoted or disabled: nobody could manage people then.
    case lastAdministrator

    public var description: String {
        switch self {
        case .nameTaken(let name): "the name \(name) is already taken"
        case .invalidName(let name): "invalid user name \"\(name)\": use 1–64 ASCII letters, digits, '.', '-' or '_'"
        case .noSuchUser(let name): "no user named \(name)"
        case .alreadySetUp: "the newsroom already has accounts"
        case .lastAdministrator: "the last active administrator cannot lose that role or be disabled"
        }
    }
}
