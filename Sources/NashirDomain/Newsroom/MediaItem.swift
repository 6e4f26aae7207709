import Foundation

/// A stable numeric identity of an uploaded image.
public struct MediaID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { self.rawValue = value }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One file made from an upload: a width for `srcset`, or the social crop.
public struct MediaRendition: Sendable, Equatable, Codable {
    /// Inside the media folder, e.g. `2026/12/3f2a…-800.webp`.
    public var path: String
    public var width: Int
    public var height: Int
    public var mediaType: String
    /// `responsive` for the widths a page chooses from, `social` for the 1200×630 share crop.
    public var role: String

    public init(path: String, width: Int, height: Int, mediaType: String, role: String) {
        self.path = path
        self.width = width
        self.height = height
        self.mediaType = mediaType
        self.role = role
    }
}

/// An uploaded image with what the newsroom says about it; alt text is required.
public struct MediaItem: Sendable, Equatable, Identifiable {
    public var id: MediaID
    public var width: Int
    public var height: Int
    public var alt: String
    public var caption: String?
    public var credit: String?
    public var renditions: [MediaRendition]
    public var uploadedBy: UserID?
    public var uploadedAt: Date

    public init(
        id: MediaID, width: Int, height: Int, alt: String, caption: String?, credit: String?, renditions: [MediaRendition],
        uploadedBy: UserID?, uploadedAt: Date
    ) {
        self.id = id
        self.width = width
        self.height = height
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.renditions = renditions
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }

    /// The widths pages choose from, narrowest first.
    public var responsive: [MediaRendition] { renditions.filter { $0.role == "responsive" }.sorted { $0.width < $1.width } }
    /// The 1200×630 crop for Open Graph.
    public var social: MediaRendition? { renditions.first { $0.role == "social" } }
}

/// Uploaded images.
public protocol MediaStore: Sendable {
    /// Records an image whose files are already written; returns it with its id.
    func addMedia(width: Int, height: Int, alt: String, caption: String?, credit: String?, renditions: [MediaRendition], by: UserID?, at: Date) async throws -> MediaItem
    func media(id: MediaID) async throws -> MediaItem?
    /// The newest uploads first.
    func recentMedia(limit: Int) async throws -> [MediaItem]
}
