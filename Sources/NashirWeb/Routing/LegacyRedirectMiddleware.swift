import Foundation
import HTTPTypes
import Hummingbird
import NashirDomain
import NashirRoutes

/// Old links keep working after a move from WordPress: when the site knows its old address
/// (`serve --legacy-base-url`, else the `legacy_base_url` setting), a request Nashir has no page
/// for, or a front-page request with WordPress's `?p=`, is answered with a 301 to the page that
/// replaced it: the imported post, the section for a category, the tag, the feed, the month.
///
/// It runs before the trailing-slash redirect so that `/2024/05/slug/` moves in one hop.
struct LegacyRedirectMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any SiteStore
    /// The command line's old address, which wins over the site setting.
    let configuredBase: String?
    let clock: TimeSource

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, Self.mayBeLegacy(path: request.uri.path, query: request.uri.query),
              let base = await legacyBase()
        else { return try await next(request, context) }
        switch await location(path: request.uri.path, query: request.uri.query, base: base) {
        case .moved(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        case .gone:
            // `/?p=12` of a post that was never imported or is not public: WordPress said 404
            // too, rather than showing the front page under a post's address.
            throw HTTPError(.notFound)
        case .notOld:
            return try await next(request, context)
        }
    }

    /// What an old address comes to.
    enum Outcome: Equatable {
        case moved(String)
        /// An old post's address with nothing public behind it.
        case gone
        /// Not an old address Nashir knows: handled as any other request.
        case notOld
    }

    /// Whether the request could be an old address: Nashir's own pages, the newsroom and the API
    /// are never taken over, so a lookup is only paid for what would otherwise be a 404.
    static func mayBeLegacy(path: String, query: String?) -> Bool {
        if path == "/" {
            return PercentEncoding.queryItems(Substring(query ?? "")).contains { LegacyWordPressRequest.queryNames.contains($0.name) }
        }
        // Bytes, not characters: every page a reader asks for the first time passes here, and
        // its path is a long percent-encoded slug.
        let first = path.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 1).first.map { Substring($0) }
        if first == "admin" || first == "api" { return false }
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        // A known path with a bad parameter is still Nashir's (it answers 400).
        do { return try SiteRoute(path: trimmed, query: Substring(query ?? "")) == nil } catch { return false }
    }

    private func legacyBase() async -> String? {
        if let configuredBase { return configuredBase }
        return try? await store.siteSettings().legacyBaseURL
    }

    /// Where the old address now lives.
    func location(path: String, query: String?, base: String) async -> Outcome {
        guard let components = URLComponents(string: base), let host = components.host,
              let request = LegacyWordPressRequest(path: path, query: query, basePath: LegacyAddress.basePath(of: base) ?? "")
        else { return .notOld }
        switch request {
        case .category(let slug, _, _):
            guard (try? await store.section(slug: slug)) != nil else { return .notOld }
        case .tag(let slug, _, _):
            guard (try? await store.tag(slug: slug)) != nil else { return .notOld }
        case .post(let id):
            for source in LegacyAddress.originSources(forBase: base) {
                if let article = try? await store.article(origin: ArticleOrigin(source: source, key: id)) {
                    return redirectable(article) ? .moved(SiteRoute.of(article).path) : .gone
                }
            }
            return .gone
        case .permalink(let candidates):
            for candidate in candidates {
                let key = LegacyAddress.key(host: host, port: components.port, scheme: components.scheme ?? "https", path: candidate, query: nil)
                if let id = (try? await store.article(legacyKey: key)), let article = (try? await store.article(id: id)) {
                    return redirectable(article) ? .moved(SiteRoute.of(article).path) : .notOld
                }
            }
            return .notOld
        default:
            break
        }
        return request.route.map { .moved($0.path) } ?? .notOld
    }

    /// Published stories (and taken-down ones, whose new address says 410 Gone) are sent on;
    /// a draft, a story on the incoming desk or one scheduled for later stays a 404, so an old
    /// address never reveals unpublished work.
    private func redirectable(_ article: Article) -> Bool {
        switch article.content.status {
        case .published: article.isVisible(at: clock.now())
        case .unpublished, .deleted: true
        case .draft, .inReview, .incoming: false
        }
    }
}
