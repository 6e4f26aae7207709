import NashirDomain

/// A picture or file an import found but did not copy: the media desk fetches it later.
public struct ImportedMedia: Sendable, Equatable {
    /// How the source used it.
    public enum Role: String, Sendable, Codable {
        /// The story's featured picture (also kept as its `leadImageURL`).
        case lead
        /// A picture inside the story's text, left out of its blocks.
        case inline
        /// Part of a gallery or player shortcode, left out of the text.
        case gallery
        /// A file in the source's media library.
        case attachment
    }

    public var url: String
    public var role: Role
    /// The story it belongs to, when one does.
    public var article: ArticleOrigin?
    public var caption: String?
    /// Where it was found.
    public var position: SourcePosition

    public init(url: String, role: Role, article: ArticleOrigin? = nil, caption: String? = nil, position: SourcePosition) {
        self.url = url
        self.role = role
        self.article = article
        self.caption = caption
        self.position = position
    }
}

/// A person a source names as a writer, for creating newsroom accounts when asked.
public struct ImportedPerson: Sendable, Equatable {
    /// The source's sign-in name, e.g. a WordPress login.
    public var login: String
    public var displayName: String
    public var email: String?

    public init(login: String, displayName: String, email: String? = nil) {
        self.login = login
        self.displayName = displayName
        self.email = email
    }
}
