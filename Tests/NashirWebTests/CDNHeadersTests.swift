import CompressNIO
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

/// What a CDN in front of the site reads: how long it may keep each page and the keys a purge
/// can target; and the origin rendering a missing page once however many ask at the same moment.
@Suite struct CDNHeadersTests {
    static let policy = CachePolicy(maxAge: 120, staleWhileRevalidate: 600)
    static let section = Section(slug: "رياضة", name: "رياضة")
    static let tag = NashirDomain.Tag(slug: "libya", name: "ليبيا")

    func site(renders: Recorder<String>? = nil) async throws -> (SiteFixture, Article) {
        let site = try await SiteFixture(renders: renders, cachePolicy: Self.policy)
        let saved = try await site.store.save([
            TestDraft.make(key: "a", headline: "الترجي يفوز", section: Self.section, body: ["فقرة الخبر."], tags: [Self.tag], status: .published,
                           publishedAt: TestDraft.baseDate),
        ])
        return (site, saved[0].article)
    }

    @Test func publicPagesCarryTheSitesCachePolicyAndTheKeysOfWhatTheyShow() async throws {
        let (site, article) = try await site()
        let expected: [(String, String)] = [
            (SiteRoute.of(article).path, "article:\(article.id) section-order:%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9 site tag-order:libya"),
            (SiteRoute.home().path, "latest site"),
            (SiteRoute.section(slug: Self.section.slug).path, "section:%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9 site"),
            (SiteRoute.tag(slug: "libya").path, "site tag:libya"),
        ]
        try await site.test { client in
            for (path, keys) in expected {
                // The first request renders, the second comes from the page cache: both say the same.
                for _ in 0..<2 {
                    let response = try await client.execute(uri: path, method: .get)
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers[.cacheControl] == "public, max-age=120, stale-while-revalidate=600", "\(path)")
                    #expect(response.headers[HTTPField.Name("Surrogate-Key")!] == keys, "\(path)")
                }
            }
            // A revalidation keeps the policy, so a CDN refreshes how long it may keep the page.
            let page = try await client.execute(uri: SiteRoute.of(article).path, method: .get)
            let etag = try #require(page.headers[.eTag])
            let revalidated = try await client.execute(uri: SiteRoute.of(article).path, method: .get, headers: [.ifNoneMatch: etag])
            #expect(revalidated.status == .notModified)
            #expect(revalidated.headers[.cacheControl] == "public, max-age=120, stale-while-revalidate=600")
        }
    }

    @Test func everyPublicPageCarriesLastModifiedAndAnswersIfModifiedSince() async throws {
        let (site, article) = try await site()
        let paths = [
            SiteRoute.of(article).path, SiteRoute.home().path, SiteRoute.section(slug: Self.section.slug).path, SiteRoute.tag(slug: "libya").path,
            "/archive", "/robots.txt", "/sitemap.xml", "/sitemap-news.xml", "/feed.xml", "/search?q=%D8%A7%D9%84%D8%AA%D8%B1%D8%AC%D9%8A",
        ]
        try await site.test { client in
            for path in paths {
                // The first request renders, the second comes from the page cache: both say the same.
                for _ in 0..<2 {
                    let response = try await client.execute(uri: path, method: .get)
                    #expect(response.status == .ok, "\(path)")
                    let modified = try #require(response.headers[.lastModified], "\(path)")
                    let unchanged = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: modified])
                    #expect(unchanged.status == .notModified && unchanged.body.readableBytes == 0, "\(path)")
                    let earlier = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: "Sat, 01 Jan 2000 00:00:00 GMT"])
                    #expect(earlier.status == .ok && earlier.body == response.body, "\(path)")
                    // The validator that identifies the bytes decides when both are sent.
                    let stale = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: modified, .ifNoneMatch: "\"other\""])
                    #expect(stale.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test func aTagACacheWeakenedStillRevalidates() async throws {
        let (site, article) = try await site()
        let path = SiteRoute.of(article).path
        try await site.test { client in
            // Rendered, then from the cache.
            for _ in 0..<2 {
                let page = try await client.execute(uri: path, method: .get)
                let etag = try #require(page.headers[.eTag])
                // A CDN that compressed the page itself keeps a weak tag (W/"…") and sends it back (RFC 9110 §13.1.2).
                for sent in ["W/\(etag)", "\"other\", W/\(etag)", " \(etag) ", "*"] {
                    let response = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: sent])
                    #expect(response.status == .notModified, "\(sent)")
                }
                for sent in ["W/\"other\"", "\(etag.dropLast())-x\""] {
                    #expect(try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: sent]).status == .ok, "\(sent)")
                }
            }
        }
    }

    @Test func readersAskingForAMissingPageAtOnceGetOneRender() async throws {
        let renders = Recorder<String>()
        let (site, article) = try await site(renders: renders)
        let path = SiteRoute.of(article).path
        try await site.test { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<32 { group.addTask { try await client.execute(uri: path, method: .get).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count == 32 && statuses.allSatisfy { $0 == .ok })
        }
        #expect(renders.take().filter { $0 == path }.count == 1)
    }

    @Test(arguments: ["gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*"])
    func gzipIsServedWhenAcceptedAndUnpacksToTheSamePage(_ acceptEncoding: String) async throws {
        let (site, article) = try await site()
        let path = SiteRoute.of(article).path
        try await site.test { client in
            // Twice each: the render's response, then the cache's.
            for _ in 0..<2 {
                let plain = try await client.execute(uri: path, method: .get)
                let packed = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: acceptEncoding])
                #expect(plain.headers[.contentEncoding] == nil && packed.headers[.contentEncoding] == "gzip")
                #expect(plain.headers[.vary] == "Accept-Encoding" && packed.headers[.vary] == "Accept-Encoding")
                #expect(packed.body.readableBytes < plain.body.readableBytes / 2, "\(packed.body.readableBytes) of \(plain.body.readableBytes) bytes")
                #expect(packed.headers[.contentLength] == String(packed.body.readableBytes))
                // What a CDN keeps and purges is the same for both forms.
                for name in [HTTPField.Name.cacheControl, HTTPField.Name("Surrogate-Key")!, .contentType] {
                    #expect(packed.headers[name] != nil && packed.headers[name] == plain.headers[name], "\(name)")
                }
                #expect(packed.headers[.lastModified] == plain.headers[.lastModified])
                var body = packed.body
                #expect(try body.decompress(with: .gzip()) == plain.body)
                // Two representations, two strong validators; each revalidates only itself.
                let etag = try #require(packed.headers[.eTag])
                #expect(etag != plain.headers[.eTag])
                let revalidated = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: acceptEncoding, .ifNoneMatch: etag])
                #expect(revalidated.status == .notModified)
                let other = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag])
                #expect(other.status == .ok && other.headers[.contentEncoding] == nil)
            }
        }
    }

    @Test(arguments: ["identity", "gzip;q=0", "br", "*;q=0", "gzip; q=0.000"])
    func gzipIsNotServedWhenRefused(_ acceptEncoding: String) async throws {
        let (site, article) = try await site()
        try await site.test { client in
            let response = try await client.execute(uri: SiteRoute.of(article).path, method: .get, headers: [.acceptEncoding: acceptEncoding])
            #expect(response.status == .ok && response.headers[.contentEncoding] == nil)
        }
    }
}
