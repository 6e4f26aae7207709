import HTTPTypes
import Hummingbird

/// One address per page: no path ends in a slash except `/`, and `/section/x/` answers 301
/// to `/section/x` (query kept), so crawlers and caches never hold two copies of a page.
struct TrailingSlashMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let location = Self.canonicalTarget(path: request.uri.path, query: request.uri.query) else { return try await next(request, context) }
        return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
    }

    /// The target without the path's trailing slashes; nil when there are none to drop.
    static func canonicalTarget(path: String, query: String?) -> String? {
        guard path.count > 1, path.hasSuffix("/") else { return nil }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        // "//evil.example" would leave the site: such a path collapses to the root.
        if trimmed.hasPrefix("//") { trimmed = "/" }
        return String(trimmed) + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? "")
    }
}
