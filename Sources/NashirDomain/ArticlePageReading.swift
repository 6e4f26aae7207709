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
    /// Article `id`'s page parts (nil for no such article) worked on in two steps where the store
    /// read them: `prepare` gets them before the related stories are known (its parts' `related`
    /// is empty), so a store may look for those beside it; `finish` gets what `prepare` made and
    /// the parts whole, and its answer is the call's. A store that reads the parts itself runs
    /// both on its readers' threads, the page's render waiting for no further hand-over; others
    /// run them off the caller's thread. Neither may call the store.
    func articlePage<Prepared: Sendable, T: Sendable>(
        id: ArticleID, related: Int, now: Date,
        prepare: @escaping @Sendable (ArticlePageParts?) throws -> Prepared,
        finish: @escaping @Sendable (Prepared, ArticlePageParts?) throws -> T
    ) async throws -> T
}

extension ArticlePageReading {
    /// The parts handed whole to `finish`, with nothing to prepare.
    public func articlePage<T: Sendable>(
        id: ArticleID, related: Int, now: Date, finish: @escaping @Sendable (ArticlePageParts?) throws -> T
    ) async throws -> T {
        try await articlePage(id: id, related: related, now: now, prepare: { _ in () }, finish: { _, parts in try finish(parts) })
    }
}

extension ArticlePageReading where Self: ArticleReading & MediaStore & AccountStore {
    public func articlePage<Prepared: Sendable, T: Sendable>(
        id: ArticleID, related: Int, now: Date,
        prepare: @escaping @Sendable (ArticlePageParts?) throws -> Prepared,
        finish: @escaping @Sendable (Prepared, ArticlePageParts?) throws -> T
    ) async throws -> T {
        let parts = try await composedArticlePage(id: id, related: related, now: now)
        return try await CPUWork.run { try finish(try prepare(parts?.withoutRelated), parts) }
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

extension ArticlePageParts {
    /// The parts as `prepare` gets them: no related stories yet.
    public var withoutRelated: ArticlePageParts {
        var parts = self
        parts.onPage.neighbours?.related = []
        return parts
    }
}

extension Article {
    /// The uploads the article's page shows: the lead image and the body's images.
    public var mediaIDs: Set<MediaID> {
        Set([content.leadImage].compactMap { $0 } + content.body.compactMap { if case .image(let id, _) = $0 { id } else { nil } })
    }
}
