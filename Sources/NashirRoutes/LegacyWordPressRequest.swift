import NashirDomain

/// What a request for an address of the WordPress site Nashir replaced asks for, so that it
/// can be answered with a 301 to the Nashir page that took its place.
///
/// WordPress's own address shapes: `/?p=12`, `/category/parent/child/`, `/tag/slug/`,
/// `/author/name/`, `/2024/05/`, their `page/N/` and `feed/` variants, `/?s=…`; anything else
/// is a post's permalink, found by its old address.
public enum LegacyWordPressRequest: Hashable, Sendable {
    /// `?p=12`: a post by its WordPress id.
    case post(id: String)
    case category(slug: String, page: Int = 1, feed: FeedFormat? = nil)
    case tag(slug: String, page: Int = 1, feed: FeedFormat? = nil)
    case author(slug: String, page: Int = 1)
    /// `/feed/`, `/feed/atom/`, `?feed=rss2`.
    case siteFeed(FeedFormat)
    /// `/page/2/`.
    case frontPage(page: Int)
    case month(year: Int, month: Int, page: Int = 1)
    case search(String)
    /// Anything else: a post's permalink, tried under each path in turn (as sent, then without
    /// a trailing `feed/`, `amp/` or page number that WordPress answers on the same post).
    case permalink([String])

    /// Query parameters WordPress reads on its front page. A front-page address carrying one is
    /// no copy of Nashir's front page, so the page cache must not answer it.
    public static let queryNames: Set<String> = ["p", "page_id", "cat", "tag", "category_name", "feed", "m", "paged", "s", "author_name", "attachment_id"]

    /// Reads a request's percent-encoded path and raw query, for a site whose old home was at
    /// `basePath` ("" for the root, `/blog` for a WordPress in a folder); nil when the path lies
    /// outside it or the request is nothing WordPress answered.
    public init?(path: String, query: String?, basePath: String = "") {
        var segments: [String] = []
        for raw in path.split(separator: "/") {
            guard let segment = PercentEncoding.decode(String(raw)) else { return nil }
            segments.append(segment)
        }
        let base = basePath.split(separator: "/").map(String.init)
        guard segments.starts(with: base) else { return nil }
        segments.removeFirst(base.count)
        var parameters: [String: String] = [:]
        for (name, value) in PercentEncoding.queryItems(Substring(query ?? "")) where parameters[name] == nil { parameters[name] = value }

        if segments.isEmpty {
            guard let request = Self.frontPageQuery(parameters) else { return nil }
            self = request
            return
        }
        var rest = segments[...]
        var feed: FeedFormat?
        if rest.last == "feed" {
            feed = .rss
            rest = rest.dropLast()
        } else if rest.count >= 2, rest[rest.endIndex - 2] == "feed", let format = Self.feedFormat(rest.last) {
            feed = format
            rest = rest.dropLast(2)
        }
        var page = 1
        if rest.count >= 2, rest[rest.endIndex - 2] == "page", let number = Int(rest.last ?? ""), (1...SiteRoute.maximumPage).contains(number) {
            page = number
            rest = rest.dropLast(2)
        }
        switch (rest.first, rest.count) {
        case ("category"?, 2...):
            self = .category(slug: rest.last ?? "", page: page, feed: feed)
        case ("tag"?, 2):
            self = .tag(slug: rest.last ?? "", page: page, feed: feed)
        case ("author"?, 2):
            self = .author(slug: rest.last ?? "", page: page)
        case (nil, _):
            self = feed.map(Self.siteFeed) ?? .frontPage(page: page)
        case (let year?, 2) where Self.isDigits(year, count: 4) && Self.isDigits(rest.last ?? "", count: 2):
            guard let y = Int(year), let m = Int(rest.last ?? ""), (1...12).contains(m), y >= 1 else { return nil }
            self = .month(year: y, month: m, page: page)
        default:
            self = .permalink(Self.permalinkCandidates(path: path))
        }
    }

    /// The Nashir page this request moved to, when finding it needs no lookup of a post.
    public var route: SiteRoute? {
        switch self {
        case .category(let slug, let page, let feed): feed.map { .feed(.section(slug), $0) } ?? .section(slug: slug, page: page)
        case .tag(let slug, let page, let feed): feed.map { .feed(.tag(slug), $0) } ?? .tag(slug: slug, page: page)
        case .author(let slug, let page): .author(slug: slug, page: page)
        case .siteFeed(let format): .feed(.site, format)
        case .frontPage(let page): .home(page: page)
        case .month(let year, let month, let page): .archive(year: year, month: month, page: page)
        case .search(let text): .search(SearchParameters(text: String(text.prefix(SearchParameters.maximumQueryLength))))
        case .post, .permalink: nil
        }
    }

    private static func frontPageQuery(_ parameters: [String: String]) -> LegacyWordPressRequest? {
        let page = parameters["paged"].flatMap(Int.init).map { min(max($0, 1), SiteRoute.maximumPage) } ?? 1
        if let id = parameters["p"] ?? parameters["page_id"] ?? parameters["attachment_id"], !id.isEmpty, id.allSatisfy(\.isASCII), Int(id) != nil {
            return .post(id: id)
        }
        if let slug = parameters["category_name"], !slug.isEmpty {
            return .category(slug: String(slug.split(separator: "/").last ?? ""), page: page, feed: parameters["feed"].flatMap { feedFormat($0) })
        }
        if let slug = parameters["tag"], !slug.isEmpty {
            return .tag(slug: String(slug.split(separator: ",").first ?? ""), page: page, feed: parameters["feed"].flatMap { feedFormat($0) })
        }
        if let slug = parameters["author_name"], !slug.isEmpty { return .author(slug: slug, page: page) }
        if let text = parameters["s"] { return .search(text) }
        if let m = parameters["m"], isDigits(m, count: 6), let year = Int(m.prefix(4)), let month = Int(m.suffix(2)), (1...12).contains(month), year >= 1 {
            return .month(year: year, month: month, page: page)
        }
        if let name = parameters["feed"], let format = feedFormat(name) { return .siteFeed(format) }
        if parameters["paged"] != nil { return .frontPage(page: page) }
        return nil
    }

    /// WordPress's feed names: `feed/` alone is RSS 2.0; `atom` is Atom; rss, rss2 and rdf go to RSS.
    private static func feedFormat(_ name: String?) -> FeedFormat? {
        switch name {
        case nil, "feed", "rss2", "rss", "rdf": .rss
        case "atom": .atom
        default: nil
        }
    }

    private static func isDigits(_ text: String, count: Int) -> Bool {
        text.count == count && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The path as sent, then without what WordPress answers on the same post: a trailing
    /// `feed/` (its comments' feed), `amp/` (its AMP copy) or page number (`<!--nextpage-->`).
    static func permalinkCandidates(path: String) -> [String] {
        var candidates = [path]
        var segments = path.split(separator: "/")
        while let last = segments.last, segments.count > 1, last == "feed" || last == "amp" || last == "rss2" || last == "atom" || Int(last) != nil {
            segments.removeLast()
            if segments.last == "feed" { continue }
            candidates.append("/" + segments.joined(separator: "/") + "/")
        }
        return candidates
    }
}
