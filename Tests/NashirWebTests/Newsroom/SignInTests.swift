import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirAuth
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Signing in through the real router: cookies, CSRF, session rotation, lock-outs, first run.
@Suite struct SignInTests {
    /// The sign-in page's CSRF cookie and token, as a browser would get them.
    static func signInForm(_ client: any TestClientProtocol, path: String = "/admin/login") async throws -> (cookie: String, csrf: String) {
        let page = try await client.execute(uri: path, method: .get)
        let cookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("nashir_login_csrf=") })
        let value = String(cookie.split(separator: ";")[0])
        let csrf = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)).output.1
        return (value, String(csrf))
    }

    static func signIn(_ client: any TestClientProtocol, name: String, password: String, extraCookie: String? = nil) async throws -> TestResponse {
        let (cookie, csrf) = try await signInForm(client)
        let cookies = [cookie, extraCookie].compactMap { $0 }.joined(separator: "; ")
        return try await client.post("/admin/login", form: [("csrf", csrf), ("username", name), ("password", password)],
                                     as: Credentials(headers: [.cookie: cookies], csrf: csrf))
    }

    @Test func signingInGivesAFreshHttpOnlyLaxSessionAndForgetsAPlantedOne() async throws {
        let fixture = try await NewsroomFixture()
        try await fixture.site.test { client in
            let planted = "nashir_session=attacker-chosen-value"
            let response = try await Self.signIn(client, name: "omar", password: NewsroomFixture.password, extraCookie: planted)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/admin")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("nashir_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            #expect(!cookie.hasPrefix(planted))
            let session = String(cookie.split(separator: ";")[0])
            let dashboard = try await client.execute(uri: "/admin", method: .get, headers: [.cookie: session])
            #expect(dashboard.status == .ok && dashboard.text.contains("لوحة التحكم"))
            let withPlanted = try await client.execute(uri: "/admin", method: .get, headers: [.cookie: planted])
            #expect(withPlanted.status == .seeOther)
        }
        let events = try await fixture.site.store.auditEvents(limit: 5)
        #expect(events.first?.kind == "sign-in" && events.first?.actor == "omar")
    }

    @Test func cookiesAreSecureWhenTheSiteIsServedOverTLS() async throws {
        let site = try await SiteFixture(newsroom: NewsroomConfiguration(bcryptCost: 4, secureCookies: true))
        _ = try await site.store.createUser(NewUser(name: "omar", displayName: "عمر", role: .editor, passwordHash: PasswordHasher(cost: 4).hashBlocking(NewsroomFixture.password)))
        try await site.test { client in
            let response = try await Self.signIn(client, name: "omar", password: NewsroomFixture.password)
            #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
        }
    }

    @Test func aWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() async throws {
        let fixture = try await NewsroomFixture(rules: SignInRules(failuresBeforeLockout: 3))
        try await fixture.site.test { client in
            let wrong = try await Self.signIn(client, name: "omar", password: "not-the-password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("اسم المستخدم أو كلمة المرور غير صحيحة"))
            #expect(!wrong.headers[values: .setCookie].contains { $0.hasPrefix("nashir_session=") })
            let unknown = try await Self.signIn(client, name: "nobody", password: "whatever-it-is")
            #expect(unknown.status == .unauthorized && unknown.text.contains("اسم المستخدم أو كلمة المرور غير صحيحة"))
            for _ in 0..<2 { _ = try await Self.signIn(client, name: "omar", password: "not-the-password") }
            let locked = try await Self.signIn(client, name: "omar", password: NewsroomFixture.password)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("أُوقف الدخول إلى هذا الحساب مؤقتًا"))
        }
        fixture.clock.advance(by: 16 * 60)
        try await fixture.site.test { client in
            let status1 = try await Self.signIn(client, name: "omar", password: NewsroomFixture.password).status
            #expect(status1 == .seeOther)
        }
        let kinds = try await fixture.site.store.auditEvents(limit: 10).map(\.kind)
        #expect(kinds.contains("sign-in-failed") && kinds.contains("sign-in-locked"))
    }

    @Test func oneAddressIsThrottledAcrossAccounts() async throws {
        let fixture = try await NewsroomFixture(rules: SignInRules(failuresPerAddress: 3))
        try await fixture.site.test { client in
            for name in ["amal", "huda", "omar"] { _ = try await Self.signIn(client, name: name, password: "wrong-password!") }
            let throttled = try await Self.signIn(client, name: "root", password: NewsroomFixture.password)
            #expect(throttled.status == .tooManyRequests)
        }
    }

    @Test func formsWithoutTheirTokenChangeNothing() async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let forged = try await client.post("/admin/articles/\(fixture.draft.id)", form: [
                ("csrf", "forged"), ("revision", "2"), ("section", "أخبار"), ("headline", "عنوان مزوّر"), ("body", "نص."), ("action", "publish"),
            ], as: editor)
            #expect(forged.status == .forbidden)
            let noCookie = try await client.post("/admin/login", form: [("csrf", "x"), ("username", "omar"), ("password", NewsroomFixture.password)], as: .anonymous)
            #expect(noCookie.status == .forbidden)
        }
        let stored = try await fixture.site.store.article(id: fixture.draft.id)
        #expect(stored?.content.headline == "مسودة أمل المعدلة" && stored?.content.status == .draft)
    }

    @Test func signingOutEndsTheSessionAndEverywhereEndsThemAll() async throws {
        let fixture = try await NewsroomFixture()
        let first = try await fixture.session(for: fixture.editor)
        let second = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let status2 = try await client.post("/admin/logout", form: [("csrf", first.csrf)], as: first).status
            #expect(status2 == .seeOther)
            let status3 = try await client.execute(uri: "/admin", method: .get, headers: first.headers).status
            #expect(status3 == .seeOther)
            let status4 = try await client.execute(uri: "/admin", method: .get, headers: second.headers).status
            #expect(status4 == .ok)
            let status5 = try await client.post("/admin/logout-everywhere", form: [("csrf", second.csrf)], as: second).status
            #expect(status5 == .seeOther)
            let status6 = try await client.execute(uri: "/admin", method: .get, headers: second.headers).status
            #expect(status6 == .seeOther)
        }
    }

    @Test func theFirstAdministratorNeedsTheSetupTokenAndIsCreatedOnce() async throws {
        let site = try await SiteFixture(newsroom: NewsroomConfiguration(bcryptCost: 4, setupToken: "the-token"))
        try await site.test { client in
            let login = try await client.execute(uri: "/admin/login", method: .get)
            #expect(login.status == .seeOther && login.headers[.location] == "/admin/setup")
            let (cookie, csrf) = try await Self.signInForm(client, path: "/admin/setup")
            let browser = Credentials(headers: [.cookie: cookie], csrf: csrf)
            let wrong = try await client.post("/admin/setup", form: [("csrf", csrf), ("token", "guess"), ("username", "root"), ("password", "a-long-password")], as: browser)
            #expect(wrong.status == .forbidden && wrong.text.contains("رمز التهيئة غير صحيح"))
            let short = try await client.post("/admin/setup", form: [("csrf", csrf), ("token", "the-token"), ("username", "root"), ("password", "short")], as: browser)
            #expect(short.status == .unprocessableContent)
            let made = try await client.post("/admin/setup", form: [("csrf", csrf), ("token", "the-token"), ("username", "root"), ("displayName", "المدير"), ("password", "a-long-password")], as: browser)
            #expect(made.status == .seeOther)
            let again = try await client.post("/admin/setup", form: [("csrf", csrf), ("token", "the-token"), ("username", "evil"), ("password", "a-long-password")], as: browser)
            #expect(again.status == .notFound)
        }
        #expect(try await site.store.users().map(\.name) == ["root"])
        #expect(try await site.store.users().first?.role == .administrator)
    }
}
