import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticlePageReading {
    /// The parts in one read, `finish` run in it on the reader's thread: a cache miss's render
    /// then starts where the read ends, where it waited for the read's answer to reach an event
    /// loop and for its own job to reach a worker.
    public func articlePage<T: Sendable>(
        id: ArticleID, related limit: Int, now: Date, finish: @escaping @Sendable (ArticlePageParts?) throws -> T
    ) async throws -> T {
        try await pool.read({ db in try self.articlePage(id: id, related: limit, now: now, in: db) }, then: finish)
    }

    /// The parts, inside a read.
    private func articlePage(id: ArticleID, related limit: Int, now: Date, in db: Database) throws -> ArticlePageParts? {
        guard let article = try Self.article(id: id.rawValue, in: db) else { return nil }
        var media: [MediaID: MediaItem] = [:]
        for id in article.mediaIDs { media[id] = try Self.media(id: id, in: db) }
        let author = try article.author.flatMap { try Self.user(id: $0, in: db) }
        return ArticlePageParts(
            onPage: try onPage(article, related: limit, now: now, in: db), media: media, author: author?.isPublicAuthor == true ? author : nil)
    }
}
