import Foundation
import HTTPTypes
import NIOCore

/// What to send for a cached page, decided once for both the channel fast path and the router.
struct PageReply {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    /// Nil when the response has no body (304 Not Modified, a redirect).
    let body: ByteBuffer?

    /// The reply to a request carrying `ifNoneMatch` or `ifModifiedSince` and `acceptEncoding`;
    /// nil for not found and gone, which the router's error pages render.
    init?(_ page: PageCache.Page, ifNoneMatch: String?, ifModifiedSince: String? = nil, acceptEncoding: String? = nil) {
        switch page {
        case .notFound, .gone:
            return nil
        case .redirect(let location):
            var headers: HTTPFields = [.location: location, .contentLength: "0"]
            SecurityHeaders.apply(to: &headers)
            (status, self.headers, body) = (.movedPermanently, headers, nil)
        case .document(var buffer, var etag, let lastModified, var headers, let gzip):
            if let gzip, GzipVariant.isAccepted(by: acceptEncoding) { (buffer, etag, headers) = (gzip.body, gzip.etag, gzip.headers) }
            if Self.isNotModified(etag: etag, lastModified: lastModified, ifNoneMatch: ifNoneMatch, ifModifiedSince: ifModifiedSince) {
                headers[.contentType] = nil
                headers[.contentLength] = nil
                (status, self.headers, body) = (.notModified, headers, nil)
            } else {
                (status, self.headers, body) = (.ok, headers, buffer)
            }
        }
    }

    /// RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since does.
    /// If-None-Match compares weakly (§13.1.2): `W/"x"` matches `"x"`, as CDNs and proxies send
    /// back the tags they weakened when they compressed a page themselves.
    static func isNotModified(etag: String, lastModified: Int?, ifNoneMatch: String?, ifModifiedSince: String?) -> Bool {
        if let ifNoneMatch {
            let opaque = Self.opaqueTag(etag[...])
            return ifNoneMatch.trimmingCharacters(in: .whitespaces) == "*"
                || ifNoneMatch.split(separator: ",").contains { Self.opaqueTag($0.trimmingCharacters(in: .whitespaces)[...]) == opaque }
        }
        guard let lastModified, let since = ifModifiedSince.flatMap(HTTPDate.parse) else { return false }
        return lastModified <= since
    }

    /// An entity tag without its weakness mark: `W/"x"` → `"x"`.
    private static func opaqueTag(_ tag: Substring) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : tag
    }
}
