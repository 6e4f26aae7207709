import Foundation
import Hummingbird
import NashirDomain

/// The reader site's routes: thin handlers that parse the request and hand over to the renderer,
/// with every page served from the page cache when the content has not changed.
struct SiteController: Sendable {
    let renderer: PageRenderer
    let cache: PageCache

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            try await serve(request) { page in
                try await renderer.list(heading: "آخر الأخبار", query: ArticleQuery(), page: page, basePath: SiteRoute.home.path, isHome: true)
            }
        }
        router.get("/news/:id") { request, context in try await article(request, context) }
        router.get("/news/:id/:slug") { request, context in try await article(request, context) }
        router.get("/section/:slug") { request, context in
            try await listing(request, context) { slug in
                try await renderer.store.section(slug: slug).map { ($0.name, SiteRoute.section(slug: $0.slug).path, ArticleQuery(sectionSlug: $0.slug)) }
            }
        }
        router.get("/tag/:slug") { request, context in
            try await listing(request, context) { slug in
                try await renderer.store.tag(slug: slug).map { ($0.name, SiteRoute.tag(slug: $0.slug).path, ArticleQuery(tagSlug: $0.slug)) }
            }
        }
    }

    /// A section's or a tag's page: `find` turns the slug into a heading, a path and a query.
    private func listing(
        _ request: Request, _ context: BasicRequestContext,
        find: @escaping (String) async throws -> (heading: String, path: String, query: ArticleQuery)?
    ) async throws -> Response {
        let slug = try Self.decodedParameter("slug", context)
        return try await serve(request) { page in
            guard let found = try await find(slug) else { return .notFound }
            return try await renderer.list(heading: found.heading, query: found.query, page: page, basePath: found.path)
        }
    }

    private func article(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        guard let raw = context.parameters.get("id"), let number = Int64(raw), number > 0 else { throw HTTPError(.notFound) }
        return try await serve(request) { _ in
            try await renderer.article(id: ArticleID(number), requestedPath: Self.decodedPath(request))
        }
    }

    /// Serves a page from the cache, rendering it on a miss; honours If-None-Match.
    private func serve(_ request: Request, render: (Int) async throws -> PageCache.Page) async throws -> Response {
        let page = try Self.pageNumber(request)
        let revision: Int64
        if let fresh = cache.freshRevision() {
            revision = fresh
        } else {
            revision = try await renderer.store.revision()
            cache.confirm(revision: revision)
        }
        // The raw request target, exactly what the channel fast path looks pages up by.
        let key = request.head.path ?? request.uri.description
        let rendered: PageCache.Page
        if let cached = cache.page(for: key, revision: revision) {
            rendered = cached
        } else {
            rendered = try await render(page)
            cache.store(rendered, for: key, revision: revision)
        }
        guard let response = PageResponse.make(rendered, for: request) else { throw HTTPError(.notFound) }
        return response
    }

    /// `?page=N`, 1 when absent; nonsense is a 400, not a silent first page.
    static func pageNumber(_ request: Request) throws -> Int {
        guard let raw = request.uri.queryParameters.get("page") else { return 1 }
        guard let page = Int(raw), page >= 1, page <= 100_000 else {
            throw HTTPError(.badRequest, message: "رقم الصفحة (page) يجب أن يكون عددًا صحيحًا من 1 فصاعدًا")
        }
        return page
    }

    private static func decodedParameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get(name) else { throw HTTPError(.notFound) }
        return raw.removingPercentEncoding ?? raw
    }

    /// The path as the reader asked for it, re-encoded the way SiteRoute encodes, for comparison.
    private static func decodedPath(_ request: Request) -> String {
        let path = request.uri.path
        let decoded = path.removingPercentEncoding ?? path
        return decoded.split(separator: "/", omittingEmptySubsequences: false)
            .map { SiteRoute.encode(String($0)) }.joined(separator: "/")
    }
}
