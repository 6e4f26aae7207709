import Hummingbird

/// Answers repeat page requests from the page cache before routing, so a story read by thousands
/// during breaking news costs a dictionary lookup per request; everything else goes to the router.
struct PageCacheResponder<Inner: HTTPResponder<BasicRequestContext>>: HTTPResponder {
    let inner: Inner
    let cache: PageCache

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        if request.method == .head {
            // HEAD is GET without the body, for link checkers and uptime monitors.
            var head = request.head
            head.method = .get
            var response = try await respond(to: Request(head: head, body: request.body), context: context)
            response.body = .init()
            return response
        }
        // Only while the cached revision is fresh: a stale one is re-checked on the routed path.
        if request.method == .get, let revision = cache.freshRevision(),
           let page = cache.page(for: request.head.path ?? request.uri.description, revision: revision),
           let response = PageResponse.make(page, for: request) {
            return response
        }
        return try await inner.respond(to: request, context: context)
    }
}
