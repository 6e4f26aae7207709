import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
@testable import NashirWeb
import NIOCore
import Testing

/// Theme assets are served from memory under names that carry a hash of their bytes.
@Suite struct AssetTests {
    static let assets = Fixtures.packageRoot.appendingPathComponent("Themes/default/assets")

    /// The stylesheet address the home page prints.
    static func stylesheet(_ client: some TestClientProtocol) async throws -> String {
        let page = try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
        return try #require(page.elements { $0.name == "link" && $0["rel"] == "stylesheet" }.first?["href"])
    }

    @Test func pagesLinkAssetsByContentHashAndTheyAreKeptForAYear() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let href = try await Self.stylesheet(client)
            #expect(href.wholeMatch(of: /\/assets\/site\.[0-9a-f]{16}\.css/) != nil, "\(href)")
            let css = try await client.execute(uri: href, method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.contentSecurityPolicy] != nil && css.headers[.xContentTypeOptions] == "nosniff")
            // The stylesheet as written, except that it names the fonts by their content too.
            let written = try String(contentsOf: Self.assets.appendingPathComponent("site.css"), encoding: .utf8)
            let font = try #require(css.text.firstMatch(of: /url\("(naskh-400\.[0-9a-f]{16}\.woff2)"\)/)?.1)
            #expect(css.text.replacing(/naskh-(400|700)\.[0-9a-f]{16}\.woff2/) { "naskh-\($0.1).woff2" } == written)
            let fontResponse = try await client.execute(uri: "/assets/" + font, method: .get)
            #expect(fontResponse.status == .ok && fontResponse.headers[.contentType] == "font/woff2")
            #expect(fontResponse.headers[.cacheControl] == "public, max-age=31536000, immutable")
            let etag = try #require(css.headers[.eTag])
            let again = try await client.execute(uri: href, method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            let head = try await client.execute(uri: href, method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
        }
    }

    @Test func textAssetsAreGzippedWhenAcceptedAndAnswerIfModifiedSince() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let page = try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
            let links = page.elements { ($0["href"] ?? $0["src"])?.hasPrefix("/assets/") == true }.compactMap { $0["href"] ?? $0["src"] }
            for link in links {
                let plain = try await client.execute(uri: link, method: .get)
                let packed = try await client.execute(uri: link, method: .get, headers: [.acceptEncoding: "gzip, br"])
                #expect(plain.status == .ok && plain.headers[.contentEncoding] == nil, "\(link)")
                if plain.body.readableBytes < 1024 {
                    // Too small to gain from it (the icon): one form, nothing to vary on.
                    #expect(packed.headers[.contentEncoding] == nil && packed.headers[.vary] == nil && packed.body == plain.body, "\(link)")
                } else {
                    // Stylesheet and script are text: sent gzipped to a browser that takes it.
                    #expect(packed.headers[.contentEncoding] == "gzip", "\(link)")
                    #expect(plain.headers[.vary] == "Accept-Encoding" && packed.headers[.vary] == "Accept-Encoding", "\(link)")
                    var body = packed.body
                    #expect(try body.decompress(with: .gzip()) == plain.body, "\(link)")
                    #expect(packed.headers[.eTag] != plain.headers[.eTag] && packed.headers[.cacheControl] == plain.headers[.cacheControl])
                    let etag = try #require(packed.headers[.eTag])
                    #expect(try await client.execute(uri: link, method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: etag]).status == .notModified)
                }
                let modified = try #require(plain.headers[.lastModified], "\(link)")
                #expect(try await client.execute(uri: link, method: .get, headers: [.ifModifiedSince: modified]).status == .notModified)
                let earlier = try await client.execute(uri: link, method: .get, headers: [.ifModifiedSince: "Sat, 01 Jan 2000 00:00:00 GMT"])
                #expect(earlier.status == .ok && earlier.body == plain.body)
            }
        }
    }

    @Test func everyLinkedAssetIsServedWithItsType() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let page = try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
            let links = page.elements { ($0["href"] ?? $0["src"])?.hasPrefix("/assets/") == true }.compactMap { $0["href"] ?? $0["src"] }
            #expect(links.count == 3)
            for link in links {
                let response = try await client.execute(uri: link, method: .get)
                #expect(response.status == .ok, "\(link)")
                #expect(response.headers[.contentType] == AssetMediaType.of(link), "\(link)")
            }
        }
    }

    @Test func plainNamesAreServedBrieflyAndUnknownOnesAreNotFound() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let plain = try await client.execute(uri: "/assets/site.css", method: .get)
            #expect(plain.status == .ok)
            #expect(plain.headers[.cacheControl] == "public, max-age=300")
            let fingerprinted = try await client.execute(uri: try await Self.stylesheet(client), method: .get)
            #expect(plain.headers[.eTag] == fingerprinted.headers[.eTag])
            // "/assets/" answers 301 to "/assets", like every path ending in a slash.
            for unknown in ["/assets/nope.css", "/assets/site.000000000000.css", "/assets", "/assets/../Package.swift"] {
                #expect(try await client.execute(uri: unknown, method: .get).status == .notFound, "\(unknown)")
            }
        }
    }

    @Test func twoInstancesStartedAtDifferentTimesServeTheSamePage() async throws {
        let site = try await SiteFixture()
        let article = try await site.store.save([SitePagesTests.draft("1", headline: "الترجي يفوز")])[0].article
        func page() async throws -> (body: String, etag: String?) {
            // A second server process: same store, same theme folder, its own start time.
            let theme = try Theme(directory: ThemeTests.defaultTheme)
            let configuration = WebConfiguration(host: "127.0.0.1", port: 8080, baseURL: "https://news.example", theme: theme)
            let application = Application(responder: buildResponder(store: site.store, configuration: configuration))
            return try await application.test(.router) { client in
                let response = try await client.execute(uri: SiteRoute.of(article).path, method: .get)
                return (response.text, response.headers[.eTag])
            }
        }
        let first = try await page()
        // Asset addresses once carried the start time in seconds: start the second a second later.
        try await Task.sleep(for: .milliseconds(1_100))
        let second = try await page()
        #expect(first.body == second.body)
        #expect(first.etag != nil && first.etag == second.etag)
    }

    @Test func anEditedAssetGetsANewAddress() async throws {
        let folder = try TemporaryDirectory()
        let copy = folder.url.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: ThemeTests.defaultTheme, to: copy)
        let original = try Theme(directory: copy).assets.path("site.css")
        let css = copy.appendingPathComponent("assets/site.css")
        try (String(contentsOf: css, encoding: .utf8) + "\n.house { color: red; }\n").write(to: css, atomically: true, encoding: .utf8)
        let edited = try Theme(directory: copy)
        #expect(edited.assets.path("site.css") != original)
        #expect(edited.assets.path("site.js") == (try Theme(directory: ThemeTests.defaultTheme)).assets.path("site.js"))
    }

    @Test func fingerprintsAreTheFNV1a64OfTheBytes() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (the published test vector); leading zeros are kept.
        #expect(ThemeAssets.hash(Data("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ThemeAssets.hash(Data()).count == 16)
    }

    @Test(arguments: [
        ("site.css", "site.0123456789abcdef.css"),
        ("fonts/naskh.woff2", "fonts/naskh.0123456789abcdef.woff2"),
        ("LICENSE", "LICENSE.0123456789abcdef"),
        ("v1.2/logo", "v1.2/logo.0123456789abcdef"),
    ])
    func theHashGoesBeforeTheExtension(_ name: String, _ fingerprinted: String) {
        #expect(ThemeAssets.fingerprinted(name, hash: "0123456789abcdef") == fingerprinted)
    }

    @Test(arguments: [
        ("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8"), ("icon.svg", "image/svg+xml"),
        ("logo.PNG", "image/png"), ("fonts/naskh.woff2", "font/woff2"), ("photo.jpeg", "image/jpeg"),
        ("notes", "application/octet-stream"), ("v1.2/notes", "application/octet-stream"),
    ])
    func contentTypesFollowTheExtension(_ name: String, _ type: String) {
        #expect(AssetMediaType.of(name) == type)
    }
}
