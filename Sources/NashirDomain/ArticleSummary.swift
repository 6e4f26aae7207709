import Foundation

/// The lightweight view of an article that lists (home, section, tag pages) need.
public struct ArticleSummary: Sendable, Equatable, Identifiable {
    public var id: ArticleID
    public var slug: String
    public var section: Section
    public var headline: String
    public var highlight: String?
    public var publishedAt: Date?

    public init(id: ArticleID, slug: String, section: Section, headline: String, highlight: String?, publishedAt: Date?) {
        self.id = id
        self.slug = slug
        self.section = section
        self.headline = headline
        self.highlight = highlight
        self.publishedAt = publishedAt
    }
}

/// Which articles a list shows, newest first; readers get published ones only.
public struct ArticleQuery: Sendable, Equatable {
    public var sectionSlug: String?
    public var tagSlug: String?
    public var publishedOnly: Bool
    public var limit: Int
    public var offset: Int

    public init(sectionSlug: String? = nil, tagSlug: String? = nil, publishedOnly: Bool = true, limit: Int = 20, offset: Int = 0) {
        self.sectionSlug = sectionSlug
        self.tagSlug = tagSlug
        self.publishedOnly = publishedOnly
        self.limit = limit
        self.offset = offset
    }
}

/// One page of a list, read in one go with everything a page needs about the whole list.
public struct ArticleList: Sendable, Equatable {
    public var items: [ArticleSummary]
    /// How many articles the query matches, ignoring its limit and offset.
    public var total: Int
    /// The earliest scheduled publication the list is waiting for: when it comes, the list
    /// changes without anyone saving anything. Nil for lists that show drafts too.
    public var nextPublication: Date?

    public init(items: [ArticleSummary], total: Int, nextPublication: Date? = nil) {
        self.items = items
        self.total = total
        self.nextPublication = nextPublication
    }
}
