import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

@Suite struct SitePagesTests {
    /// A story keyed by its number, published that many minutes after the base date so lists
    /// order alike in every run (another key falls back to the base date); its copy would run as
    /// script on any page that forgot to escape it.
    static func draft(_ key: String, headline: String, section: Section = Section(slug: "sport", name: "رياضة"), status: ArticleStatus = .published, tags: [NashirDomain.Tag] = []) -> ArticleDraft {
        TestDraft.make(
            key: key, headline: headline, section: section, body: ["فقرة الخبر <script>alert(1)</script> & «اقتباس»."],
            tags: tags, status: status, publishedAt: TestDraft.date(minutes: Int(key) ?? 0))
    }

    @Test func aChangedSlugRedirectsToTheCanonicalAddress() async throws {
        let site = try await SiteFixture()
        let article = try await site.store.save([Self.draft("1", headline: "الترجي يفوز")])[0].article
        try await site.test { client in
            for old in ["/news/\(article.id)/عنوان-قديم".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!, "/news/\(article.id)"] {
                let response = try await client.execute(uri: old, method: .get)
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == SiteRoute.of(article).path)
            }
        }
    }

    @Test func draftsAndUnknownAddressesGetTheArabic404() async throws {
        let site = try await SiteFixture()
        let draft = try await site.store.save([Self.draft("1", headline: "مسودة", status: .draft)])[0].article
        try await site.test { client in
            for path in [SiteRoute.of(draft).path, "/news/999/x", "/news/abc", "/section/none", "/tag/none", "/no/such/page"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                let page = try #require(HTMLParser.parse(response.text))
                #expect(page.elements(named: "h1").first?.text == "الصفحة غير موجودة")
                #expect(page["lang"] == "ar" && page["dir"] == "rtl")
            }
        }
    }

    @Test func copyIsEscapedEverywhere() async throws {
        let site = try await SiteFixture()
        let article = try await site.store.save([Self.draft("1", headline: "<img src=x onerror=alert(1)> عنوان")])[0].article
        try await site.test { client in
            for path in [SiteRoute.of(article).path, "/", SiteRoute.section(slug: "sport").path] {
                let html = try await client.execute(uri: path, method: .get).text
                #expect(!html.contains("<img src=x"))
                #expect(!html.contains("<script>alert"))
            }
            let html = try await client.execute(uri: SiteRoute.of(article).path, method: .get).text
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; عنوان"))
            let paragraph = HTMLParser.parse(html)?.elements(withClass: "article-body").first?.elements(named: "p").first
            #expect(paragraph?.text == "فقرة الخبر <script>alert(1)</script> & «اقتباس».")
        }
    }

    @Test func homeSectionAndTagPagesListPublishedArticles() async throws {
        let site = try await SiteFixture()
        let libya = NashirDomain.Tag(slug: "ليبيا", name: "ليبيا")
        _ = try await site.store.save([
            Self.draft("1", headline: "الترجي يفوز", tags: [libya]),
            Self.draft("2", headline: "ارتفاع النفط", section: Section(slug: "economy", name: "اقتصاد")),
            Self.draft("3", headline: "مسودة سرية", status: .draft),
        ])
        try await site.test { client in
            let home = try await client.execute(uri: "/", method: .get).text
            #expect(home.contains("الترجي يفوز") && home.contains("ارتفاع النفط") && !home.contains("مسودة سرية"))
            let sport = try await client.execute(uri: SiteRoute.section(slug: "sport").path, method: .get).text
            #expect(sport.contains("الترجي يفوز") && !sport.contains("ارتفاع النفط"))
            #expect(HTMLParser.parse(sport)?.elements(named: "h1").first?.text == "رياضة")
            let tag = try await client.execute(uri: SiteRoute.tag(slug: libya.slug).path, method: .get)
            #expect(tag.status == .ok)
            #expect(tag.text.contains("الترجي يفوز") && !tag.text.contains("ارتفاع النفط"))
        }
    }

    @Test func listsPaginateAndRefuseNonsensePages() async throws {
        let site = try await SiteFixture()
        _ = try await site.store.save((1...25).map { Self.draft("\($0)", headline: "خبر رقم \($0)") })
        try await site.test { client in
            let first = try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
            // The front page: the lead and 19 more, a page's worth, so page 2 goes on from there.
            #expect(first.elements(withClass: "lead-headline").map(\.text) == ["خبر رقم 25"])
            #expect(first.elements(withClass: "article-card").count == 19)
            #expect(first.elements { $0["rel"] == "next" }.first?["href"] == "/?page=2")
            let second = try #require(HTMLParser.parse(try await client.execute(uri: "/?page=2", method: .get).text))
            #expect(second.elements(withClass: "article-card").count == 5)
            // Newest first, the same in every run: story N is published N minutes after the base date.
            #expect(first.elements(withClass: "card-headline").first?.text == "خبر رقم 24")
            #expect(second.elements(withClass: "card-headline").map(\.text) == (1...5).reversed().map { "خبر رقم \($0)" })
            #expect(try await client.execute(uri: "/?page=3", method: .get).status == .notFound)
            for bad in ["/?page=0", "/?page=abc", "/?page=-1"] {
                #expect(try await client.execute(uri: bad, method: .get).status == .badRequest)
            }
        }
    }

    @Test func cachedPagesRevalidateWithETagsAndFollowNewContent() async throws {
        let clock = ManualClock(Date())
        let site = try await SiteFixture(clock: clock.source)
        let article = try await site.store.save([Self.draft("1", headline: "عنوان أول")])[0].article
        try await site.test { client in
            let first = try await client.execute(uri: SiteRoute.of(article).path, method: .get)
            let etag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: SiteRoute.of(article).path, method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.headers[.contentSecurityPolicy] != nil)
            var draft = Self.draft("1", headline: "عنوان مصحح")
            draft.content.slug = article.content.slug
            _ = try await site.store.save([draft])
            clock.advance(by: 0.6)
            let updated = try await client.execute(uri: SiteRoute.of(article).path, method: .get, headers: [.ifNoneMatch: etag])
            #expect(updated.status == .ok)
            #expect(updated.text.contains("عنوان مصحح"))
        }
    }

    @Test func themeAssetsAreServedWithLongCaching() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            // Pages link the fingerprinted name, which is what may be kept for a year.
            let css = try await client.execute(uri: try await AssetTests.stylesheet(client), method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl]?.contains("max-age=31536000") == true)
            #expect(css.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func headRequestsAnswerWithoutABodyAndWithTheLengthAGetWouldGet() async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            // The first HEAD renders the page, the second is answered from the cache.
            for _ in 0..<2 {
                let head = try await client.execute(uri: "/", method: .head)
                let get = try await client.execute(uri: "/", method: .get)
                #expect(head.status == .ok)
                #expect(head.text.isEmpty)
                #expect(get.body.readableBytes > 0 && head.headers[.contentLength] == String(get.body.readableBytes))
                #expect(head.headers[.eTag] == get.headers[.eTag])
            }
        }
    }
}
