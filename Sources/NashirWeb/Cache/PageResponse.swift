import HTTPTypes
import Hummingbird

/// Turns a rendered page into the HTTP response readers get on the routed path.
enum PageResponse {
    /// Every header of a page response, computed once per rendered page, not per request.
    static func headers(etag: String, length: Int, contentType: String = "text/html; charset=utf-8", lastModified: Int? = nil) -> HTTPFields {
        var headers: HTTPFields = [
            .contentType: contentType, .eTag: etag, .cacheControl: CachePolicy().cacheControl,
            .contentLength: String(length),
        ]
        if let lastModified { headers[.lastModified] = HTTPDate.format(lastModified) }
        SecurityHeaders.apply(to: &headers)
        return headers
    }

    /// The response for a page; nil for not found, which the error page handles.
    static func make(_ page: PageCache.Page, for request: Request) -> Response? {
        guard let reply = PageReply(
            page, ifNoneMatch: request.headers[.ifNoneMatch], ifModifiedSince: request.headers[.ifModifiedSince], acceptEncoding: request.headers[.acceptEncoding]) else { return nil }
        return Response(status: reply.status, headers: reply.headers, body: reply.body.map { .init(byteBuffer: $0) } ?? .init())
    }
}
