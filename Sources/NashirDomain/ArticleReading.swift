import Foundation

/// Reading stored articles, sections and tags, as the site and the newsroom see them.
public protocol ArticleReading: Sendable {
    /// One article by id, whatever its status.
    func article(id: ArticleID) async throws -> Article?
    /// One article by its origin, whatever its status.
    func article(origin: ArticleOrigin) async throws -> Article?
    /// A page of summaries newest first by publication time, with the list's total, in one read.
    func list(_ query: ArticleQuery, now: Date) async throws -> ArticleList
    /// The months (UTC) that have stories published by `now`, newest first.
    func publicationMonths(now: Date) async throws -> [PublicationMonth]
    func section(slug: String) async throws -> Section?
    /// Every section, in the order they were first used.
    func sections() async throws -> [Section]
    func tag(slug: String) async throws -> Tag?
    /// Tags whose name or slug starts with `prefix` ("" for all), most used first, for type-ahead.
    func tags(startingWith prefix: String, limit: Int) async throws -> [TagUse]
    /// Published stories sharing tags with article `id`, those sharing most first, then newest.
    func sharingTags(with id: ArticleID, limit: Int, now: Date) async throws -> [ArticleSummary]
    /// What `article`'s page shows around it: up to `related` stories sharing most tags, then
    /// ones its headline's words find (`alsoAbout`), and its section's previous and next story.
    /// A store that can read them together overrides the composed default.
    func neighbours(of article: Article, related: Int, now: Date) async throws -> ArticleNeighbours
    /// Article `id` with its neighbours (`neighbours(of:related:now:)`) when it is live: what its
    /// page reads on a cache miss. A store that can read them together overrides the composed default.
    func articleOnPage(id: ArticleID, related: Int, now: Date) async throws -> ArticleOnPage?
    /// Tags that published stories carry, with how many, most used first: what readers can reach.
    func publishedTags(now: Date, limit: Int) async throws -> [TagUse]
    /// Every article in id order, handed over in batches so exports run in constant memory.
    func forEachArticle(batchSize: Int, _ body: @Sendable ([Article]) throws -> Void) async throws
}

/// A tag with how many stories carry it.
public struct TagUse: Sendable, Equatable {
    public var tag: Tag
    public var articles: Int

    public init(tag: Tag, articles: Int) {
        self.tag = tag
        self.articles = articles
    }
}
