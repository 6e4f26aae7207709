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
        // The section's previous and next are read while the related stories are looked for.
        async let related = related(to: article, now: now)
        if let published = article.content.publishedAt {
            let section = article.content.section.slug
            async let previous = store.list(ArticleQuery(sectionSlug: section, publishedBefore: published, limit: 1, countsTotal: false), now: now)
            // A millisecond later: the store keeps milliseconds, and the story itself must not be its own next.
            async let newer = store.list(
                ArticleQuery(sectionSlug: section, publishedFrom: published.addingTimeInterval(0.001), order: .publicationOldestFirst, limit: 1, countsTotal: false), now: now)
            neighbours.previous = try await previous.items.first
            let next = try await newer
            neighbours.next = next.items.first
            neighbours.changesAt = next.items.isEmpty ? next.nextPublication : nil
        }
        neighbours.related = try await related
        return neighbours
    }

    /// Stories sharing most tags first, then ones the headline's words find.
    private func related(to article: Article, now: Date) async throws -> [ArticleSummary] {
        var related = try await store.sharingTags(with: article.id, limit: Self.relatedCount, now: now)
        if related.count < Self.relatedCount {
            related += try await alsoAbout(article, excluding: Set(related.map(\.id) + [article.id]), now: now)
        }
        return related
    }

    /// Stories the headline's words find, best first: related by subject when tags say nothing.
    private func alsoAbout(_ article: Article, excluding: Set<ArticleID>, now: Date) async throws -> [ArticleSummary] {
        try await store.alsoAbout(article.content.headline, excluding: excluding, limit: Self.relatedCount - (excluding.count - 1), now: now)
    }
}
