import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirAuth
import NashirCopyDesk
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore

/// A site with a newsroom: a writer, a second writer, an editor, an administrator, and one
/// draft of the first writer's with two revisions; people sign in by sessions and tokens made
/// straight in the store (the sign-in form has its own tests).
struct NewsroomFixture {
    let site: SiteFixture
    let clock: ManualClock
    let writer: User, otherWriter: User, editor: User, administrator: User
    let draft: Article
    /// Where uploads go; the temporary folder lives as long as the fixture.
    let mediaFolder: URL
    private let keepAlive: TemporaryDirectory

    static let password = "كلمة-مرور-طويلة"

    init(setupToken: String? = nil, rules: SignInRules = SignInRules(), spelling: (any SpellingDictionary)? = nil) async throws {
        clock = ManualClock(TestDraft.baseDate)
        let media = try TemporaryDirectory()
        mediaFolder = media.url
        site = try await SiteFixture(clock: clock.source, newsroom: NewsroomConfiguration(
            bcryptCost: 4, signInRules: rules, setupToken: setupToken, mediaFolder: media.url.appendingPathComponent("media"), spelling: spelling))
        keepAlive = media
        let hash = PasswordHasher(cost: 4).hashBlocking(Self.password)
        let store = site.store
        let people = try await [("amal", "أمل", Role.writer), ("huda", "هدى", .writer), ("omar", "عمر", .editor), ("root", "المدير", .administrator)]
            .asyncMap { try await store.createUser(NewUser(name: $0.0, displayName: $0.1, role: $0.2, passwordHash: hash)) }
        (writer, otherWriter, editor, administrator) = (people[0], people[1], people[2], people[3])
        let created = try await store.create(TestDraft.make(key: "draft", headline: "مسودة أمل", status: .draft, publishedAt: nil), by: people[0].id)
        var content = created.content
        content.headline = "مسودة أمل المعدلة"
        draft = try await store.update(id: created.id, expectedRevision: 1, content: content, by: people[0].id, note: nil)
    }

    /// A browser session for `user`: the cookie header and the CSRF token its forms carry.
    func session(for user: User, lifetime: TimeInterval = 3600) async throws -> Credentials {
        let secret = SecretToken.generate(), csrf = SecretToken.generate()
        try await site.store.createSession(
            idHash: SecretToken.hash(secret), user: user.id, csrfToken: csrf, createdAt: clock.now, expiresAt: clock.now + lifetime)
        return Credentials(headers: [.cookie: "nashir_session=\(secret)"], csrf: csrf)
    }

    /// An API token for `user`.
    func token(for user: User) async throws -> (credentials: Credentials, id: Int64) {
        let secret = SecretToken.generate(prefix: "nsr_")
        let token = try await site.store.createToken(user: user.id, label: "test", hash: SecretToken.hash(secret), at: clock.now)
        return (Credentials(headers: [.authorization: "Bearer \(secret)"], csrf: ""), token.id)
    }
}

/// What a request carries to say who is asking.
struct Credentials: Sendable {
    var headers: HTTPFields
    var csrf: String

    static let anonymous = Credentials(headers: [:], csrf: "")

    /// The headers and percent-encoded body of a form posted with these credentials.
    func formRequest(_ form: [(String, String)]) -> (HTTPFields, ByteBuffer) {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        var components = URLComponents()
        components.queryItems = form.map { URLQueryItem(name: $0.0, value: $0.1) }
        let body = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return (headers, ByteBuffer(string: body))
    }
}

extension TestClientProtocol {
    /// Posts a form, percent-encoding each field.
    func post(_ uri: String, form: [(String, String)], as credentials: Credentials) async throws -> TestResponse {
        let (headers, body) = credentials.formRequest(form)
        return try await execute(uri: uri, method: .post, headers: headers, body: body)
    }

    /// Sends JSON to the API.
    func send(_ method: HTTPRequest.Method, _ uri: String, json: String?, as credentials: Credentials) async throws -> TestResponse {
        var headers = credentials.headers
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

extension Array {
    /// `map` with an async transform, one element after another.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
