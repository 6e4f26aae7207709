import Hummingbird

/// Answers repeat page requests from the page cache before routing, so a story read by thousands
/// during breaking news costs a dictionary lookup per request; everything else goes to the router.
struct PageCacheResponder<Inner: HTTPResponder<AppRequestContext>>: HTTPResponder {
    let inner: Inner
    let cache: PageCache
    let reads: ReadCounter
    let proxies: NewsroomConfiguration

    func respond(to request: Request, context: AppRequestContext) async throws -> Response {
        if request.method == .head {
            // HEAD is GET without the body, for link checkers and uptime monitors.
            var head = request.head
            head.method = .get
            var response = try await respond(to: Request(head: head, body: request.body), context: context)
            // The length a GET would get (RFC 9110 §8.6): emptying the body set it to 0, which
            // told link checkers and caches the page was empty.
            let length = response.headers[.contentLength]
            response.body = .init()
            response.headers[.contentLength] = length
            return response
        }
        // Only while the cache is fresh and the page unexpired: otherwise the routed path
        // reads the change feed and renders.
        if request.method == .get, let page = cache.page(forTarget: request.head.path ?? request.uri.description),
           let response = PageResponse.make(page, for: request) {
            if response.status == .ok || response.status == .notModified { reads.view(request, context: context, proxies: proxies) }
            return response
        }
        return try await inner.respond(to: request, context: context)
    }
}
