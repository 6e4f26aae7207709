import Foundation

/// What an article's public page shows, read together: the article with its neighbours, the
/// uploads it shows and its author when the author's profile is public.
public struct ArticlePageParts: Sendable, Equatable {
    public var onPage: ArticleOnPage
    public var media: [MediaID: MediaItem]
    /// Nil unless the article has an author with a public profile.
    public var author: User?

    public init(onPage: ArticleOnPage, media: [MediaID: MediaItem] = [:], author: User? = nil) {
        self.onPage = onPage
        self.media = media
        self.author = author
    }
}

/// Reading an article page's parts and working on them where they were read.
public protocol ArticlePageReading: Sendable {
    /// Article `id`'s page parts (nil for no such article) handed to `finish` where the store
    /// read them. A store that reads them in one read runs `finish` inside it, on the reader's
    /// thread, so the CPU work that follows (the page's render) waits for no further hand-over
    /// between threads; others run it off the caller's thread. `finish` must not call the store.
    func articlePage<T: Sendable>(
        id: ArticleID, related: Int, now: Date, finish: @escaping @Sendable (ArticlePageParts?) throws -> T
    ) async throws -> T
}

extension ArticlePageReading where Self: ArticleReading & MediaStore & AccountStore {
    public func articlePage<T: Sendable>(
        id: ArticleID, related: Int, now: Date, finish: @escaping @Sendable (ArticlePageParts?) throws -> T
    ) async throws -> T {
        let parts = try await composedArticlePage(id: id, related: related, now: now)
        return try await CPUWork.run { try finish(parts) }
    }

    /// The parts from the store's separate reads. What a store's own `articlePage` must hand over.
    public func composedArticlePage(id: ArticleID, related: Int, now: Date) async throws -> ArticlePageParts? {
        guard let onPage = try await articleOnPage(id: id, related: related, now: now) else { return nil }
        var media: [MediaID: MediaItem] = [:]
        for id in onPage.article.mediaIDs { media[id] = try await self.media(id: id) }
        var author: User?
        if let id = onPage.article.author, let user = try await user(id: id), user.isPublicAuthor { author = user }
        return ArticlePageParts(onPage: onPage, media: media, author: author)
    }
}

extension Article {
    /// The uploads the article's page shows: the lead image and the body's images.
    public var mediaIDs: Set<MediaID> {
        Set([content.leadImage].compactMap { $0 } + content.body.compactMap { if case .image(let id, _) = $0 { id } else { nil } })
    }
}
