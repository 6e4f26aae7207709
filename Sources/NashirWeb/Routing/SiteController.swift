import CoreMetrics
import Foundation
import Hummingbird
import NashirDomain
import NashirRoutes

/// The reader site's pages: thin handlers that match the route and serve it from the page
/// cache, rendering it on a miss.
struct SiteController: Sendable {
    let renderer: PageRenderer
    let cache: PageCache
    let reads: ReadCounter
    let proxies: NewsroomConfiguration
    let policy: CachePolicy
    let flights = RenderFlights()

    static let kinds: [SiteRoute.Kind] = [
        .home, .article, .articleWithoutSlug, .section, .tag, .author, .archiveIndex, .archive, .feed, .robots, .sitemapIndex, .sitemap, .newsSitemap,
    ]

    func register(on router: Router<AppRequestContext>) {
        for kind in Self.kinds {
            for pattern in kind.patterns {
                router.get(RouterPath(pattern)) { request, context in
                    let response = try await serve(request.route(), for: request)
                    if response.status == .ok || response.status == .notModified { reads.view(request, context: context, proxies: proxies) }
                    return response
                }
            }
        }
    }

    /// Serves a page from the cache, rendering it on a miss; honours If-None-Match.
    private func serve(_ route: SiteRoute, for request: Request) async throws -> Response {
        let (renderer, policy, renderTime) = (renderer, policy, cache.metrics.renderTime)
        let page = try await flights.page(for: route.path, in: cache, feed: renderer.store) {
            try await renderTime.time {
                try await renderer.render(route).prepared(for: policy)
            }
        }
        guard let response = PageResponse.make(page, for: request) else {
            if case .gone = page { throw HTTPError(.gone) }
            throw HTTPError(.notFound)
        }
        return response
    }
}
