import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticlePageReading {
    /// The parts in two reads that run side by side when the headline's words have stories to
    /// find: that full-text look-up, the longest part of a cache miss's reading, stays on the
    /// first reader, and the rest of the parts are read and prepared on a second. Whichever ends
    /// second runs `finish` on its reader's thread, so the page's render waits for no further
    /// hand-over between threads, and the hand-over to the second reader is off the look-up's path.
    public func articlePage<Prepared: Sendable, T: Sendable>(
        id: ArticleID, related limit: Int, now: Date,
        prepare: @escaping @Sendable (ArticlePageParts?) throws -> Prepared,
        finish: @escaping @Sendable (Prepared, ArticlePageParts?) throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let meeting = PageMeeting(finish: finish, continuation: continuation)
            // Prepares `parts`, whole but for the words' stories, and hands them over.
            let prepared: @Sendable (Result<ArticlePageParts?, any Error>, Bool) -> Void = { read, alone in
                do {
                    let parts = try read.get()
                    meeting.prepared(try prepare(parts?.withoutRelated), parts, alone: alone)
                } catch {
                    meeting.failed(error)
                }
            }
            pool.asyncRead({ db -> FirstRead in
                guard let article = try Self.article(id: id.rawValue, in: db) else { return .whole(nil) }
                guard ArticleOnPage.showsNeighbours(article, at: now) else { return .whole(try self.pageParts(article, neighbours: nil, now: now, in: db)) }
                let (tagged, wanted) = try Self.taggedNeighbours(of: article, related: limit, now: now, in: db)
                guard let wanted else { return .whole(try self.pageParts(article, neighbours: tagged, now: now, in: db)) }
                self.pool.asyncRead({ db in try self.pageParts(article, neighbours: tagged, now: now, in: db) }, then: { prepared($0, false) })
                return .words(try self.alsoAbout(
                    Self.relatedTerms(article.content.headline), excluding: wanted.excluding, limit: wanted.limit, now: now,
                    wordLimit: Self.relatedWordLimit, in: db))
            }, then: { read in
                switch read {
                case .success(.whole(let parts)): prepared(.success(parts), true)
                case .success(.words(let words)): meeting.found(.success(words))
                case .failure(let error): meeting.failed(error)
                }
            })
        }
    }

    /// What an article page's first read ends with: the parts whole, or, when the rest of them
    /// went to a second reader, the stories the headline's words find.
    private enum FirstRead {
        case whole(ArticlePageParts?)
        case words([ArticleSummary])
    }

    /// `article`'s parts, inside a read, from its `neighbours` so far (nil when it shows none):
    /// the section's previous and next story added, and its uploads and public author.
    private func pageParts(_ article: Article, neighbours: ArticleNeighbours?, now: Date, in db: Database) throws -> ArticlePageParts {
        var neighbours = neighbours
        if neighbours != nil { try Self.addSection(of: article, to: &neighbours!, now: now, in: db) }
        var media: [MediaID: MediaItem] = [:]
        for id in article.mediaIDs { media[id] = try Self.media(id: id, in: db) }
        let author = try article.author.flatMap { try Self.user(id: $0, in: db) }
        return ArticlePageParts(
            onPage: ArticleOnPage(article: article, neighbours: neighbours), media: media, author: author?.isPublicAuthor == true ? author : nil)
    }
}
