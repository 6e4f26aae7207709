import Foundation
import HTTPTypes
import Hummingbird
import NashirRoutes

/// Serves the theme's assets from memory under `/assets/`: fingerprinted names for a year and
/// `immutable` (their bytes never change), plain names briefly (a page cached elsewhere may still
/// ask for them), both with an ETag and Last-Modified, text formats gzipped when the browser
/// takes it; anything else is the 404 page.
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
        let packed = asset.gzip.flatMap { GzipVariant.isAccepted(by: request.headers[.acceptEncoding]) ? $0 : nil }
        let etag = packed == nil ? asset.etag : asset.gzipETag
        var headers: HTTPFields = [
            .eTag: etag, .lastModified: HTTPDate.format(assets.lastModified), .cacheControl: fingerprinted ? Self.fingerprintedCaching : Self.plainCaching,
        ]
        // Caches must keep the two forms apart once there are two.
        if asset.gzip != nil { headers[.vary] = "Accept-Encoding" }
        if PageReply.isNotModified(
            etag: etag, lastModified: assets.lastModified, ifNoneMatch: request.headers[.ifNoneMatch], ifModifiedSince: request.headers[.ifModifiedSince]) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = asset.contentType
        if packed != nil { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: packed ?? asset.body))
    }
}
