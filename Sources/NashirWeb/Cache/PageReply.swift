import HTTPTypes
import NIOCore

/// What to send for a cached page, decided once for both the channel fast path and the router.
struct PageReply {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    /// Nil when the response has no body (304 Not Modified, a redirect).
    let body: ByteBuffer?

    /// The reply to a request carrying `ifNoneMatch`; nil for not found and gone, which the
    /// router's error pages render.
    init?(_ page: PageCache.Page, ifNoneMatch: String?) {
        switch page {
        case .notFound, .gone:
            return nil
        case .redirect(let location):
            var headers: HTTPFields = [.location: location, .contentLength: "0"]
            SecurityHeaders.apply(to: &headers)
            (status, self.headers, body) = (.movedPermanently, headers, nil)
        case .html(let buffer, let etag, var headers):
            if ifNoneMatch == etag {
                headers[.contentType] = nil
                headers[.contentLength] = nil
                (status, self.headers, body) = (.notModified, headers, nil)
            } else {
                (status, self.headers, body) = (.ok, headers, buffer)
            }
        }
    }
}
