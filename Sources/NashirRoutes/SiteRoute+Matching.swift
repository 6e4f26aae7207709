import NashirDomain

extension SiteRoute {
    /// Results one API request may ask for, and how deep it may page.
    public static let searchAPILimits = 1...100
    public static let searchAPIDefaultLimit = 10
    public static let searchAPIMaximumOffset = 10_000
    public static let suggestLimits = 1...20
    public static let suggestDefaultLimit = 8
    /// Characters of a type-ahead prefix looked at; nobody types a longer one.
    public static let suggestMaximumPrefix = 100
    public static let maximumPage = 100_000

    /// The route a request target (path and query, as sent) asks for; nil when nothing lives
    /// at that path. Known paths with unusable parameters throw, naming the parameter.
    public init?(target: String) throws(RouteError) {
        let (path, query) = Self.split(target)
        try self.init(path: path, query: query ?? "")
    }

    /// A target's path and its query (nil without a `?`), found over bytes: over characters, a
    /// long percent-encoded slug cost a cache miss more than the look-up it keyed.
    private static func split(_ target: String) -> (path: Substring, query: Substring?) {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return (target[...], nil) }
        return (target[..<mark], target[target.utf8.index(after: mark)...])
    }

    /// The route for a percent-encoded path and a raw query string.
    public init?(path: Substring, query: Substring) throws(RouteError) {
        var segments: [String] = []
        // Split as bytes: split as characters, a long percent-encoded Arabic slug cost more
        // than the rest of the match.
        for raw in path.utf8.split(separator: UInt8(ascii: "/")) {
            guard let segment = PercentEncoding.decode(String(Substring(raw))) else { return nil }
            segments.append(segment)
        }
        var parameters: [String: String] = [:]
        // The first of a repeated parameter wins, as in most servers.
        for (name, value) in PercentEncoding.queryItems(query) where parameters[name] == nil { parameters[name] = value }

        if let feed = FeedFormat(rawValue: segments.last ?? "") {
            switch segments.count {
            case 1: self = .feed(.site, feed)
            case 3 where segments[0] == "section": self = .feed(.section(segments[1]), feed)
            case 3 where segments[0] == "tag": self = .feed(.tag(segments[1]), feed)
            default: return nil
            }
            return
        }
        switch segments.count {
        case 0:
            self = .home(page: try Self.pageNumber(parameters["page"]))
        case 1 where segments[0] == "search":
            self = .search(try SearchParameters(query: parameters))
        case 2 where segments[0] == "news", 3 where segments[0] == "news":
            guard let id = Int64(segments[1]), id > 0 else { return nil }
            self = .article(ArticleID(id), slug: segments.count == 3 ? segments[2] : nil)
        case 2 where segments[0] == "section":
            self = .section(slug: segments[1], page: try Self.pageNumber(parameters["page"]))
        case 2 where segments[0] == "tag":
            self = .tag(slug: segments[1], page: try Self.pageNumber(parameters["page"]))
        case 1 where segments[0] == "archive":
            self = .archiveIndex
        case 1 where segments[0] == "robots.txt":
            self = .robots
        case 1 where segments[0] == "sitemap.xml":
            self = .sitemapIndex
        case 1 where segments[0] == "sitemap-news.xml":
            self = .newsSitemap
        case 2 where segments[0] == "author":
            self = .author(slug: segments[1], page: try Self.pageNumber(parameters["page"]))
        case 2 where segments[0] == "read":
            guard let id = Int64(segments[1]), id > 0 else { return nil }
            self = .readBeacon(ArticleID(id))
        case 2 where segments[0] == "sitemaps":
            guard let part = SitemapPart(fileName: segments[1]) else { return nil }
            self = .sitemap(part)
        case 3 where segments[0] == "archive":
            // Exactly four digits and two: one address per month.
            guard segments[1].count == 4, segments[2].count == 2, (segments[1] + segments[2]).allSatisfy({ $0.isASCII && $0.isNumber }),
                  let year = Int(segments[1]), let month = Int(segments[2]), (1...9999).contains(year), (1...12).contains(month)
            else { return nil }
            self = .archive(year: year, month: month, page: try Self.pageNumber(parameters["page"]))
        case 2 where segments[0] == "assets":
            self = .asset(segments[1])
        case 4 where segments[0] == "media":
            // Only names the media folder writes: no dots that climb, no hidden files.
            guard segments[1...].allSatisfy({ !$0.hasPrefix(".") && !$0.contains("\\") }) else { return nil }
            self = .media(segments[1...].joined(separator: "/"))
        case 3 where segments[0] == "api" && segments[1] == "v1" && segments[2] == "search":
            var search = try SearchParameters(query: parameters)
            search.page = 1
            guard !search.text.isEmpty else { throw RouteError(parameter: "q", message: "عبارة البحث (q) مطلوبة") }
            self = .searchAPI(
                search,
                limit: try Self.integer("limit", parameters, range: Self.searchAPILimits),
                offset: try Self.integer("offset", parameters, range: 0...Self.searchAPIMaximumOffset))
        case 3 where segments[0] == "api" && segments[1] == "v1" && segments[2] == "suggest":
            self = .suggestAPI(
                prefix: String((parameters["q"] ?? "").prefix(Self.suggestMaximumPrefix)),
                limit: try Self.integer("limit", parameters, range: Self.suggestLimits))
        default:
            return nil
        }
    }

    /// The cache key of a request target: the canonical path of the page it asks for, so
    /// `?utm_source=…` and other parameters no page reads never make a second copy. Nil when
    /// the target is not a cacheable page.
    public static func cacheKey(forTarget target: String) -> String? {
        // `/section/x/` is not `/section/x`: it answers 301, which the router gives.
        let (path, query) = split(target)
        guard path.utf8.count == 1 || path.utf8.last != UInt8(ascii: "/") else { return nil }
        // `/?p=12` is an old WordPress link, answered by a redirect when the site has one.
        if path == "/", let query,
           PercentEncoding.queryItems(query).contains(where: { LegacyWordPressRequest.queryNames.contains($0.name) }) { return nil }
        guard let route = try? SiteRoute(path: path, query: query ?? ""), route.isCacheablePage else { return nil }
        return route.path
    }

    /// `page`: 1 when absent; anything but a whole number in range is an error.
    static func pageNumber(_ raw: String?) throws(RouteError) -> Int {
        guard let raw else { return 1 }
        guard let page = Int(raw), (1...maximumPage).contains(page) else {
            throw RouteError(parameter: "page", message: "رقم الصفحة (page) يجب أن يكون عددًا صحيحًا من 1 إلى \(maximumPage)")
        }
        return page
    }

    private static func integer(_ name: String, _ parameters: [String: String], range: ClosedRange<Int>) throws(RouteError) -> Int? {
        guard let raw = parameters[name] else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw RouteError(parameter: name, message: "قيمة \(name) يجب أن تكون عددًا صحيحًا من \(range.lowerBound) إلى \(range.upperBound)")
        }
        return number
    }
}
