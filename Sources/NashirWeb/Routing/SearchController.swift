import CoreMetrics
import Foundation
import Hummingbird
import NashirDomain
import NashirRoutes
import NIOCore

/// Search for readers (`/search`) and for programs (`/api/v1/search`, `/api/v1/suggest`).
/// Both read published articles only, like the rest of the public site; results pages are kept
/// in the page cache until a change to published stories (hot queries repeat in a news spike),
/// the API's answers are made per request.
struct SearchController: Sendable {
    let renderer: PageRenderer
    let cache: PageCache
    var metrics: SiteMetrics { cache.metrics }
    let flights = RenderFlights()
    /// How long a results page may be kept at most: searches may name relative dates
    /// («this week»), which move with the clock rather than with a change.
    static let resultsLifetime: TimeInterval = 60

    func register(on router: Router<AppRequestContext>) {
        for kind in [SiteRoute.Kind.search, .searchAPI, .suggestAPI] {
            router.get(RouterPath(kind.pattern)) { request, _ in try await respond(to: request.route(), for: request) }
        }
    }

    private func respond(to route: SiteRoute, for request: Request) async throws -> Response {
        switch route {
        case .search(let parameters):
            try await measured { try await page(parameters, for: request) }
        case .searchAPI(let parameters, let limit, let offset):
            try await measured { try await api(parameters, limit: limit ?? SiteRoute.searchAPIDefaultLimit, offset: offset ?? 0) }
        case .suggestAPI(let prefix, let limit): try await suggest(prefix, limit: limit ?? SiteRoute.suggestDefaultLimit)
        default: throw HTTPError(.notFound)
        }
    }

    /// A search counted and timed for /metrics.
    private func measured(_ search: () async throws -> Response) async throws -> Response {
        metrics.searches.increment()
        return try await metrics.searchTime.time(search)
    }

    private func page(_ parameters: SearchParameters, for request: Request) async throws -> Response {
        guard let response = PageResponse.make(try await results(parameters), for: request) else {
            throw HTTPError(.notFound)
        }
        return response
    }

    /// The results page from memory when the same search was made since the last change to
    /// published stories, else rendered once however many ask: in a news spike readers search
    /// the same few words.
    private func results(_ parameters: SearchParameters) async throws -> PageCache.Page {
        let renderer = renderer
        return try await flights.page(for: SiteRoute.search(parameters).path, in: cache, feed: renderer.store) {
            let now = renderer.clock.now()
            let next = try await renderer.store.list(ArticleQuery(limit: 0, countsTotal: false), now: now).nextPublication
            let expires = min(next ?? .distantFuture, now.addingTimeInterval(Self.resultsLifetime))
            return PageCache.Entry(page: Self.private(try await renderer.search(parameters)), tags: [.latest], expiresAt: expires)
        }
    }

    /// `page` marked for no shared cache: a results page is kept in memory, where a change evicts
    /// it, but a CDN or browser could not know when one does. The same headers whichever path
    /// (the router or the channel's fast path, when the target is canonical) serves it.
    static func `private`(_ page: PageCache.Page) -> PageCache.Page {
        page.settingHeaders { $0[.cacheControl] = "no-store" }
    }

    private func api(_ parameters: SearchParameters, limit: Int, offset: Int) async throws -> Response {
        let context = try await renderer.context()
        let search = parameters.searchRequest(timeZone: context.timeZone, limit: limit, offset: offset)
        let results = try await renderer.store.search(search, now: renderer.clock.now())
        return try Self.json(SearchResponse(query: parameters.text, limit: limit, offset: offset, results: results), cache: "no-store")
    }

    private func suggest(_ prefix: String, limit: Int) async throws -> Response {
        let found = try await renderer.store.typeAhead(prefix, limit: limit, now: renderer.clock.now())
        // Short-lived public caching: the same prefixes arrive from many readers at once.
        return try Self.json(SuggestResponse(found), cache: "public, max-age=30")
    }

    private static func json(_ value: some Encodable, cache: String) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // HEAD needs no branch here: PageCacheResponder answers it as a GET without the body.
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: cache],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
