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
    let baseURL: BaseURL
    let clock: TimeSource
    var renderObserver: (@Sendable (String) -> Void)?
    /// The page cache's memory of the settings and sections; nil: read them for every render.
    var chrome: SiteChromeMemo?
    static let pageSize = 20

    func context() async throws -> RenderContext {
        let store = store
        let load = { () async throws -> SiteChromeMemo.Chrome in (try await store.siteSettings(), try await store.sections()) }
        let (theme, baseURL, now) = (theme, baseURL, clock.now())
        // Off the event loop: the context renders the theme's site parts.
        let make = { (chrome: SiteChromeMemo.Chrome) async in
            await CPUWork.run { RenderContext(settings: chrome.settings, sections: chrome.sections, theme: theme, baseURL: baseURL, now: now) }
        }
        if let chrome { return try await chrome.context(at: now, load: load, make: make) }
        return await make(try await load())
    }

    /// The page a cacheable route shows; not found for anything else.
    func render(_ route: SiteRoute) async throws -> PageCache.Entry {
        renderObserver?(route.path)
        switch route {
        case .home(let page):
            if page == 1 { return try await frontPage() }
            return try await list(heading: nil, query: ArticleQuery(), route: route, page: page, tags: [.latest])
        case .article(let id, let slug):
            return try await article(id: id, slug: slug)
        case .section(let slug, let page):
            guard let section = try await store.section(slug: slug) else { return .init(page: .notFound, tags: [.section(slug)]) }
            return try await list(heading: section.name, query: ArticleQuery(sectionSlug: slug), route: route, page: page, tags: [.section(slug)])
        case .tag(let slug, let page):
            guard let tag = try await store.tag(slug: slug) else { return .init(page: .notFound, tags: [.tag(slug)]) }
            return try await list(heading: tag.name, query: ArticleQuery(tagSlug: slug), route: route, page: page, tags: [.tag(slug)])
        case .author(let slug, let page):
            return try await author(slug: slug, page: page)
        case .archiveIndex:
            return try await archiveIndex()
        case .archive(let year, let month, let page):
            return try await archive(year: year, month: month, page: page)
        case .feed(let scope, let format):
            return try await feed(scope, format)
        case .robots:
            return robots()
        case .sitemapIndex:
            return try await sitemapIndex()
        case .sitemap(let part):
            return try await sitemap(part)
        case .newsSitemap:
            return try await newsSitemap()
        case .search, .searchAPI, .suggestAPI, .asset, .media, .readBeacon:
            return .init(page: .notFound, tags: [])
        }
    }

    /// The article page, a redirect to its canonical path, gone for stories taken down, or not
    /// found for drafts and unknown ids; a scheduled article's not-found expires at its publication time.
    func article(id: ArticleID, slug: String?) async throws -> PageCache.Entry {
        let tags: Set<ContentTag> = [.article(id)]
        let now = clock.now()
        // The chrome first: the memo nearly always holds it.
        let (context, theme, clock) = (try await context(), theme, clock)
        // The article, its neighbours, uploads and author in one store call; the page's model is
        // made while the store still looks for the related stories, and the page where they end.
        return try await store.articlePage(id: id, related: Self.relatedCount, now: now, prepare: { parts -> ArticleOutcome in
            guard let parts else { return .done(.init(page: .notFound, tags: tags)) }
            let article = parts.onPage.article
            switch ArticleWorkflow.publication(of: article, at: now) {
            case .unpublished:
                return .done(.init(page: .notFound, tags: tags))
            case .withdrawn:
                return .done(.init(page: .gone, tags: tags))
            case .scheduled(let time):
                return .done(.init(page: .notFound, tags: tags, expiresAt: time))
            case .live:
                if slug != article.content.slug { return .done(.init(page: .redirect(SiteRoute.of(article).path), tags: tags)) }
                let found = parts.onPage.neighbours ?? ArticleNeighbours()
                let model = ArticlePage(article: article, media: parts.media, context: context, neighbours: found, author: parts.author)
                return .page(model, ReadModel(model), article)
            }
        }, finish: { outcome, parts in
            switch outcome {
            case .done(let entry):
                return entry
            case .page(var model, let read, let article):
                let found = parts?.onPage.neighbours ?? ArticleNeighbours()
                model.relate(found.related, context: context)
                let page = Self.document(theme.render(read.replacing(model.relatedFields)), lastModified: clock.now())
                return .init(page: page, tags: tags.union(found.tags(of: article)), expiresAt: found.changesAt)
            }
        })
    }

    /// An article page's first step: an answer already, or the live article's model, read for
    /// the template there, still to be given its related stories.
    private enum ArticleOutcome: Sendable {
        case done(PageCache.Entry)
        case page(ArticlePage, ReadModel, Article)
    }

    /// The article page for unsaved content, marked as a preview; never cached.
    func preview(_ article: Article) async throws -> ByteBuffer {
        let model = ArticlePage(article: article, media: try await media(of: article), context: try await context(), preview: true)
        let theme = theme
        return await CPUWork.run { ByteBuffer(string: theme.render(model)) }
    }

    /// The uploads the page shows: the lead image and the body's images.
    func media(of article: Article) async throws -> [MediaID: MediaItem] {
        var media: [MediaID: MediaItem] = [:]
        for id in article.mediaIDs { media[id] = try await store.media(id: id) }
        return media
    }

    /// A list of published articles: the home page (no heading of its own: titled by the site
    /// name and headed in the theme's words), or a section's or a tag's page.
    func list(
        heading: String?, query: ArticleQuery, route: SiteRoute, page: Int, tags: Set<ContentTag>, months: MonthNavigation? = nil,
        emptyIsNotFound: Bool = false, intro: String? = nil
    ) async throws -> PageCache.Entry {
        var query = query
        query.limit = Self.pageSize
        query.offset = (page - 1) * Self.pageSize
        let found = try await store.list(query, now: clock.now())
        if (page > 1 || emptyIsNotFound) && found.items.isEmpty { return .init(page: .notFound, tags: tags, expiresAt: found.nextPublication) }
        let context = try await context()
        let model = ListPage(
            heading: heading ?? context.strings.text(.latestNews),
            title: heading.map { context.strings.pageTitle($0, site: context.chrome.name) } ?? context.chrome.name,
            summaries: found.items, page: page, total: found.total, pageSize: Self.pageSize, route: route, context: context, months: months, intro: intro)
        return .init(page: await html(model), tags: tags, expiresAt: found.nextPublication)
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
            sections: context.sections, context: context)
        // Compressed like every page: a results page is as long as an article's, and readers
        // searching on a phone wait for its bytes; the cache keeps both forms for repeat searches.
        return await html(model)
    }

    /// «103 نتائج»: the theme's phrase for the plural form CLDR's Arabic rules give the count,
    /// in the site's digits.
    static func resultCount(_ count: Int, context: RenderContext) -> String {
        let form = ThemeStrings.PluralForm(rawValue: ArabicPlural.category(of: count).rawValue) ?? .other
        return context.strings.resultCount(count, form: form, digits: context.digits)
    }

    /// The theme's 404 page.
    func notFound() async -> ByteBuffer {
        let theme = theme
        let model = NotFoundPage(context: await errorContext())
        return ByteBuffer(string: await CPUWork.run { theme.render(model) })
    }

    /// The theme's error page for a status other than 404, with the reason a 4xx gave.
    func errorPage(status: Int, reason: String?) async -> ByteBuffer {
        let theme = theme
        let model = ErrorPage(status: status, reason: reason, context: await errorContext())
        return ByteBuffer(string: await CPUWork.run { theme.render(model) })
    }

    /// The context for an error page. The error may be the store's own failure, so without the
    /// store's settings the page still shows, with the default ones and no section links.
    private func errorContext() async -> RenderContext {
        if let context = try? await context() { return context }
        return RenderContext(settings: SiteSettings(), sections: [], theme: theme, baseURL: baseURL, now: clock.now())
    }

    /// `model` through the theme, with its gzip form, in one job off the event loop: a template
    /// run is the costliest step of a cache miss, the loop meanwhile keeps answering cached
    /// pages, and each hop to another thread and back was waited for.
    func html(_ model: some PageModel) async -> PageCache.Page {
        let (theme, rendered) = (theme, clock.now())
        return await CPUWork.run { Self.document(theme.render(model), lastModified: rendered) }
    }

    /// A finished response body with its headers and its gzip form: an HTML page unless told
    /// otherwise. `lastModified` is the newest change the body shows when it carries dates (a
    /// feed, a sitemap), else the time it was made: a page whose parts change apart (the story,
    /// its neighbours, the site's name) changed last, as far as anyone can tell, when it was
    /// rendered, and every change re-renders it. CPU work: make it off the event loop.
    static func document(_ body: String, contentType: String = "text/html; charset=utf-8", lastModified: Date) -> PageCache.Page {
        let buffer = ByteBuffer(string: body)
        // Stable across processes, so instances rendering the same content with the same theme
        // give the same ETag.
        let etag = "\"\(String(buffer.withUnsafeReadableBytes(StableHash.digest64), radix: 36))\""
        let seconds = Int(lastModified.timeIntervalSince1970.rounded(.down))
        let headers = PageResponse.headers(etag: etag, length: buffer.readableBytes, contentType: contentType, lastModified: seconds)
        return .document(
            buffer, etag: etag, lastModified: seconds, headers: headers,
            gzip: GzipVariant(buffer, etag: etag, headers: headers))
    }

    /// `document`, made off the event loop.
    static func offLoopDocument(_ body: String, contentType: String, lastModified: Date) async -> PageCache.Page {
        await CPUWork.run { document(body, contentType: contentType, lastModified: lastModified) }
    }
}
