import Foundation
import NashirDomain

extension PageRenderer {
    /// Stories shown under an article.
    static let relatedCount = 4

    /// Related stories (those sharing most tags first, then ones the headline's words find)
    /// and the section's previous and next story.
    func neighbours(of article: Article) async throws -> ArticleNeighbours {
        let now = clock.now()
        var neighbours = ArticleNeighbours()
        neighbours.related = try await store.sharingTags(with: article.id, limit: Self.relatedCount, now: now)
        if neighbours.related.count < Self.relatedCount {
            neighbours.related += try await alsoAbout(article, excluding: Set(neighbours.related.map(\.id) + [article.id]), now: now)
        }
        guard let published = article.content.publishedAt else { return neighbours }
        let section = article.content.section.slug
        neighbours.previous = try await store.list(ArticleQuery(sectionSlug: section, publishedBefore: published, limit: 1, countsTotal: false), now: now).items.first
        // A millisecond later: the store keeps milliseconds, and the story itself must not be its own next.
        let newer = try await store.list(
            ArticleQuery(sectionSlug: section, publishedFrom: published.addingTimeInterval(0.001), order: .publicationOldestFirst, limit: 1, countsTotal: false), now: now)
        neighbours.next = newer.items.first
        neighbours.changesAt = newer.items.isEmpty ? newer.nextPublication : nil
        return neighbours
    }

    /// Stories the headline's words find, best first: related by subject when tags say nothing.
    private func alsoAbout(_ article: Article, excluding: Set<ArticleID>, now: Date) async throws -> [ArticleSummary] {
        try await store.alsoAbout(article.content.headline, excluding: excluding, limit: Self.relatedCount - (excluding.count - 1), now: now)
    }
}
