import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// Every newsroom route × every kind of asker gets exactly the allowed outcome, and a route
/// the router answers but the matrix does not list fails the test.
@Suite struct AuthorisationMatrixTests {
    /// Who is asking.
    enum Asker: String, CaseIterable, Sendable {
        case anonymous, writer, otherWriter, editor, administrator, disabledUser, expiredSession, revokedToken
    }

    /// One route: how to call it on the fixture's draft, and what each asker gets.
    struct Route: Sendable, CustomTestStringConvertible {
        let key: String
        let isAPI: Bool
        let call: @Sendable (any TestClientProtocol, NewsroomFixture, Credentials) async throws -> TestResponse
        let expected: [Asker: HTTPResponse.Status]
        var testDescription: String { key }
    }

    /// Outcomes for someone the newsroom does not know (signed out, disabled, expired, revoked).
    static func outsiders(_ status: HTTPResponse.Status) -> [Asker: HTTPResponse.Status] {
        [.anonymous: status, .disabledUser: status, .expiredSession: status, .revokedToken: status]
    }

    static func people(writer: HTTPResponse.Status, other: HTTPResponse.Status? = nil, editor: HTTPResponse.Status, administrator: HTTPResponse.Status) -> [Asker: HTTPResponse.Status] {
        [.writer: writer, .otherWriter: other ?? writer, .editor: editor, .administrator: administrator]
    }

    static func merge(_ a: [Asker: HTTPResponse.Status], _ b: [Asker: HTTPResponse.Status]) -> [Asker: HTTPResponse.Status] {
        a.merging(b) { first, _ in first }
    }

    static let editorForm: @Sendable (NewsroomFixture, Credentials) -> [(String, String)] = { fixture, credentials in
        [("csrf", credentials.csrf), ("revision", String(fixture.draft.revision)), ("section", "أخبار"), ("headline", "عنوان جديد"),
         ("body", "فقرة."), ("action", "save")]
    }

