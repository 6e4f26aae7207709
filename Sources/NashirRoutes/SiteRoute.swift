import NashirDomain

/// Every public address of Nashir, typed: the router registers from it, requests are matched
/// into it, and every link, redirect and printed path is made from it, never by hand.
///
/// New kinds of page (feeds, sitemaps, authors, archives, the admin) are new cases here with
/// their pattern, their printing and their matching; nothing else builds a path.
public enum SiteRoute: Hashable, Sendable {
    /// The front page, `/` (`?page=N` for older stories).
    case home(page: Int = 1)
    /// An article, `/news/{id}/{slug}`; a request without the slug or with an old one is
    /// matched with what it gave, and redirected to the canonical address.
    case article(ArticleID, slug: String?)
    /// A section's list, `/section/{slug}`.
    case section(slug: String, page: Int = 1)
    /// A tag's list, `/tag/{slug}`.
    case tag(slug: String, page: Int = 1)
    /// An author's page, `/author/{name}`: a newsroom member with a public profile and their stories.
    case author(slug: String, page: Int = 1)
    /// Every month with stories, `/archive`.
    case archiveIndex
    /// The stories of one month, `/archive/2026/11` (months in the site's time zone).
    case archive(year: Int, month: Int, page: Int = 1)
    /// The reader's search page, `/search?q=…`.
    case search(SearchParameters)
    /// Search for programs, `/api/v1/search?q=…&limit=&offset=`.
    case searchAPI(SearchParameters, limit: Int? = nil, offset: Int? = nil)
    /// Type-ahead completions, `/api/v1/suggest?q=…`.
    case suggestAPI(prefix: String, limit: Int? = nil)
    /// A theme asset, `/assets/{name}`.
    case asset(String)
    /// An uploaded image's rendition, `/media/{year}/{month}/{file}` (its path in the media folder).
    case media(String)
    /// A feed: `/feed.xml`, `/feed.atom`, `/feed.json`, and the same under a section's or a tag's page.
    case feed(FeedScope, FeedFormat)
    /// The beacon an article page sends to count a read, `POST /read/{id}`.
    case readBeacon(ArticleID)
    /// `/robots.txt`, which points crawlers at the sitemap.
    case robots
    /// The sitemap index, `/sitemap.xml`.
    case sitemapIndex
    /// One sitemap the index lists, `/sitemaps/{file}`.
    case sitemap(SitemapPart)
    /// Google News's sitemap of the last two days, `/sitemap-news.xml`.
    case newsSitemap

    /// The canonical address of an article.
    public static func of(_ article: Article) -> SiteRoute {
        .article(article.id, slug: article.content.slug)
    }

    /// The kinds of route and the router patterns they answer on.
    public enum Kind: String, CaseIterable, Sendable {
        case home, article, articleWithoutSlug, section, tag, search, searchAPI, suggestAPI, asset, media
        case feed, robots, sitemapIndex, sitemap, newsSitemap, archiveIndex, archive, readBeacon, author

        /// The patterns in the router's syntax (`:name` for one path segment).
        public var patterns: [String] {
            switch self {
            case .feed: ["", "/section/:slug", "/tag/:slug"].flatMap { page in FeedFormat.allCases.map { "\(page)/\($0.rawValue)" } }
            default: [pattern]
            }
        }

        /// The pattern of a kind that has one.
        public var pattern: String {
            switch self {
            case .home: "/"
            case .article: "/news/:id/:slug"
            case .articleWithoutSlug: "/news/:id"
            case .section: "/section/:slug"
            case .tag: "/tag/:slug"
            case .search: "/search"
            case .searchAPI: "/api/v1/search"
            case .suggestAPI: "/api/v1/suggest"
            case .asset: "/assets/:name"
            case .media: "/media/:year/:month/:file"
            case .feed: "/feed.xml"
            case .robots: "/robots.txt"
            case .sitemapIndex: "/sitemap.xml"
            case .sitemap: "/sitemaps/:file"
            case .newsSitemap: "/sitemap-news.xml"
            case .archiveIndex: "/archive"
            case .archive: "/archive/:year/:month"
            case .readBeacon: "/read/:id"
            case .author: "/author/:slug"
            }
        }
    }

    /// Whether the page depends only on stored content and its address, so one rendering
    /// can answer every reader: the page cache keys these by `path`.
    public var isCacheablePage: Bool {
        switch self {
        case .home, .article, .section, .tag, .feed, .robots, .sitemapIndex, .sitemap, .newsSitemap, .archiveIndex, .archive, .author: true
        case .search, .searchAPI, .suggestAPI, .asset, .media, .readBeacon: false
        }
    }

    /// The path and query as sent on the wire: Arabic slugs and queries percent-encoded,
    /// parameters in a fixed order, defaults left out. Equal routes print equal paths, so the
    /// path is also the page cache's key.
    public var path: String {
        switch self {
        case .home(let page): "/" + Self.query([("page", Self.page(page))])
        case .article(let id, let slug): "/news/\(id)" + (slug.map { "/" + PercentEncoding.encode($0) } ?? "")
        case .section(let slug, let page): "/section/\(PercentEncoding.encode(slug))" + Self.query([("page", Self.page(page))])
        case .tag(let slug, let page): "/tag/\(PercentEncoding.encode(slug))" + Self.query([("page", Self.page(page))])
        case .search(let parameters): "/search" + Self.query(parameters.queryItems(includingPage: true))
        case .searchAPI(let parameters, let limit, let offset):
            "/api/v1/search" + Self.query(parameters.queryItems(includingPage: false) + [("limit", limit.map(String.init)), ("offset", offset.map(String.init))])
        case .suggestAPI(let prefix, let limit): "/api/v1/suggest" + Self.query([("q", prefix), ("limit", limit.map(String.init))])
        case .asset(let name): "/assets/\(PercentEncoding.encode(name))"
        case .media(let path): "/media/" + path.split(separator: "/").map { PercentEncoding.encode(String($0)) }.joined(separator: "/")
        case .feed(let scope, let format): (scope == .site ? "" : scope.page.path) + "/" + format.rawValue
        case .robots: "/robots.txt"
        case .sitemapIndex: "/sitemap.xml"
        case .sitemap(let part): "/sitemaps/" + part.fileName
        case .newsSitemap: "/sitemap-news.xml"
        case .archiveIndex: "/archive"
        case .readBeacon(let id): "/read/\(id)"
        case .author(let slug, let page): "/author/\(PercentEncoding.encode(slug))" + Self.query([("page", Self.page(page))])
        case .archive(let year, let month, let page):
            "/archive/\(year)/\(month < 10 ? "0" : "")\(month)" + Self.query([("page", Self.page(page))])
        }
    }

    /// The absolute address on the site's public origin, for canonical links, feeds and shares.
    public func url(on base: BaseURL) -> String {
        base.origin + path
    }

    /// The same route on another page of its list; routes without pages are returned as they are.
    public func onPage(_ number: Int) -> SiteRoute {
        switch self {
        case .home: return .home(page: number)
        case .section(let slug, _): return .section(slug: slug, page: number)
        case .tag(let slug, _): return .tag(slug: slug, page: number)
        case .archive(let year, let month, _): return .archive(year: year, month: month, page: number)
        case .author(let slug, _): return .author(slug: slug, page: number)
        case .search(var parameters):
            parameters.page = number
            return .search(parameters)
        default: return self
        }
    }

    private static func page(_ number: Int) -> String? {
        number == 1 ? nil : String(number)
    }

    private static func query(_ items: [(String, String?)]) -> String {
        let present = items.compactMap { name, value in value.map { name + "=" + PercentEncoding.encode($0) } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }
}
