import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// The whole server over real sockets, where cached pages are answered by the channel fast path.
@Suite struct LiveServerTests {
    @Test func theFastPathAnswersExactlyLikeTheRouter() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        let article = try await store.save([SitePagesTests.draft("1", headline: "الترجي يفوز")])[0].article
        let theme = try SiteFixture.defaultTheme()
        let app = buildApplication(
            store: store, configuration: WebConfiguration(host: "127.0.0.1", port: 0, baseURL: "https://news.example", theme: theme),
            logger: Logger(label: "test"))
        try await app.testLive { client in
            let path = SiteRoute.of(article).path
            // A HEAD the router answers (the page not cached yet) gives the length a GET gets,
            // and the connection goes on to the next request.
            let homeHead = try await client.execute(uri: "/", method: .head)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(homeHead.status == .ok && homeHead.body.readableBytes == 0 && home.status == .ok)
            #expect(homeHead.headers[.contentLength] == String(home.body.readableBytes))
            let routed = try await client.execute(uri: path, method: .get)
            let cached = try await client.execute(uri: path, method: .get)
            #expect(routed.status == .ok && cached.status == .ok)
            #expect(cached.text == routed.text)
            for name in [HTTPField.Name.contentType, .eTag, .contentSecurityPolicy, .xContentTypeOptions, .cacheControl] {
                #expect(cached.headers[name] == routed.headers[name], "\(name)")
            }
            #expect(cached.headers[.date] != nil)
            // Parameters no page reads are answered from the same cached copy.
            let tracked = try await client.execute(uri: path + "?utm_source=newsletter&fbclid=1", method: .get)
            #expect(tracked.status == .ok && tracked.text == routed.text && tracked.headers[.eTag] == routed.headers[.eTag])
            let etag = try #require(cached.headers[.eTag])
            #expect(try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag]).status == .notModified)
            // The fast path picks the gzip form as the router does, from the same cached page.
            let packed = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: "gzip"])
            #expect(packed.headers[.contentEncoding] == "gzip" && packed.headers[.vary] == "Accept-Encoding")
            #expect(packed.body.readableBytes < cached.body.readableBytes && packed.headers[.contentLength] == String(packed.body.readableBytes))
            #expect(packed.headers[.surrogateKeyForTests] == cached.headers[.surrogateKeyForTests])
            let head = try await client.execute(uri: path, method: .head)
            #expect(head.status == .ok && head.text.isEmpty)
            let moved = try await client.execute(uri: "/news/\(article.id)", method: .get)
            #expect(moved.status == .movedPermanently)
            #expect(try await client.execute(uri: "/news/\(article.id)", method: .get).headers[.location] == path)
            // Misses and other methods still reach the application.
            // After answers the application never saw (a HEAD among them), its own still carry their bodies.
            let missing = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(missing.status == .notFound && missing.text.contains("</html>"))
            #expect(try await client.execute(uri: path, method: .post).status != .ok)
        }
    }

    @Test func requestsWrittenAtOnceAreAnsweredInOrderWhetherCachedOrNot() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        let saved = try await store.save([SitePagesTests.draft("1", headline: "الترجي يفوز"), SitePagesTests.draft("2", headline: "النادي الأفريقي يتعادل")])
        let (cached, missing) = (SiteRoute.of(saved[0].article).path, SiteRoute.of(saved[1].article).path)
        let theme = try SiteFixture.defaultTheme()
        let app = buildApplication(
            store: store, configuration: WebConfiguration(host: "127.0.0.1", port: 0, baseURL: "https://news.example", theme: theme),
            logger: Logger(label: "test"))
        try await app.test(.live) { framework in
            let port = try #require(framework.port)
            // The first story's page in the cache, the second's not yet.
            let warm = try RawHTTPConnection.exchange(port: port, requests: [("GET", cached)])
            #expect(warm.first?.status == .some(200))
            let requests = [("GET", cached), ("GET", missing), ("HEAD", cached), ("GET", "/no/such/page"), ("GET", cached), ("GET", missing)]
            let responses = try await Task.detached { try RawHTTPConnection.exchange(port: port, requests: requests) }.value
            #expect(responses.map(\.status) == [200, 200, 200, 404, 200, 200])
            guard responses.count == 6 else { return }
            #expect(responses[0].text.contains("الترجي يفوز") && !responses[0].text.contains("النادي الأفريقي يتعادل</h1>"))
            #expect(responses[1].text.contains("النادي الأفريقي يتعادل</h1>"))
            #expect(responses[2].body.isEmpty && responses[2].headers["content-length"] == String(responses[0].body.count))
            #expect(responses[3].text.contains("</html>"))
            #expect(responses[4].body == responses[0].body && responses[5].body == responses[1].body)
        }
    }
}

extension HTTPField.Name {
    static let surrogateKeyForTests = HTTPField.Name("Surrogate-Key")!
}
