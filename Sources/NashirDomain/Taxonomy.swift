/// A section of the site (أخبار عربية, رياضة, …): a name readers see and a slug for its URL.
public struct Section: Sendable, Equatable, Hashable, Codable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

/// A tag (a person, place or topic) linking articles across sections.
public struct Tag: Sendable, Equatable, Hashable, Codable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

extension ArticleContent {
    /// The tags with each slug once, the first name kept: two names may make one slug
    /// («Libya», «libya»), and a page may list a tag twice; an article links a tag once.
    public var distinctTags: [Tag] {
        var seen = Set<String>()
        return tags.filter { seen.insert($0.slug).inserted }
    }
}
