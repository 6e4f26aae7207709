import Foundation
import FoundationXML
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// The feeds as a feed reader gets them through the real router: valid in each format, full
/// text escaped, stable ids, conditional GET, and fresh after a save.
@Suite struct FeedsTests {
    static let schemas = Fixtures.packageRoot.appendingPathComponent("Tests/NashirWebTests/Fixtures/Schemas")
    static let sport = Section(slug: "sport", name: "رياضة")
    static let cup = NashirDomain.Tag(slug: "cup", name: "الكأس")

    /// A site with two stories: one in sport with a tag and copy that would run as script, one in news.
    static func site(clock: TimeSource = .system) async throws -> SiteFixture {
        let site = try await SiteFixture(clock: clock)
        _ = try await site.store.save([
            TestDraft.make(
                key: "1", headline: "الترجي يفوز بـ«الكأس» <b>&</b>", section: sport, body: ["فقرة <script>alert(1)</script> & «اقتباس»."],
                tags: [cup], byline: "وكالات", publishedAt: TestDraft.date(minutes: 1)),
            TestDraft.make(key: "2", headline: "وزير الدفاع التركي يزور ليبيا", publishedAt: TestDraft.date(minutes: 2)),
        ])
        return site
    }

    static let scopes: [FeedScope] = [.site, .section("sport"), .tag("cup")]

    @Test func everyFeedAnswersInItsFormatWithItsStories() async throws {
        let site = try await Self.site()
        try await site.test { client in
            for scope in Self.scopes {
                for format in FeedFormat.allCases {
                    let response = try await client.execute(uri: SiteRoute.feed(scope, format).path, method: .get)
                    #expect(response.status == .ok, "\(scope) \(format)")
                    let expected = switch format {
                    case .rss: "application/rss+xml; charset=utf-8"
                    case .atom: "application/atom+xml; charset=utf-8"
                    case .json: "application/feed+json; charset=utf-8"
                    }
                    #expect(response.headers[.contentType] == expected)
                    #expect(response.headers[.eTag] != nil && response.headers[.lastModified] != nil)
                    // The sport story is in all three scopes; the news one only in the site's.
                    #expect(response.text.contains("الترجي يفوز"))
                    #expect(response.text.contains("وزير الدفاع") == (scope == .site), "\(scope) \(format)")
                }
            }
        }
    }

