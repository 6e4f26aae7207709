import Foundation

/// A stable numeric identity of a newsroom account.
public struct UserID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { self.rawValue = value }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A person who signs in to the newsroom.
public struct User: Sendable, Equatable, Identifiable {
    public var id: UserID
    /// The sign-in name: ASCII letters, digits, dot, dash and underscore, compared without case.
    public var name: String
    /// The name shown to colleagues and, by default, in bylines.
    public var displayName: String
    public var role: Role
    /// A disabled account cannot sign in, and its sessions and tokens stop working at once.
    public var isDisabled: Bool
    public var createdAt: Date
    /// Whether readers see an author page (`/author/{name}`) and bylines link to it.
    public var hasPublicProfile: Bool
    /// A line or two about the author for that page.
    public var bio: String?

    public init(
        id: UserID, name: String, displayName: String, role: Role, isDisabled: Bool = false, createdAt: Date,
        hasPublicProfile: Bool = false, bio: String? = nil
    ) {
        self.hasPublicProfile = hasPublicProfile
        self.bio = bio
        self.id = id
        self.name = name
        self.displayName = displayName
        self.role = role
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }

    /// Whether readers may see this author's page: a public profile of an account still in use.
    public var isPublicAuthor: Bool { hasPublicProfile && !isDisabled }

    /// The author page's address segment: the sign-in name, lowercased (names compare without case).
    public var authorSlug: String { name.lowercased() }

    /// Whether `name` is acceptable as a sign-in name.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)) }
    }
}
