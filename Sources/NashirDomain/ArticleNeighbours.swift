import Foundation

/// What an article page shows around the story: related stories and the previous and next
/// story of its section, read when the page renders and cached with it.
public struct ArticleNeighbours: Sendable, Equatable {
    public var related: [ArticleSummary]
    /// The section's story published just before this one, and just after.
    public var previous: ArticleSummary?
    public var next: ArticleSummary?
    /// When a scheduled story will become this one's «next» by itself.
    public var changesAt: Date?

    public init(related: [ArticleSummary] = [], previous: ArticleSummary? = nil, next: ArticleSummary? = nil, changesAt: Date? = nil) {
        self.related = related
        self.previous = previous
        self.next = next
        self.changesAt = changesAt
    }

    /// The content tags the neighbours add to the page's: a story joining, leaving or moving in
    /// the section's or a tag's order can change them, and so can an edit to a story shown;
    /// a correction to another story of the section cannot.
    public func tags(of article: Article) -> Set<ContentTag> {
        var tags: Set<ContentTag> = [.sectionOrder(article.content.section.slug)]
        tags.formUnion(article.content.tags.map { .tagOrder($0.slug) })
        tags.formUnion((related + [previous, next].compactMap { $0 }).map { .article($0.id) })
        return tags
    }

    /// The section's previous and next story, from the lists `ArticleQuery.previous` and
    /// `ArticleQuery.next` read; with no next yet, when a scheduled story will become it.
    public mutating func setSection(previous: ArticleList, next: ArticleList) {
        self.previous = previous.items.first
        self.next = next.items.first
        changesAt = next.items.isEmpty ? next.nextPublication : nil
    }

    /// What the headline's words may add after the stories sharing tags: how many more, and
    /// which stories not to repeat (those, and the story itself); nil when the tags filled all.
    public static func wordsWanted(after tagged: [ArticleSummary], of article: Article, limit: Int) -> (limit: Int, excluding: Set<ArticleID>)? {
        guard tagged.count < limit else { return nil }
        return (limit - tagged.count, Set(tagged.map(\.id) + [article.id]))
    }
}

extension ArticleQuery {
    /// The story of `article`'s section published just before it.
    public static func previous(inSectionOf article: Article, published: Date) -> ArticleQuery {
        ArticleQuery(sectionSlug: article.content.section.slug, publishedBefore: published, limit: 1, countsTotal: false)
    }

    /// The story of `article`'s section published just after it: from a millisecond later, as
    /// the stores keep milliseconds and the story must not be its own next.
    public static func next(inSectionOf article: Article, published: Date) -> ArticleQuery {
        ArticleQuery(
            sectionSlug: article.content.section.slug, publishedFrom: published.addingTimeInterval(0.001),
            order: .publicationOldestFirst, limit: 1, countsTotal: false)
    }
}

extension ArticleReading where Self: ArticleSearch {
    public func neighbours(of article: Article, related limit: Int, now: Date) async throws -> ArticleNeighbours {
        try await composedNeighbours(of: article, related: limit, now: now)
    }

    /// The neighbours from the store's separate reads, side by side: stories sharing most tags
    /// first, then ones the headline's words find, and the section's previous and next. What
    /// a store's own `neighbours` must answer.
    public func composedNeighbours(of article: Article, related limit: Int, now: Date) async throws -> ArticleNeighbours {
        async let related = relatedStories(to: article, limit: limit, now: now)
        var neighbours = ArticleNeighbours()
        if let published = article.content.publishedAt {
            async let previous = list(.previous(inSectionOf: article, published: published), now: now)
            async let next = list(.next(inSectionOf: article, published: published), now: now)
            neighbours.setSection(previous: try await previous, next: try await next)
        }
        neighbours.related = try await related
        return neighbours
    }

    private func relatedStories(to article: Article, limit: Int, now: Date) async throws -> [ArticleSummary] {
        let tagged = try await sharingTags(with: article.id, limit: limit, now: now)
        guard let wanted = ArticleNeighbours.wordsWanted(after: tagged, of: article, limit: limit) else { return tagged }
        return tagged + (try await alsoAbout(article.content.headline, excluding: wanted.excluding, limit: wanted.limit, now: now))
    }
}
