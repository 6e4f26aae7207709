/// One encoded picture made from an upload, ready to store and serve.
public struct Rendition: Sendable, Equatable {
    /// What a rendition is for.
    public enum Role: Sendable, Hashable {
        /// A WebP at one of the widths a page offers in `srcset`.
        case responsive
        /// The JPEG crop for Open Graph and Twitter cards.
        case social
    }

    /// What the rendition is for.
    public let role: Role
    /// The encoded file, with no metadata.
    public let bytes: [UInt8]
    /// The width in pixels.
    public let width: Int
    /// The height in pixels.
    public let height: Int
    /// The format of `bytes`.
    public let kind: ImageKind

    /// The Content-Type to serve it with.
    public var mediaType: String { kind.mediaType }

    /// What follows the image's id in a file name: "480.webp", "social.jpg".
    public var suffix: String {
        switch role {
        case .responsive: "\(width).\(kind.fileExtension)"
        case .social: "social.\(kind.fileExtension)"
        }
    }
}

/// Everything made from one upload: its size and kind, and its renditions.
public struct RenditionSet: Sendable, Equatable {
    /// The kind the upload really was.
    public let sourceKind: ImageKind
    /// The upload's width as shown, after EXIF orientation.
    public let width: Int
    /// The upload's height as shown, after EXIF orientation.
    public let height: Int
    /// WebP renditions, narrowest first; never wider than the upload, and at least one.
    public let responsive: [Rendition]
    /// The 1200×630 social crop (smaller, at the same proportions, when the upload is).
    public let social: Rendition

    /// The responsive renditions, then the social one.
    public var all: [Rendition] { responsive + [social] }
}
