import Foundation
import Hummingbird

/// The admin's cookies: the session (HttpOnly, SameSite=Lax, Secure over https) and the
/// pre-sign-in CSRF cookie the sign-in and first-run forms are checked against.
enum SessionCookie {
    static let session = "nashir_session"
    static let loginCSRF = "nashir_login_csrf"

    static func make(_ name: String, value: String, maxAge: Int?, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// Deletes a cookie in the browser.
    static func clear(_ name: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
