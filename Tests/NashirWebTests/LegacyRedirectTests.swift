import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NashirDomain
import NashirImport
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Old WordPress links after a move: every one answers 301 to the page that replaced it, through
/// the real router, however the browser encodes an Arabic path.
@Suite struct LegacyRedirectTests {
    static let postSlug = "%d9%84%d9%8a%d8%a8%d9%8a%d8%a7-%d8%aa%d8%b3%d8%aa%d8%b6%d9%8a%d9%81-%d9%85%d8%a4%d8%aa%d9%85%d8%b1-%d8%a7%d9%84%d9%85%d8%b5%d8%a7%d9%84%d8%ad%d8%a9"

    /// The fixture export imported into a fresh store, served with the old address given by
    /// the site setting (or by `serve --legacy-base-url`, `configured`).
    struct Site {
        let folder: TemporaryDirectory
        let store: SQLiteStore
        let application: any ApplicationProtocol
        /// Stored articles by their WordPress id.
        let posts: [String: Article]

        init(setting: String? = "https://old.example.com", configured: String? = nil) async throws {
            folder = try TemporaryDirectory()
            store = try folder.store()
            let read = try ArticleFileReader(format: .wxr).read(path: Fixtures.wordPressExport.path)
            let saved = try await store.save(read.drafts)
            posts = Dictionary(uniqueKeysWithValues: saved.map { ($0.article.content.origin.key, $0.article) })
            var settings = try await store.siteSettings()
            settings.legacyBaseURL = setting
            try await store.updateSiteSettings(settings)
            let theme = try SiteFixture.defaultTheme()
            let configuration = WebConfiguration(baseURL: "https://news.example", theme: theme, legacyBaseURL: configured)
            application = Application(responder: buildResponder(store: store, configuration: configuration))
        }

        func location(of target: String) async throws -> (HTTPResponse.Status, String?) {
            try await application.test(.router) { client in
                let response = try await client.execute(uri: target, method: .get)
                return (response.status, response.headers[.location])
            }
        }
    }

    @Test(arguments: [
        "/2024/05/14/\(postSlug)/",
        "/2024/05/14/\(postSlug.uppercased())/",
        "/2024/05/14/\(postSlug)",
        "/2024/05/14/\(postSlug)/amp/",
        "/2024/05/14/ليبيا-تستضيف-مؤتمر-المصالحة/".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "",
        "/?p=101",
    ])
    func everySpellingOfAnOldPostAddressMovesToItsNewPageInOneHop(target: String) async throws {
        let site = try await Site()
        let post = try #require(site.posts["101"])
        let (status, location) = try await site.location(of: target)
        #expect(status == .movedPermanently)
        #expect(location == SiteRoute.of(post).path)
        #expect(try await site.location(of: location ?? "").0 == .ok)
    }

    @Test func aClassicPostsAsciiPermalinkMovesToo() async throws {
        let site = try await Site()
        let post = try #require(site.posts["102"])
        #expect(try await site.location(of: "/2024/05/15/tunisia-elections/") == (.movedPermanently, SiteRoute.of(post).path))
    }

    @Test(arguments: [
        ("/category/politics/local/", SiteRoute.section(slug: "local")),
        ("/category/politics/", .section(slug: "politics")),
        ("/category/%d8%b1%d9%8a%d8%a7%d8%b6%d8%a9/", .section(slug: "رياضة")),
        ("/category/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/", .section(slug: "رياضة")),
        ("/category/economy/feed/", .feed(.section("economy"), .rss)),
        ("/tag/libya/", .tag(slug: "libya")),
        ("/tag/libya/feed/", .feed(.tag("libya"), .rss)),
        ("/tag/%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d8%ae%d8%a7%d8%a8%d8%a7%d8%aa/", .tag(slug: "الانتخابات")),
        ("/feed/", .feed(.site, .rss)),
        ("/feed/atom/", .feed(.site, .atom)),
        ("/2024/05/", .archive(year: 2024, month: 5)),
    ])
    func oldCategoryTagAndFeedAddressesMoveToTheirNashirPages(target: String, route: SiteRoute) async throws {
        let site = try await Site()
        let (status, location) = try await site.location(of: target)
        #expect(status == .movedPermanently)
        // `/tag/slug/` is Nashir's own tag address with a slash: the slash is dropped and the
        // escapes kept as sent, which name the same tag.
        #expect(try SiteRoute(target: location ?? "") == route, "\(location ?? "no location")")
        #expect(try await site.location(of: location ?? "").0 == .ok)
    }

    @Test(arguments: [
        "/?p=104", "/?p=105", "/2024/05/22/internal-notes/", "/?p=106", "/2030/01/01/coastal-road/", "/?p=107",
        "/about/", "/category/unknown/", "/2024/05/14/no-such-post/",
    ])
    func draftsPrivateScheduledAndUnknownAddressesStayNotFound(target: String) async throws {
        let site = try await Site()
        let (status, location) = try await site.location(of: target)
        // A trailing slash is dropped first, as on every address; the slashless one is a 404.
        if status == .movedPermanently {
            #expect(location == String(target.dropLast()))
            #expect(try await site.location(of: location ?? "").0 == .notFound)
        } else {
            #expect(status == .notFound)
        }
    }

    @Test func withoutAnOldAddressNothingIsRedirectedAndTheFrontPageIgnoresP() async throws {
        let site = try await Site(setting: nil)
        #expect(try await site.location(of: "/?p=101").0 == .ok)
        #expect(try await site.location(of: "/2024/05/14/\(Self.postSlug)/").1 == "/2024/05/14/\(Self.postSlug)")
        #expect(try await site.location(of: "/category/politics").0 == .notFound)
    }

    @Test func theCommandLinesOldAddressWorksWithoutTheSetting() async throws {
        let site = try await Site(setting: nil, configured: "https://www.old.example.com/")
        let post = try #require(site.posts["102"])
        #expect(try await site.location(of: "/?p=102") == (.movedPermanently, SiteRoute.of(post).path))
        #expect(try await site.location(of: "/2024/05/15/tunisia-elections/") == (.movedPermanently, SiteRoute.of(post).path))
    }

    @Test func nashirsOwnPagesAreNeverTakenOver() async throws {
        let site = try await Site()
        let post = try #require(site.posts["101"])
        #expect(try await site.location(of: SiteRoute.of(post).path).0 == .ok)
        #expect(try await site.location(of: "/section/local").0 == .ok)
        #expect(try await site.location(of: "/").0 == .ok)
    }
}
