import Hummingbird
import Logging

/// Turns errors into Arabic pages: the theme's 404 for unknown addresses, a plain message otherwise,
/// never a stack trace or a bare 500 for the reader's mistakes.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let body = try await renderer.notFound()
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
        } catch let error as HTTPError {
            let message = error.body ?? "طلب غير صالح"
            return Response(status: error.status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: .init(string: message)))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: .init(string: "حدث خطأ في الخادم، يُرجى المحاولة بعد قليل.")))
        }
    }
}
