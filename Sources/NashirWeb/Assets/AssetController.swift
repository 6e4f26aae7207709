import Foundation
import HTTPTypes
import Hummingbird
import NashirRoutes

/// Serves the theme's assets from memory under `/assets/`: fingerprinted names for a year and
/// `immutable` (their bytes never change), plain names briefly (a page cached elsewhere may still
/// ask for them), both with an ETag; anything else is the 404 page.
struct AssetController: Sendable {
    let assets: ThemeAssets

    static let fingerprintedCaching = "public, max-age=31536000, immutable"
    static let plainCaching = "public, max-age=300"

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Kind.asset.pattern)) { request, _ in
            guard case .asset(let name) = try request.route() else { throw HTTPError(.notFound) }
            return try respond(to: request, name: name)
        }
    }

    /// Serves these assets under another pattern with a `:name` segment (the admin's).
    func register(on router: Router<AppRequestContext>, pattern: String) {
        router.get(RouterPath(pattern)) { request, context in
            try respond(to: request, name: context.parameters.get("name") ?? "")
        }
    }

    private func respond(to request: Request, name: String) throws -> Response {
        guard let (asset, fingerprinted) = assets.find(name) else {
            throw HTTPError(.notFound)
        }
        var headers: HTTPFields = [.eTag: asset.etag, .cacheControl: fingerprinted ? Self.fingerprintedCaching : Self.plainCaching]
        if Self.matches(request.headers[.ifNoneMatch], etag: asset.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = asset.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: asset.body))
    }

    /// If-None-Match may list several tags (`"a", "b"`) or be `*`.
    private static func matches(_ ifNoneMatch: String?, etag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        return ifNoneMatch.split(separator: ",").contains { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            return tag == etag || tag == "*"
        }
    }
}
