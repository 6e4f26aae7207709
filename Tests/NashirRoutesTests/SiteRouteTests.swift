import NashirDomain
import NashirRoutes
import Testing

@Suite struct SiteRouteTests {
    static let printedAndMatched: [(SiteRoute, String)] = [
        (.home(), "/"),
        (.home(page: 3), "/?page=3"),
        (.article(ArticleID(7), slug: "وزير-الدفاع"), "/news/7/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9"),
        (.article(ArticleID(7), slug: nil), "/news/7"),
        (.section(slug: "sport"), "/section/sport"),
        (.section(slug: "sport", page: 2), "/section/sport?page=2"),
        (.tag(slug: "ليبيا"), "/tag/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7"),
        (.search(SearchParameters()), "/search"),
        (.search(SearchParameters(text: "حفتر طرابلس", section: "arab", from: "2020-01-01", page: 2)),
         "/search?q=%D8%AD%D9%81%D8%AA%D8%B1%20%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3&section=arab&from=2020-01-01&page=2"),
        (.searchAPI(SearchParameters(text: "CNN"), limit: 5, offset: 10), "/api/v1/search?q=CNN&limit=5&offset=10"),
        (.suggestAPI(prefix: "ال", limit: nil), "/api/v1/suggest?q=%D8%A7%D9%84"),
        (.asset("site.css"), "/assets/site.css"),
        (.media("2026/12/ab12-800.webp"), "/media/2026/12/ab12-800.webp"),
    ]

    @Test(arguments: printedAndMatched)
    func everyRouteMatchesWhatItPrints(route: SiteRoute, path: String) throws {
        #expect(route.path == path)
        #expect(try SiteRoute(target: path) == route)
    }

    @Test func addressesReadersTypeMatchTheCanonicalRoute() throws {
        #expect(try SiteRoute(target: "/news/7/وزير-الدفاع") == .article(ArticleID(7), slug: "وزير-الدفاع"))
        #expect(try SiteRoute(target: "/search?q=%D8%AD%D9%81%D8%AA%D8%B1+%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3")
                == .search(SearchParameters(text: "حفتر طرابلس")))
        #expect(try SiteRoute(target: "/section/sport/") == .section(slug: "sport"))
    }

    @Test func parametersNoPageReadsLeaveTheCacheKeyAlone() {
        #expect(SiteRoute.cacheKey(forTarget: "/?utm_source=x&fbclid=1") == "/")
        #expect(SiteRoute.cacheKey(forTarget: "/section/sport?page=1&ref=home") == "/section/sport")
        #expect(SiteRoute.cacheKey(forTarget: "/news/7/x?utm_campaign=y") == "/news/7/x")
        #expect(SiteRoute.cacheKey(forTarget: "/news/7/%D9%84") == SiteRoute.cacheKey(forTarget: "/news/7/ل"))
        #expect(SiteRoute.cacheKey(forTarget: "/search?q=x") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/no/such/page") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/?page=zero") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/") == "/")
        #expect(SiteRoute.cacheKey(forTarget: "/?") == "/")
        #expect(SiteRoute.cacheKey(forTarget: "/news/7/%d9%84?") == "/news/7/%D9%84")
        // A trailing slash answers 301 (the router's), never a cached page.
        #expect(SiteRoute.cacheKey(forTarget: "/section/sport/") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/section/sport/?page=2") == nil)
        #expect(SiteRoute.cacheKey(forTarget: "/news/7/%D9%8") == nil)
    }

    @Test(arguments: ["/nope", "/news/0", "/news/-3/x", "/news/abc", "/news/1/a/b", "/section", "/api/v2/search?q=x", "/news/%ZZ"])
    func unknownAddressesMatchNothing(path: String) throws {
        #expect(try SiteRoute(target: path) == nil)
    }

    @Test(arguments: [
        ("/?page=0", "page"), ("/section/x?page=abc", "page"), ("/search?from=2020-02-30", "from"),
        ("/search?from=2021-01-02&to=2021-01-01", "from"), ("/api/v1/search", "q"),
        ("/api/v1/search?q=x&limit=500", "limit"), ("/api/v1/search?q=x&offset=-1", "offset"),
        ("/api/v1/suggest?q=x&limit=0", "limit"),
    ])
    func unusableParametersAreNamedInArabic(target: String, parameter: String) {
        #expect(throws: RouteError.self) { try SiteRoute(target: target) }
        do { _ = try SiteRoute(target: target) } catch {
            #expect(error.parameter == parameter)
            #expect(error.message.contains(parameter))
            #expect(error.message.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
        }
    }

    @Test func absoluteAddressesUseTheBaseURL() throws {
        let base = try #require(BaseURL("https://news.example/"))
        #expect(SiteRoute.section(slug: "sport").url(on: base) == "https://news.example/section/sport")
        #expect(BaseURL("news.example") == nil)
        #expect(BaseURL("https://news.example/path") == nil)
    }

    @Test func everyKindHasAPatternTheRouterCanRegister() {
        let patterns = SiteRoute.Kind.allCases.map(\.pattern)
        #expect(Set(patterns).count == patterns.count)
        #expect(patterns.allSatisfy { $0.hasPrefix("/") })
    }
}
