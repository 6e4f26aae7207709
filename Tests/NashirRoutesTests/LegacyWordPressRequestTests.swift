import NashirDomain
import NashirRoutes
import Testing

@Suite struct LegacyWordPressRequestTests {
    static let arabicCategory = "%d8%b1%d9%8a%d8%a7%d8%b6%d8%a9"

    /// WordPress's address shapes and the Nashir page each moved to.
    static let moved: [(String, SiteRoute)] = [
        ("/category/politics/", .section(slug: "politics")),
        ("/category/politics/local/", .section(slug: "local")),
        ("/category/\(arabicCategory)/", .section(slug: "رياضة")),
        ("/category/politics/page/3/", .section(slug: "politics", page: 3)),
        ("/category/politics/feed/", .feed(.section("politics"), .rss)),
        ("/category/politics/feed/atom/", .feed(.section("politics"), .atom)),
        ("/tag/libya/feed/", .feed(.tag("libya"), .rss)),
        ("/tag/libya/page/2/", .tag(slug: "libya", page: 2)),
        ("/author/ahmed/", .author(slug: "ahmed")),
        ("/feed/", .feed(.site, .rss)),
        ("/feed/atom/", .feed(.site, .atom)),
        ("/page/2/", .home(page: 2)),
        ("/2024/05/", .archive(year: 2024, month: 5)),
        ("/?cat=3&category_name=politics", .section(slug: "politics")),
        ("/?tag=libya", .tag(slug: "libya")),
        ("/?feed=atom", .feed(.site, .atom)),
        ("/?m=202405", .archive(year: 2024, month: 5)),
        ("/?s=%D9%84%D9%8A%D8%A8%D9%8A%D8%A7", .search(SearchParameters(text: "ليبيا"))),
    ]

    @Test(arguments: moved)
    func wordPressAddressesMoveToTheirNashirPage(target: String, route: SiteRoute) throws {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let request = try #require(LegacyWordPressRequest(path: parts[0], query: parts.count > 1 ? parts[1] : nil))
        #expect(request.route == route)
    }

    @Test func aPostByIdAndAPermalinkNeedTheStore() throws {
        #expect(LegacyWordPressRequest(path: "/", query: "p=101") == .post(id: "101"))
        #expect(LegacyWordPressRequest(path: "/", query: "page_id=2") == .post(id: "2"))
        let permalink = try #require(LegacyWordPressRequest(path: "/2024/05/14/slug/amp/", query: nil))
        #expect(permalink == .permalink(["/2024/05/14/slug/amp/", "/2024/05/14/slug/"]))
        #expect(permalink.route == nil)
    }

    @Test func aFolderSiteAnswersOnlyInsideItsFolder() {
        #expect(LegacyWordPressRequest(path: "/blog/category/politics/", query: nil, basePath: "/blog")?.route == .section(slug: "politics"))
        #expect(LegacyWordPressRequest(path: "/other/category/politics/", query: nil, basePath: "/blog") == nil)
    }

    @Test func aFrontPageWithoutWordPressParametersIsNotAnOldAddress() {
        #expect(LegacyWordPressRequest(path: "/", query: nil) == nil)
        #expect(LegacyWordPressRequest(path: "/", query: "utm_source=x") == nil)
        #expect(LegacyWordPressRequest(path: "/", query: "p=abc") == nil)
    }

    @Test func thePageCacheNeverAnswersAFrontPageAddressWithAWordPressQuery() {
        #expect(SiteRoute.cacheKey(forTarget: "/?p=101") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/?utm_source=x") == "/")
    }
}
