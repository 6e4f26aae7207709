import Foundation
import NashirDomain
import NashirRoutes

/// What an article page shows around the story: related stories and the previous and next
/// story of its section, read when the page renders and cached with it.
struct ArticleNeighbours: Sendable {
    var related: [ArticleSummary] = []
    /// The section's story published just before this one, and just after.
    var previous: ArticleSummary?
    var next: ArticleSummary?
    /// When a scheduled story will become this one's «next» by itself.
    var changesAt: Date?

    /// The content tags the neighbours add to the page's: a story joining, leaving or moving in
    /// the section's or a tag's order can change them, and so can an edit to a story shown;
    /// a correction to another story of the section cannot.
    func tags(of article: Article) -> Set<ContentTag> {
        var tags: Set<ContentTag> = [.sectionOrder(article.content.section.slug)]
        tags.formUnion(article.content.tags.map { .tagOrder($0.slug) })
        tags.formUnion((related + [previous, next].compactMap { $0 }).map { .article($0.id) })
        return tags
    }
}
