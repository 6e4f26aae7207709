import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NashirAuth
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// `X-Forwarded-For` and `-Proto` over a real socket, whose peer is 127.0.0.1: believed when that
/// address is a configured proxy, ignored when it is not, so nobody can pick the address a
/// lock-out counts or talk a cookie into dropping `Secure`.
@Suite struct ForwardedHeadersTests {
    static let forwarded: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "198.51.100.9, 203.0.113.7", HTTPField.Name("X-Forwarded-Proto")!: "https"]

    /// Signs in over loopback with the forwarding headers; returns the session cookie and the address the audit log kept.
    static func signIn(trusting proxies: Set<String>) async throws -> (cookie: String, address: String?) {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        _ = try await store.createUser(NewUser(name: "omar", displayName: "عمر", role: .editor, passwordHash: PasswordHasher(cost: 4).hashBlocking(NewsroomFixture.password)))
        let configuration = WebConfiguration(
            host: "127.0.0.1", port: 0, baseURL: "https://news.example", theme: try Theme(),
            newsroom: NewsroomConfiguration(bcryptCost: 4, trustedProxies: proxies))
        let app = buildApplication(store: store, configuration: configuration, logger: Logger(label: "test"))
        let cookies = Recorder<String>()
        try await app.testLive { client in
            let page = try await client.execute(uri: "/admin/login", method: .get, headers: forwarded)
            let login = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("nashir_login_csrf=") })
            let csrf = String(try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)).output.1)
            var headers = forwarded
            headers[.cookie] = String(login.split(separator: ";")[0])
            let response = try await client.post("/admin/login", form: [("csrf", csrf), ("username", "omar"), ("password", NewsroomFixture.password)],
                                                 as: Credentials(headers: headers, csrf: csrf))
            #expect(response.status == .seeOther)
            cookies.record(try #require(response.headers[values: .setCookie].first { $0.hasPrefix("nashir_session=") }))
        }
        let cookie = try #require(cookies.take().first)
        let event = try await store.auditEvents(limit: 5).first { $0.kind == "sign-in" }
        return (cookie, event?.address)
    }

    @Test func aConfiguredProxyIsBelievedAboutTheClientAndHttps() async throws {
        let (cookie, address) = try await Self.signIn(trusting: ["127.0.0.1"])
        #expect(address == "203.0.113.7")
        #expect(cookie.contains("Secure"))
    }

    @Test func anyoneElseIsNot() async throws {
        let (cookie, address) = try await Self.signIn(trusting: ["10.0.0.1"])
        #expect(address == "127.0.0.1")
        #expect(!cookie.contains("Secure"))
    }
}
