import ArabicText
import Foundation
import HTTPTypes
import NashirDomain
import NashirRoutes
import NIOCore

/// Builds the reader site's pages from the store through the theme, each with the content
/// tags of what it shows and the moment it expires by itself; the controllers turn them into
/// HTTP responses.
struct PageRenderer: Sendable {
    let store: any SiteStore
    let theme: Theme
    let baseURL: String
    let assetVersion: String
    let clock: TimeSource
    var renderObserver: (@Sendable (String) -> Void)?
    static let pageSize = 20

    func context() async throws -> RenderContext {
        RenderContext(
            settings: try await store.siteSettings(), sections: try await store.sections(),
            assetVersion: assetVersion, baseURL: baseURL, now: clock.now())
    }

    /// The page a cacheable route shows; not found for anything else.
    func render(_ route: SiteRoute) async throws -> PageCache.Entry {
        renderObserver?(route.path)
        switch route {
        case .home(let page):
            return try await list(heading: "آخر الأخبار", query: ArticleQuery(), route: route, page: page, tags: [.latest], isHome: true)
        case .article(let id, let slug):
            return try await article(id: id, slug: slug)
        case .section(let slug, let page):
            guard let section = try await store.section(slug: slug) else { return .init(page: .notFound, tags: [.section(slug)]) }
            return try await list(heading: section.name, query: ArticleQuery(sectionSlug: slug), route: route, page: page, tags: [.section(slug)])
        case .tag(let slug, let page):
            guard let tag = try await store.tag(slug: slug) else { return .init(page: .notFound, tags: [.tag(slug)]) }
            return try await list(heading: tag.name, query: ArticleQuery(tagSlug: slug), route: route, page: page, tags: [.tag(slug)])
        case .search, .searchAPI, .suggestAPI, .asset:
            return .init(page: .notFound, tags: [])
        }
    }

    /// The article page, a redirect to its canonical path, or not found for drafts and unknown
    /// ids; a scheduled article's not-found expires at its publication time.
    func article(id: ArticleID, slug: String?) async throws -> PageCache.Entry {
        let tags: Set<ContentTag> = [.article(id)]
        guard let article = try await store.article(id: id) else { return .init(page: .notFound, tags: tags) }
        switch ArticleWorkflow.publication(of: article, at: clock.now()) {
        case .unpublished:
            return .init(page: .notFound, tags: tags)
        case .scheduled(let time):
            return .init(page: .notFound, tags: tags, expiresAt: time)
        case .live:
            if slug != article.content.slug { return .init(page: .redirect(SiteRoute.of(article).path), tags: tags) }
            return .init(page: try await html(ArticlePage(article: article, context: try await context()), template: "article"), tags: tags)
        }
    }

    /// A list of published articles: the home page, or a section's or a tag's page.
    /// The home page is titled by the site name alone.
    private func list(
        heading: String, query: ArticleQuery, route: SiteRoute, page: Int, tags: Set<ContentTag>, isHome: Bool = false
    ) async throws -> PageCache.Entry {
        var query = query
        query.limit = Self.pageSize
        query.offset = (page - 1) * Self.pageSize
        let found = try await store.list(query, now: clock.now())
        if page > 1 && found.items.isEmpty { return .init(page: .notFound, tags: tags, expiresAt: found.nextPublication) }
        let context = try await context()
        let model = ListPage(
            heading: heading,
            title: isHome ? context.chrome.name : "\(heading) – \(context.chrome.name)", summaries: found.items, page: page,
            total: found.total, pageSize: Self.pageSize, route: route, context: context)
        return .init(page: try await html(model, template: "list"), tags: tags, expiresAt: found.nextPublication)
    }

    /// The search page: the form, and for a query the results, their count and pagination.
    func search(_ parameters: SearchParameters) async throws -> PageCache.Page {
        let context = try await context()
        let request = parameters.searchRequest(timeZone: context.timeZone, limit: Self.pageSize, offset: (parameters.page - 1) * Self.pageSize)
        let searchable = !SearchQuery(parsing: request.text).isEmpty
        let results = searchable ? try await store.search(request, now: clock.now()) : .empty
        if parameters.page > 1 && results.hits.isEmpty { return .notFound }
        let model = SearchPage(
            parameters: parameters, results: results, searched: searchable, pageSize: Self.pageSize,
            sections: try await store.sections(), context: context)
        return try await html(model, template: "search")
    }

    /// «103 نتائج», with the site's digits and the plural form CLDR's Arabic rules give the count.
    static func resultCount(_ count: Int, context: RenderContext) -> String {
        ArabicPlural.Forms.results.render(count, digits: context.digits)
    }

    func notFound() async throws -> ByteBuffer {
        let theme = theme
        let model = NotFoundPage(context: try await context())
        return ByteBuffer(string: await CPUWork.run { theme.render(model, template: "not-found") })
    }

    /// Renders off the event loop: a template run is the costliest step of a cache miss, and
    /// the loop meanwhile keeps answering cached pages.
    private func html<Model: Sendable>(_ model: Model, template: String) async throws -> PageCache.Page {
        let theme = theme
        return await CPUWork.run {
            let body = theme.render(model, template: template)
            let buffer = ByteBuffer(string: body)
            let etag = "\"\(Self.fnv1a(body))\""
            return .html(buffer, etag: etag, headers: PageResponse.headers(etag: etag, length: buffer.readableBytes))
        }
    }

    /// FNV-1a: stable across processes, so instances rendering the same content give the
    /// same ETag (as long as their assets are the same).
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 36)
    }
}
