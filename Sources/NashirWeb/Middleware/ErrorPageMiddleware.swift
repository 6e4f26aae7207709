import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns errors into Arabic answers: the theme's 404 page, or its error page with the reason, for
/// readers; `{"error": {"code", "message"}}` for programs under `/api/`. Never a stack trace or a bare 500.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return await respond(to: request, status: error.status, reason: error.body, headers: error.headers)
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return await respond(to: request, status: .internalServerError, reason: nil, headers: [:])
        }
    }

    /// The stable code programs read for a status the router or a controller threw.
    static func code(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "invalid_request"
        case 401: "unauthenticated"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "too_large"
        case 410: "gone"
        case 500...: "server_error"
        default: "request_failed"
        }
    }

    private func respond(to request: Request, status: HTTPResponse.Status, reason: String?, headers: HTTPFields) async -> Response {
        var headers = headers
        let body: ByteBuffer
        if request.uri.path.hasPrefix("/api/") {
            let message = ErrorPage.wording(status: status.code, reason: reason, strings: renderer.theme.strings).message
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let error = APIErrorJSON(error: .init(code: Self.code(for: status), message: message))
            body = ByteBuffer(bytes: (try? encoder.encode(error)) ?? Data())
            headers[.contentType] = "application/json; charset=utf-8"
        } else {
            body = status == .notFound ? await renderer.notFound() : await renderer.errorPage(status: status.code, reason: reason)
            headers[.contentType] = "text/html; charset=utf-8"
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
