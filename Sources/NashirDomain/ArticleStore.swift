import Foundation

/// What saving one article did, so importers can report it.
public enum SaveOutcome: String, Sendable, Codable {
    case created, updated, unchanged
}

/// A saved article and what saving did.
public struct SaveResult: Sendable, Equatable {
    public var article: Article
    public var outcome: SaveOutcome

    public init(article: Article, outcome: SaveOutcome) {
        self.article = article
        self.outcome = outcome
    }
}

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

/// Persistence of articles, sections and tags; SQLite now, PostgreSQL behind the same contract later.
public protocol ArticleStore: Sendable {
    /// Saves drafts in one transaction: all of them are stored, or none is.
    func save(_ drafts: [ArticleDraft]) async throws -> [SaveResult]
    /// One article by id, whatever its status.
    func article(id: ArticleID) async throws -> Article?
    /// One article by its origin, whatever its status.
    func article(origin: ArticleOrigin) async throws -> Article?
    /// Newest first by publication time.
    func summaries(_ query: ArticleQuery, now: Date) async throws -> [ArticleSummary]
    /// How many articles a query matches, ignoring its limit and offset.
    func count(_ query: ArticleQuery, now: Date) async throws -> Int
    func section(slug: String) async throws -> Section?
    func sections() async throws -> [Section]
    func tag(slug: String) async throws -> Tag?
    /// Every article in id order, handed over in batches so exports run in constant memory.
    func forEachArticle(batchSize: Int, _ body: @Sendable ([Article]) throws -> Void) async throws
    /// A number that changes whenever any content changes, from any process; caches key on it.
    func revision() async throws -> Int64
    /// Rebuilds the full-text index from the stored articles, in one transaction.
    func reindex() async throws
}

/// Site-wide settings an editor changes without redeploying.
public protocol SettingsStore: Sendable {
    func siteSettings() async throws -> SiteSettings
    func updateSiteSettings(_ settings: SiteSettings) async throws
}