    static let routes: [Route] = {
        let signIn = { (status: HTTPResponse.Status) in merge(outsiders(status), people(writer: .seeOther, editor: .seeOther, administrator: .seeOther)) }
        let admin = { (people: [Asker: HTTPResponse.Status]) in merge(outsiders(.seeOther), people) }
        let api = { (people: [Asker: HTTPResponse.Status]) in merge(outsiders(.unauthorized), people) }
        let everyone200 = people(writer: .ok, editor: .ok, administrator: .ok)
        return [
            Route(key: "GET /admin/login", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/login", method: .get, headers: who.headers) },
                  expected: merge(outsiders(.ok), people(writer: .seeOther, editor: .seeOther, administrator: .seeOther))),
            Route(key: "POST /admin/login", isAPI: false, call: { c, _, who in try await c.post("/admin/login", form: [("username", "x"), ("password", "y")], as: who) },
                  expected: merge(outsiders(.forbidden), people(writer: .forbidden, editor: .forbidden, administrator: .forbidden))),
            Route(key: "POST /admin/logout", isAPI: false, call: { c, _, who in try await c.post("/admin/logout", form: [("csrf", who.csrf)], as: who) },
                  expected: signIn(.seeOther)),
            Route(key: "POST /admin/logout-everywhere", isAPI: false, call: { c, _, who in try await c.post("/admin/logout-everywhere", form: [("csrf", who.csrf)], as: who) },
                  expected: signIn(.seeOther)),
            Route(key: "GET /admin/setup", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/setup", method: .get, headers: who.headers) },
                  expected: merge(outsiders(.notFound), people(writer: .notFound, editor: .notFound, administrator: .notFound))),
            Route(key: "POST /admin/setup", isAPI: false, call: { c, _, who in try await c.post("/admin/setup", form: [("token", "x")], as: who) },
                  expected: merge(outsiders(.notFound), people(writer: .notFound, editor: .notFound, administrator: .notFound))),
            Route(key: "GET /admin", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            Route(key: "GET /admin/articles", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/articles?q=مسودة", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            Route(key: "POST /admin/articles", isAPI: false, call: { c, _, who in
                try await c.post("/admin/articles", form: [("csrf", who.csrf), ("section", "أخبار"), ("headline", "خبر جديد"), ("body", "فقرة."), ("action", "save")], as: who)
            }, expected: admin(people(writer: .seeOther, editor: .seeOther, administrator: .seeOther))),
            Route(key: "GET /admin/articles/new", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/articles/new", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            Route(key: "GET /admin/articles/{id}", isAPI: false, call: { c, f, who in try await c.execute(uri: "/admin/articles/\(f.draft.id)", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            Route(key: "POST /admin/articles/{id}", isAPI: false, call: { c, f, who in try await c.post("/admin/articles/\(f.draft.id)", form: editorForm(f, who), as: who) },
                  expected: admin(people(writer: .seeOther, other: .forbidden, editor: .seeOther, administrator: .seeOther))),
            Route(key: "GET /admin/articles/{id}/history", isAPI: false, call: { c, f, who in try await c.execute(uri: "/admin/articles/\(f.draft.id)/history?from=1&to=2", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            Route(key: "POST /admin/articles/{id}/restore/{revision}", isAPI: false, call: { c, f, who in
                try await c.post("/admin/articles/\(f.draft.id)/restore/1", form: [("csrf", who.csrf), ("revision", "2")], as: who)
            }, expected: admin(people(writer: .seeOther, other: .forbidden, editor: .seeOther, administrator: .seeOther))),
            Route(key: "GET /admin/incoming", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/incoming", method: .get, headers: who.headers) },
                  expected: admin(everyone200)),
            // The fixture's story is a draft, not incoming: the desk says a colleague took it first.
            Route(key: "POST /admin/incoming/{id}/take", isAPI: false, call: { c, f, who in
                try await c.post("/admin/incoming/\(f.draft.id)/take", form: [("csrf", who.csrf)], as: who)
            }, expected: admin(people(writer: .seeOther, editor: .seeOther, administrator: .seeOther))),
            Route(key: "GET /admin/people", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/people", method: .get, headers: who.headers) },
                  expected: admin(people(writer: .forbidden, editor: .forbidden, administrator: .ok))),
            Route(key: "POST /admin/people", isAPI: false, call: { c, _, who in
                try await c.post("/admin/people", form: [("csrf", who.csrf), ("username", "newcomer"), ("role", "writer"), ("password", "a-long-password")], as: who)
            }, expected: admin(people(writer: .forbidden, editor: .forbidden, administrator: .seeOther))),
            Route(key: "POST /admin/people/{id}", isAPI: false, call: { c, f, who in
                try await c.post("/admin/people/\(f.otherWriter.id)", form: [("csrf", who.csrf), ("action", "role"), ("role", "editor")], as: who)
            }, expected: admin(people(writer: .forbidden, editor: .forbidden, administrator: .seeOther))),
            Route(key: "POST /admin/media", isAPI: false, call: { c, f, who in
                var form = MultipartBody()
                form.field("csrf", who.csrf)
                form.field("alt", "صورة")
                form.file("file", filename: "not-an-image.jpg", type: "image/jpeg", Array("ليس صورة".utf8))
                var headers = who.headers
                headers[.contentType] = form.contentType
                return try await c.execute(uri: "/admin/media", method: .post, headers: headers, body: ByteBuffer(bytes: form.finished))
            }, expected: admin(people(writer: .unprocessableContent, editor: .unprocessableContent, administrator: .unprocessableContent))),
            Route(key: "GET /admin/settings", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/settings", method: .get, headers: who.headers) },
                  expected: admin(people(writer: .forbidden, editor: .forbidden, administrator: .ok))),
            Route(key: "POST /admin/settings", isAPI: false, call: { c, _, who in
                try await c.post("/admin/settings", form: [("csrf", who.csrf), ("name", "صحيفة الغد"), ("digits", "arabic-indic"), ("months", "levantine"), ("timeZone", "Africa/Tripoli")], as: who)
            }, expected: admin(people(writer: .forbidden, editor: .forbidden, administrator: .seeOther))),
            Route(key: "POST /admin/preview", isAPI: false, call: { c, f, who in
                try await c.post("/admin/preview", form: editorForm(f, who) + [("article", String(f.draft.id.rawValue))], as: who)
            }, expected: admin(people(writer: .ok, other: .forbidden, editor: .ok, administrator: .ok))),
            Route(key: "POST /admin/check", isAPI: false, call: { c, f, who in try await c.post("/admin/check", form: editorForm(f, who), as: who) },
                  expected: admin(everyone200)),
            Route(key: "GET /admin/assets/{name}", isAPI: false, call: { c, _, who in try await c.execute(uri: "/admin/assets/admin.css", method: .get, headers: who.headers) },
                  expected: merge(outsiders(.ok), everyone200)),
            Route(key: "GET /api/v1/articles", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/articles?status=draft", json: nil, as: who) },
                  expected: api(everyone200)),
            Route(key: "POST /api/v1/articles", isAPI: true, call: { c, _, who in
                try await c.send(.post, "/api/v1/articles", json: #"{"headline":"خبر من الواجهة","section":"أخبار","body":[{"type":"paragraph","text":"نص."}]}"#, as: who)
            }, expected: api(people(writer: .created, editor: .created, administrator: .created))),
            Route(key: "GET /api/v1/articles/{id}", isAPI: true, call: { c, f, who in try await c.send(.get, "/api/v1/articles/\(f.draft.id)", json: nil, as: who) },
                  expected: api(everyone200)),
            Route(key: "PUT /api/v1/articles/{id}", isAPI: true, call: { c, f, who in
                try await c.send(.put, "/api/v1/articles/\(f.draft.id)", json: #"{"revision":2,"headline":"عنوان من الواجهة"}"#, as: who)
            }, expected: api(people(writer: .ok, other: .forbidden, editor: .ok, administrator: .ok))),
            Route(key: "DELETE /api/v1/articles/{id}", isAPI: true, call: { c, f, who in try await c.send(.delete, "/api/v1/articles/\(f.draft.id)", json: nil, as: who) },
                  expected: api(people(writer: .ok, other: .forbidden, editor: .ok, administrator: .ok))),
            Route(key: "POST /api/v1/articles/{id}/transitions", isAPI: true, call: { c, f, who in
                try await c.send(.post, "/api/v1/articles/\(f.draft.id)/transitions", json: #"{"to":"in-review"}"#, as: who)
            }, expected: api(people(writer: .ok, other: .forbidden, editor: .ok, administrator: .ok))),
            Route(key: "GET /api/v1/articles/{id}/check", isAPI: true, call: { c, f, who in try await c.send(.get, "/api/v1/articles/\(f.draft.id)/check", json: nil, as: who) },
                  expected: api(people(writer: .ok, other: .forbidden, editor: .ok, administrator: .ok))),
            Route(key: "GET /api/v1/sections", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/sections", json: nil, as: who) },
                  expected: api(everyone200)),
            Route(key: "GET /api/v1/openapi.json", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/openapi.json", json: nil, as: who) },
                  expected: merge(outsiders(.ok), everyone200)),
            Route(key: "GET /api/v1/tags", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/tags?q=%D9%84&limit=5", json: nil, as: who) },
                  expected: api(everyone200)),
            Route(key: "GET /api/v1/media", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/media", json: nil, as: who) },
                  expected: api(everyone200)),
            Route(key: "GET /api/v1/media/{id}", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/media/999", json: nil, as: who) },
                  expected: api(people(writer: .notFound, editor: .notFound, administrator: .notFound))),
            Route(key: "POST /api/v1/media", isAPI: true, call: { c, _, who in
                var form = MultipartBody()
                form.field("alt", "صورة اختبار")
                form.file("file", filename: "pixel.png", type: "image/png", TestPNG.gradient(width: 64, height: 48))
                var headers = who.headers
                headers[.contentType] = form.contentType
                return try await c.execute(uri: "/api/v1/media", method: .post, headers: headers, body: ByteBuffer(bytes: form.finished))
            }, expected: api(people(writer: .created, editor: .created, administrator: .created))),
            Route(key: "GET /api/v1/users", isAPI: true, call: { c, _, who in try await c.send(.get, "/api/v1/users", json: nil, as: who) },
                  expected: api(people(writer: .forbidden, editor: .forbidden, administrator: .ok))),
        ]
    }()

    @Test func everyNewsroomRouteIsInTheMatrix() async throws {
        let site = try await SiteFixture()
        let newsroom = registeredRoutes(store: site.store, configuration: WebConfiguration(theme: try Theme()))
            .filter { $0.contains("/admin") || ($0.contains("/api/v1/") && !$0.contains("/api/v1/search") && !$0.contains("/api/v1/suggest")) }
        let listed = Set(Self.routes.map(\.key))
        let missing = newsroom.filter { !listed.contains($0) }
        #expect(missing.isEmpty, "routes the matrix does not cover: \(missing)")
        #expect(Set(newsroom) == listed, "the matrix lists routes the router does not answer: \(listed.subtracting(newsroom))")
    }

    @Test(arguments: routes)
    func everyAskerGetsExactlyTheAllowedOutcome(_ route: Route) async throws {
        for asker in Asker.allCases {
            let fixture = try await NewsroomFixture()
            let credentials = try await Self.credentials(of: asker, api: route.isAPI, in: fixture)
            try await fixture.site.test { client in
                let response = try await route.call(client, fixture, credentials)
                #expect(response.status == route.expected[asker], "\(route.key) as \(asker.rawValue): \(response.status)")
                // Nothing of the newsroom may be kept by a cache.
                if route.key.contains("/admin/assets/") == false {
                    #expect(response.headers[.cacheControl] == "private, no-store", "\(route.key) as \(asker.rawValue)")
                }
            }
        }
    }

    static func credentials(of asker: Asker, api: Bool, in fixture: NewsroomFixture) async throws -> Credentials {
        func identity(_ user: User) async throws -> Credentials {
            api ? try await fixture.token(for: user).credentials : try await fixture.session(for: user)
        }
        switch asker {
        case .anonymous: return .anonymous
        case .writer: return try await identity(fixture.writer)
        case .otherWriter: return try await identity(fixture.otherWriter)
        case .editor: return try await identity(fixture.editor)
        case .administrator: return try await identity(fixture.administrator)
        case .disabledUser:
            let credentials = try await identity(fixture.editor)
            _ = try await fixture.site.store.updateUser(id: fixture.editor.id, UserChange(isDisabled: true))
            return credentials
        case .expiredSession:
            let credentials = try await fixture.session(for: fixture.editor, lifetime: 60)
            fixture.clock.advance(by: 120)
            return credentials
        case .revokedToken:
            let (credentials, id) = try await fixture.token(for: fixture.editor)
            _ = try await fixture.site.store.revokeToken(id: id, at: fixture.clock.now)
            return credentials
        }
    }
}
