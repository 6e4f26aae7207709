import ArabicText
import Foundation
import NashirDomain
import HTTPTypes
import NIOCore

/// Builds the reader site's pages from the store through the theme; knows no HTTP.
struct PageRenderer: Sendable {
    let store: any SiteStore
    let theme: Theme
    let baseURL: String
    static let pageSize = 20

    func context() async throws -> RenderContext {
        RenderContext(
            settings: try await store.siteSettings(), sections: try await store.sections(),
            theme: theme, baseURL: baseURL)
    }

    /// The article page, a redirect to its canonical path, or not found for drafts and unknown ids.
    func article(id: ArticleID, requestedPath: String) async throws -> PageCache.Page {
        guard let article = try await store.article(id: id), article.isVisible(at: Date()) else { return .notFound }
        let canonical = SiteRoute.of(article).path
        if requestedPath != canonical { return .redirect(canonical) }
        return html(ArticlePage(article: article, context: try await context()))
    }

    /// A list of published articles: the home page, or a section's or a tag's page.
    /// The home page is titled by the site name alone and headed in the theme's words.
    func list(heading: String, query: ArticleQuery, page: Int, basePath: String, isHome: Bool = false) async throws -> PageCache.Page {
        let now = Date()
        var query = query
        query.limit = Self.pageSize
        query.offset = (page - 1) * Self.pageSize
        let total = try await store.count(query, now: now)
        if page > 1 && query.offset >= total { return .notFound }
        let summaries = try await store.summaries(query, now: now)
        let context = try await context()
        let heading = isHome ? context.strings.text(.latestNews) : heading
        let model = ListPage(
            heading: heading,
            title: isHome ? context.chrome.name : context.strings.pageTitle(heading, site: context.chrome.name), summaries: summaries,
            page: page, total: total, pageSize: Self.pageSize, basePath: basePath, context: context)
        return html(model)
    }

    /// The search page: the form, and for a query the results, their count and pagination.
    func search(_ parameters: SearchParameters, page: Int) async throws -> PageCache.Page {
        let context = try await context()
        let request = try parameters.request(timeZone: context.timeZone, limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        let searchable = !SearchQuery(parsing: request.text).isEmpty
        let results = searchable ? try await store.search(request, now: Date()) : .empty
        if page > 1 && results.hits.isEmpty { return .notFound }
        let model = SearchPage(
            parameters: parameters, results: results, searched: searchable, page: page, pageSize: Self.pageSize,
            sections: try await store.sections(), context: context)
        return html(model)
    }

    /// «3 نتائج», with the site's digits and the Arabic plural forms a reader expects.
    static func resultCount(_ count: Int, context: RenderContext) -> String {
        // Today's choice of form; ArabicPlural's CLDR categories (where n % 100 decides, so 103
        // is «few») take its place when they land.
        let form: ThemeStrings.PluralForm = switch count {
        case 0: .zero
        case 1: .one
        case 2: .two
        case 3...10: .few
        case 11...99: .many
        default: .other
        }
        return context.strings.resultCount(count, form: form, digits: context.digits)
    }

    /// The theme's 404 page.
    func notFound() async -> ByteBuffer {
        ByteBuffer(string: theme.render(NotFoundPage(context: await errorContext())))
    }

    /// The theme's error page for a status other than 404, with the reason a 4xx gave.
    func errorPage(status: Int, reason: String?) async -> ByteBuffer {
        ByteBuffer(string: theme.render(ErrorPage(status: status, reason: reason, context: await errorContext())))
    }

    /// The context for an error page. The error may be the store's own failure, so without the
    /// store's settings the page still shows, with the default ones and no section links.
    private func errorContext() async -> RenderContext {
        if let context = try? await context() { return context }
        return RenderContext(settings: SiteSettings(), sections: [], theme: theme, baseURL: baseURL)
    }

    private func html(_ model: some PageModel) -> PageCache.Page {
        let body = theme.render(model)
        let buffer = ByteBuffer(string: body)
        let etag = "\"\(Self.fnv1a(body))\""
        return .html(buffer, etag: etag, headers: PageResponse.headers(etag: etag, length: buffer.readableBytes))
    }

    /// FNV-1a: stable across processes, so every instance behind a balancer gives the same ETag.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 36)
    }
}
