import Foundation

/// The lightweight view of an article that lists (home, section, tag pages) need.
public struct ArticleSummary: Sendable, Equatable, Identifiable {
    public var id: ArticleID
    public var slug: String
    public var section: Section
    public var headline: String
    public var highlight: String?
    public var publishedAt: Date?
    /// For the newsroom's lists: where the story stands, when it last changed, whose it is.
    public var status: ArticleStatus
    public var updatedAt: Date?
    public var author: UserID?
    public var revision: Int
    /// Flagged as breaking news.
    public var urgent: Bool

    public init(
        id: ArticleID, slug: String, section: Section, headline: String, highlight: String?, publishedAt: Date?,
        status: ArticleStatus = .published, updatedAt: Date? = nil, author: UserID? = nil, revision: Int = 1, urgent: Bool = false
    ) {
        self.urgent = urgent
        self.id = id
        self.slug = slug
        self.section = section
        self.headline = headline
        self.highlight = highlight
        self.publishedAt = publishedAt
        self.status = status
        self.updatedAt = updatedAt
        self.author = author
        self.revision = revision
    }
}

extension ArticleSummary {
    /// The summary a list would show for `article`.
    public init(_ article: Article) {
        let content = article.content
        self.init(
            id: article.id, slug: content.slug, section: content.section, headline: content.headline,
            highlight: content.summary ?? content.highlights.first, publishedAt: content.publishedAt, status: content.status,
            updatedAt: article.updatedAt, author: article.author, revision: article.revision, urgent: content.urgent)
    }
}

/// The order of a list: readers see the newest publication first, the newsroom the newest change.
public enum ArticleOrder: Sendable, Equatable {
    case publication
    /// The story published next after a given moment: an article page's «التالي».
    case publicationOldestFirst
    case lastChange
}

/// Which articles a list shows, newest first; readers get published ones only.
public struct ArticleQuery: Sendable, Equatable {
    public var sectionSlug: String?
    public var tagSlug: String?
    public var publishedOnly: Bool
    /// Newsroom filters: nil means any.
    public var statuses: Set<ArticleStatus>?
    public var author: UserID?
    /// Last changed at or after / before, for the newsroom's date filter.
    public var changedFrom: Date?
    public var changedBefore: Date?
    /// Only stories flagged urgent: the front page's «عاجل» bar.
    public var urgentOnly = false
    /// Published at or after / before: date archives and the monthly sitemaps.
    public var publishedFrom: Date?
    public var publishedBefore: Date?
    public var order: ArticleOrder
    public var limit: Int
    public var offset: Int
    /// False when the list's `total` is not wanted (a neighbour, a feed): counting a long
    /// section costs more than reading its page.
    public var countsTotal: Bool

    public init(
        sectionSlug: String? = nil, tagSlug: String? = nil, publishedOnly: Bool = true, statuses: Set<ArticleStatus>? = nil,
        author: UserID? = nil, changedFrom: Date? = nil, changedBefore: Date? = nil, publishedFrom: Date? = nil, publishedBefore: Date? = nil,
        order: ArticleOrder = .publication, limit: Int = 20, offset: Int = 0, countsTotal: Bool = true
    ) {
        self.countsTotal = countsTotal
        self.publishedFrom = publishedFrom
        self.publishedBefore = publishedBefore
        self.sectionSlug = sectionSlug
        self.tagSlug = tagSlug
        self.publishedOnly = publishedOnly
        self.statuses = statuses
        self.author = author
        self.changedFrom = changedFrom
        self.changedBefore = changedBefore
        self.order = order
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

/// A month with published stories: one sitemap of the index, one page of the archive.
public struct PublicationMonth: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var articles: Int
    /// The latest change to any of its stories.
    public var lastModified: Date

    public init(year: Int, month: Int, articles: Int, lastModified: Date) {
        self.year = year
        self.month = month
        self.articles = articles
        self.lastModified = lastModified
    }
}
