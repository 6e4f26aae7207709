import Foundation

/// An article as its public page needs it: the story, and what the page shows around it when
/// the story is live (`ArticleWorkflow.publication`); a draft's or a scheduled story's page
/// shows nothing around it.
public struct ArticleOnPage: Sendable, Equatable {
    public var article: Article
    /// Nil unless the story is live.
    public var neighbours: ArticleNeighbours?

    public init(article: Article, neighbours: ArticleNeighbours?) {
        self.article = article
        self.neighbours = neighbours
    }

    /// Whether `article` has neighbours to show at `now`.
    public static func showsNeighbours(_ article: Article, at now: Date) -> Bool {
        if case .live = ArticleWorkflow.publication(of: article, at: now) { return true }
        return false
    }
}

extension ArticleReading {
    public func articleOnPage(id: ArticleID, related limit: Int, now: Date) async throws -> ArticleOnPage? {
        try await composedArticleOnPage(id: id, related: limit, now: now)
    }

    /// The article, then its neighbours, from the store's separate reads. What a store's own
    /// `articleOnPage` must answer.
    public func composedArticleOnPage(id: ArticleID, related limit: Int, now: Date) async throws -> ArticleOnPage? {
        guard let article = try await article(id: id) else { return nil }
        guard ArticleOnPage.showsNeighbours(article, at: now) else { return ArticleOnPage(article: article, neighbours: nil) }
        return ArticleOnPage(article: article, neighbours: try await neighbours(of: article, related: limit, now: now))
    }
}
