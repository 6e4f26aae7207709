import HTTPTypes
import Hummingbird

/// Turns a rendered page into the HTTP response readers get, the same way on every path.
enum PageResponse {
    /// Every header of a page response, computed once per rendered page, not per request.
    static func headers(etag: String, length: Int) -> HTTPFields {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .eTag: etag, .cacheControl: "public, max-age=30",
            .contentLength: String(length),
        ]
        SecurityHeaders.apply(to: &headers)
        return headers
    }

    /// The response for a page; nil for not found, which the error page handles.
    static func make(_ page: PageCache.Page, for request: Request) -> Response? {
        switch page {
        case .notFound:
            return nil
        case .redirect(let location):
            var headers: HTTPFields = [.location: location]
            SecurityHeaders.apply(to: &headers)
            return Response(status: .movedPermanently, headers: headers)
        case .html(let body, let etag, var headers):
            if request.headers[.ifNoneMatch] == etag {
                headers[.contentType] = nil
                headers[.contentLength] = nil
                return Response(status: .notModified, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
    }
}