    @Test func rssHasWhatRSS2RequiresAndTheFullStoryEscaped() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let text = try await client.execute(uri: "/feed.xml", method: .get).text
            let document = try XMLDocument(xmlString: text)
            func values(_ path: String) throws -> [String] { try document.nodes(forXPath: path).compactMap(\.stringValue) }
            #expect(try values("/rss/@version") == ["2.0"])
            // RSS 2.0: a channel has title, link and description; an item title or description.
            #expect(try values("/rss/channel/title").count == 1)
            #expect(try values("/rss/channel/link") == ["https://news.example/"])
            #expect(try values("/rss/channel/description").count == 1)
            #expect(try values("/rss/channel/language") == ["ar"])
            let titles = try values("/rss/channel/item/title")
            #expect(titles == ["وزير الدفاع التركي يزور ليبيا", "الترجي يفوز بـ«الكأس» <b>&</b>"])
            #expect(try values("/rss/channel/item/description").count == 2)
            // Stable ids: the article's short address, whatever its slug becomes.
            #expect(try values("/rss/channel/item/guid") == ["https://news.example/news/2", "https://news.example/news/1"])
            #expect(try values("/rss/channel/item/pubDate").last == "Sun, 13 Sep 2020 12:27:40 +0000")
            let content = try values("/rss/channel/item/*[local-name()='encoded']").last ?? ""
            // Escaped as on the page, Latin words isolated in <bdi>.
            #expect(content.contains("<p>فقرة &lt;<bdi>script</bdi>&gt;<bdi>alert</bdi>(<bdi>1</bdi>)&lt;/<bdi>script</bdi>&gt; &amp; «اقتباس».</p>"))
            #expect(!text.contains("<script>"))
            #expect(try values("/rss/channel/item/*[local-name()='creator']") == ["وكالات"])
            #expect(try values("/rss/channel/item/category").contains("الكأس"))
        }
    }

    @Test(.enabled(if: ExternalCheck.xmllint != nil, "xmllint is not installed"))
    func atomValidatesAgainstRFC4287sSchema() async throws {
        let site = try await Self.site()
        try await site.test { client in
            for scope in Self.scopes {
                let text = try await client.execute(uri: SiteRoute.feed(scope, .atom).path, method: .get).text
                let verdict = try ExternalCheck.xmllint(text, "--relaxng", schema: Self.schemas.appendingPathComponent("atom.rng"))
                #expect(verdict.status == 0, "\(scope): \(verdict.output)")
            }
        }
    }

    @Test(.enabled(if: ExternalCheck.hasFeedparser, "Python's feedparser is not installed"))
    func feedparserReadsRSSAndAtomWithoutComplaint() async throws {
        let site = try await Self.site()
        try await site.test { client in
            for scope in Self.scopes {
                for (format, version) in [(FeedFormat.rss, "rss20"), (.atom, "atom10")] {
                    let text = try await client.execute(uri: SiteRoute.feed(scope, format).path, method: .get).text
                    let reading = try ExternalCheck.feedparser(text)
                    #expect(reading.prefix(2) == ["0", version], "\(scope) \(format): \(reading)")
                    #expect(reading[2] == (scope == .site ? "2" : "1"))
                }
            }
        }
    }

    @Test func jsonFeedHasTheRequiredFields() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let data = Data(try await client.execute(uri: "/feed.json", method: .get).text.utf8)
            let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect(feed["title"] as? String != nil)
            #expect(feed["feed_url"] as? String == "https://news.example/feed.json")
            #expect(feed["language"] as? String == "ar")
            let items = try #require(feed["items"] as? [[String: Any]])
            #expect(items.count == 2)
            for item in items {
                #expect(item["id"] as? String != nil)
                #expect((item["content_html"] as? String)?.isEmpty == false)
                #expect((item["date_published"] as? String)?.hasSuffix("Z") == true)
            }
            #expect((items[1]["authors"] as? [[String: String]])?.first?["name"] == "وكالات")
        }
    }

    @Test func conditionalRequestsAnswer304() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let first = try await client.execute(uri: "/feed.atom", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            #expect(modified == "Sun, 13 Sep 2020 12:28:40 GMT" || modified.hasSuffix("GMT"))
            let byTag = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifNoneMatch: etag])
            #expect(byTag.status == .notModified && byTag.body.readableBytes == 0)
            let byDate = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifModifiedSince: modified])
            #expect(byDate.status == .notModified)
            let older = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifModifiedSince: "Sat, 01 Jan 2000 00:00:00 GMT"])
            #expect(older.status == .ok)
            // If-None-Match decides when both are sent.
            let stale = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifNoneMatch: "\"other\"", .ifModifiedSince: modified])
            #expect(stale.status == .ok)
        }
    }

    @Test func aNewStoryReachesTheFeedsItBelongsTo() async throws {
        let clock = ManualClock(TestDraft.date(days: 1))
        let site = try await Self.site(clock: clock.source)
        try await site.test { client in
            for path in ["/feed.xml", "/section/sport/feed.json", "/tag/cup/feed.atom", "/section/news/feed.xml"] {
                _ = try await client.execute(uri: path, method: .get)
            }
            _ = try await site.store.save([
                TestDraft.make(key: "3", headline: "نهائي الكأس الليلة", section: Self.sport, tags: [Self.cup], publishedAt: TestDraft.date(minutes: 3)),
            ])
            clock.advance(by: 1)
            for path in ["/feed.xml", "/section/sport/feed.json", "/tag/cup/feed.atom"] {
                let text = try await client.execute(uri: path, method: .get).text
                #expect(text.contains("نهائي الكأس الليلة"), "\(path)")
            }
            let news = try await client.execute(uri: "/section/news/feed.xml", method: .get).text
            #expect(!news.contains("نهائي الكأس الليلة"))
        }
    }

    @Test func feedsOfUnknownSectionsAndTagsAreNotFound() async throws {
        let site = try await Self.site()
        try await site.test { client in
            for path in ["/section/none/feed.xml", "/tag/none/feed.atom", "/section/sport/feed.txt", "/news/1/feed.xml"] {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == .notFound, "\(path)")
            }
        }
    }

    @Test func everyPageAdvertisesTheSiteFeedsAndListsTheirOwn() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let home = try await client.execute(uri: "/", method: .get).text
            for format in FeedFormat.allCases {
                #expect(home.contains("<link rel=\"alternate\" type=\"\(format.linkType)\""))
                #expect(home.contains("href=\"/\(format.rawValue)\""))
            }
            let section = try await client.execute(uri: "/section/sport", method: .get).text
            #expect(section.contains("href=\"/section/sport/feed.xml\"") && section.contains("href=\"/feed.xml\""))
            let article = try await client.execute(uri: "/news/2/\("خبر-2".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)", method: .get).text
            #expect(article.contains("href=\"/feed.atom\""))
        }
    }
}
