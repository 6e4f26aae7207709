import Foundation
import NashirDomain

extension PageRenderer {
    /// Stories shown under an article.
    static let relatedCount = 4

    /// Related stories and the section's previous and next story.
    func neighbours(of article: Article) async throws -> ArticleNeighbours {
        try await store.neighbours(of: article, related: Self.relatedCount, now: clock.now())
    }
}
