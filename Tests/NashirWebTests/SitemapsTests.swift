import Foundation
import FoundationXML
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// robots.txt, the sitemap index, its monthly, section and tag sitemaps, and the news sitemap,
/// as a crawler reads them through the real router.
@Suite struct SitemapsTests {
    static let schemas = FeedsTests.schemas

    /// Stories in September and October 2020 (UTC), a draft, and a story published a day before `now`.
    static func site(now: Date) async throws -> (SiteFixture, ManualClock) {
        let clock = ManualClock(now)
        let site = try await SiteFixture(clock: clock.source)
        _ = try await site.store.save([
            TestDraft.make(key: "1", headline: "خبر سبتمبر", tags: [NashirDomain.Tag(slug: "libya", name: "ليبيا")], publishedAt: TestDraft.date()),
            TestDraft.make(key: "2", headline: "خبر أكتوبر", publishedAt: TestDraft.date(days: 20)),
            TestDraft.make(key: "3", headline: "مسودة", tags: [NashirDomain.Tag(slug: "hidden", name: "مخفي")], status: .draft),
            TestDraft.make(key: "4", headline: "خبر الأمس", publishedAt: now.addingTimeInterval(-86_400)),
        ])
        return (site, clock)
    }

    static func locations(_ xml: String) throws -> [String] {
        try XMLDocument(xmlString: xml).nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
    }

    @Test func robotsPointsAtTheSitemaps() async throws {
        let (site, _) = try await Self.site(now: TestDraft.date(days: 40))
        try await site.test { client in
            let response = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.text.contains("Sitemap: https://news.example/sitemap.xml\n"))
            #expect(response.text.contains("Disallow: /admin\n"))
        }
    }

    @Test func theIndexListsAMonthlySitemapPerMonthWithStories() async throws {
        let (site, _) = try await Self.site(now: TestDraft.date(days: 40))
        try await site.test { client in
            let index = try await client.execute(uri: "/sitemap.xml", method: .get)
            #expect(index.headers[.contentType] == "application/xml; charset=utf-8")
            #expect(try Self.locations(index.text) == [
                "https://news.example/sitemaps/articles-2020-10.xml", "https://news.example/sitemaps/articles-2020-09.xml",
                "https://news.example/sitemaps/sections.xml", "https://news.example/sitemaps/tags.xml", "https://news.example/sitemap-news.xml",
            ])
            let september = try await client.execute(uri: "/sitemaps/articles-2020-09.xml", method: .get).text
            #expect(try Self.locations(september) == [SiteRoute.article(ArticleID(1), slug: "خبر-1").url(on: BaseURL("https://news.example")!)])
            #expect(september.contains("<lastmod>"))
            let october = try await client.execute(uri: "/sitemaps/articles-2020-10.xml", method: .get).text
            // Yesterday's story (day 39) is in October too; the draft is nowhere.
            #expect(try Self.locations(october).count == 2)
            for path in ["/sitemaps/articles-2020-08.xml", "/sitemaps/articles-2020-13.xml", "/sitemaps/other.xml"] {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == .notFound, "\(path)")
            }
            let tags = try await client.execute(uri: "/sitemaps/tags.xml", method: .get).text
            #expect(try Self.locations(tags) == ["https://news.example/tag/libya"])
            let sections = try await client.execute(uri: "/sitemaps/sections.xml", method: .get).text
            #expect(try Self.locations(sections) == ["https://news.example/", "https://news.example/section/news"])
        }
    }

    @Test func theNewsSitemapHoldsTheLastTwoDaysAndAgesByItself() async throws {
        let now = TestDraft.date(days: 40)
        let (site, clock) = try await Self.site(now: now)
        try await site.test { client in
            let news = try await client.execute(uri: "/sitemap-news.xml", method: .get).text
            #expect(try Self.locations(news).count == 1)
            #expect(news.contains("<news:name>ناشر</news:name>") || news.contains("<news:name>"))
            #expect(news.contains("<news:language>ar</news:language>"))
            #expect(news.contains("<news:title>خبر الأمس</news:title>"))
            // A day later the story is 48 hours old and leaves, though nothing was saved.
            clock.advance(by: 86_400 + 1)
            let later = try await client.execute(uri: "/sitemap-news.xml", method: .get).text
            #expect(try Self.locations(later).isEmpty)
        }
    }

    @Test(.enabled(if: ExternalCheck.xmllint != nil, "xmllint is not installed"))
    func everySitemapValidatesAgainstItsSchema() async throws {
        let (site, _) = try await Self.site(now: TestDraft.date(days: 40))
        try await site.test { client in
            let checks: [(String, String)] = [
                ("/sitemap.xml", "siteindex.xsd"), ("/sitemaps/articles-2020-10.xml", "sitemap.xsd"), ("/sitemaps/sections.xml", "sitemap.xsd"),
                ("/sitemaps/tags.xml", "sitemap.xsd"), ("/sitemap-news.xml", "news-urlset.xsd"),
            ]
            for (path, schema) in checks {
                let text = try await client.execute(uri: path, method: .get).text
                let verdict = try ExternalCheck.xmllint(text, "--schema", schema: Self.schemas.appendingPathComponent(schema))
                #expect(verdict.status == 0, "\(path): \(verdict.output)")
            }
        }
    }

    @Test func aPathEndingInASlashAnswers301ToTheOtherForm() async throws {
        let (site, _) = try await Self.site(now: TestDraft.date(days: 40))
        try await site.test { client in
            for (path, location) in [("/section/news/", "/section/news"), ("/feed.xml/", "/feed.xml"), ("/section/news//?page=2", "/section/news?page=2"), ("//evil.example/", "/")] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .movedPermanently, "\(path)")
                #expect(response.headers[.location] == location, "\(path)")
            }
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
        }
    }
}
