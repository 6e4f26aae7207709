import Foundation
import Hummingbird
import NashirDomain
import NIOCore

/// Search for readers (`/search`) and for programs (`/api/v1/search`, `/api/v1/suggest`).
/// Both read published articles only, like the rest of the public site; results are rendered
/// per request because queries are too varied to be worth caching.
struct SearchController: Sendable {
    let renderer: PageRenderer

    static let defaultLimit = 10
    static let maximumLimit = 100
    static let maximumOffset = 10_000

    func register(on router: Router<BasicRequestContext>) {
        router.get("/search") { request, _ in try await page(request) }
        router.get("/api/v1/search") { request, _ in try await api(request) }
        router.get("/api/v1/suggest") { request, _ in try await suggest(request) }
    }

    private func page(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(request)
        let page = try SiteController.pageNumber(request)
        guard var response = PageResponse.make(try await renderer.search(parameters, page: page), for: request) else {
            throw HTTPError(.notFound)
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func api(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(request)
        guard !parameters.text.isEmpty else { throw HTTPError(.badRequest, message: "عبارة البحث (q) مطلوبة") }
        let limit = try Self.integer("limit", in: request, default: Self.defaultLimit, range: 1...Self.maximumLimit)
        let offset = try Self.integer("offset", in: request, default: 0, range: 0...Self.maximumOffset)
        let context = try await renderer.context()
        let search = try parameters.request(timeZone: context.timeZone, limit: limit, offset: offset)
        let results = try await renderer.store.search(search, now: Date())
        return try Self.json(SearchResponse(query: parameters.text, limit: limit, offset: offset, results: results), for: request, cache: "no-store")
    }

    private func suggest(_ request: Request) async throws -> Response {
        let text = String((request.uri.queryParameters.get("q") ?? "").prefix(100))
        let limit = try Self.integer("limit", in: request, default: 8, range: 1...20)
        let found = try await renderer.store.typeAhead(text, limit: limit, now: Date())
        // Short-lived public caching: the same prefixes arrive from many readers at once.
        return try Self.json(SuggestResponse(found), for: request, cache: "public, max-age=30")
    }

    /// A whole-number query parameter within `range`; anything else is a 400 naming it.
    static func integer(_ name: String, in request: Request, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw HTTPError(.badRequest, message: "قيمة \(name) يجب أن تكون عددًا صحيحًا من \(range.lowerBound) إلى \(range.upperBound)")
        }
        return number
    }

    private static func json(_ value: some Encodable, for request: Request, cache: String) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var response = Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: cache],
                                body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
        if request.method == .head { response.body = .init() }
        return response
    }
}
