import Foundation
import HTTPTypes
import Hummingbird
import NashirAuth
import NashirDomain
import NashirRoutes
import NIOCore

/// The responses every admin controller gives: pages, redirects and refusals.
extension NewsroomServices {
    func page(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) async -> Response {
        let body = await views.render(template, model)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
    }

    /// A short page with a heading and a sentence: refusals and confirmations.
    func message(
        _ status: HTTPResponse.Status, heading: String, text: String, identity: RequestIdentity?, link: String? = nil, linkText: String? = nil
    ) async -> Response {
        await page("message", MessagePage(
            chrome: views.chrome(for: identity), title: heading, heading: heading, text: text, link: link, linkText: linkText), status: status)
    }

    func forbidden(_ identity: RequestIdentity?) async -> Response {
        await message(.forbidden, heading: "غير مسموح", text: "لا يملك دورك صلاحية هذا الإجراء. اطلبه من محرر أو من مدير الموقع.", identity: identity,
                      link: NewsroomRoute.dashboard.path, linkText: "العودة إلى لوحة التحكم")
    }

    func csrfRefused(_ identity: RequestIdentity?) async -> Response {
        await message(.forbidden, heading: "انتهت صلاحية النموذج", text: "لم يُنفَّذ الطلب لأن رمز الحماية في النموذج لا يطابق جلستك. افتح الصفحة من جديد ثم أعد المحاولة.", identity: identity)
    }

    func notFound(_ identity: RequestIdentity?) async -> Response {
        await message(.notFound, heading: "غير موجود", text: "لا يوجد ما تطلبه؛ ربما حُذف.", identity: identity, link: NewsroomRoute.dashboard.path, linkText: "العودة إلى لوحة التحكم")
    }

    /// 303 See Other: after a form, the browser loads `path` with GET.
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .contentLength: "0"])
    }

    /// Where a signed-out person is sent: the sign-in page, then back to what they asked for.
    static func signInRedirect(for request: Request) -> Response {
        let next = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : NewsroomRoute.dashboard.path
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "next", value: next)]
        return redirect(NewsroomRoute.signIn.path + (components.percentEncodedQuery.map { "?" + $0 } ?? ""))
    }

    /// Reads an `application/x-www-form-urlencoded` body into `T`; 400 when it is not one.
    func form<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch {
            throw HTTPError(.badRequest, message: "تعذّرت قراءة النموذج المرسل.")
        }
    }

    /// Whether a form's CSRF token is the session's.
    static func csrfMatches(_ token: String?, _ identity: RequestIdentity) -> Bool {
        guard let expected = identity.session?.csrfToken, let token else { return false }
        return SecretToken.equal(token, expected)
    }
}

/// The message page's model.
struct MessagePage: Sendable {
    var chrome: AdminChrome
    var title: String
    var heading: String
    var text: String
    var link: String?
    var linkText: String?
    var notice: String? = nil
    var problem: String? = nil
}
