import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NashirAuth
import NashirDomain

/// Fills in who is asking for admin and API routes: the session cookie's person, or a bearer
/// token's owner. It never refuses; the controllers decide what an identity may do.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let newsroom: NewsroomServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The reader site never asks who is reading: its pages stay cacheable and fast.
        guard Self.isNewsroom(request.uri.path) else { return try await next(request, context) }
        var context = context
        let now = newsroom.clock.now()
        if let bearer = request.headers.bearer {
            if let token = try await newsroom.store.token(hash: SecretToken.hash(bearer.token), now: now) {
                context.identity = RequestIdentity(user: token.user, tokenID: token.id)
            }
        } else if let secret = request.cookies[SessionCookie.session]?.value, !secret.isEmpty,
                  let session = try await newsroom.signIn.session(secret: secret, now: now) {
            context.identity = RequestIdentity(user: session.user, session: session)
        }
        var response = try await next(request, context)
        // Nothing of the newsroom may be kept by a browser cache or a proxy.
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// The admin and the admin API; the public search and suggest APIs are the site's.
    static func isNewsroom(_ path: String) -> Bool {
        (path == "/admin" || path.hasPrefix("/admin/")) || (path.hasPrefix("/api/v1/") && !path.hasPrefix("/api/v1/search") && !path.hasPrefix("/api/v1/suggest"))
    }
}
