/// Which stories a feed carries: the whole site's, one section's or one tag's.
public enum FeedScope: Hashable, Sendable {
    case site
    case section(String)
    case tag(String)

    /// The list page the feed follows.
    public var page: SiteRoute {
        switch self {
        case .site: .home()
        case .section(let slug): .section(slug: slug)
        case .tag(let slug): .tag(slug: slug)
        }
    }
}

/// The three feed formats, each under its own file name beside the page it follows.
public enum FeedFormat: String, CaseIterable, Hashable, Sendable {
    case rss = "feed.xml"
    case atom = "feed.atom"
    case json = "feed.json"

    /// The media type `<link rel="alternate">` advertises.
    public var linkType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }
}

/// The parts of the sitemap the index points at.
public enum SitemapPart: Hashable, Sendable {
    /// Articles published in one month (UTC), `/sitemaps/articles-2026-11.xml`.
    case articles(year: Int, month: Int)
    /// Every section's page.
    case sections
    /// Every tag's page.
    case tags

    /// The file name under `/sitemaps/`.
    public var fileName: String {
        switch self {
        case .articles(let year, let month): "articles-\(year)-\(month < 10 ? "0" : "")\(month).xml"
        case .sections: "sections.xml"
        case .tags: "tags.xml"
        }
    }

    /// Reads a file name back; nil for anything else.
    public init?(fileName: String) {
        switch fileName {
        case "sections.xml": self = .sections
        case "tags.xml": self = .tags
        default:
            // "articles-YYYY-MM.xml", exactly.
            let parts = fileName.split(separator: "-")
            guard fileName.hasSuffix(".xml"), parts.count == 3, parts[0] == "articles", parts[1].count == 4, parts[2].count == 6,
                  let year = Int(parts[1]), let month = Int(parts[2].dropLast(4)), (1...12).contains(month), year >= 1
            else { return nil }
            self = .articles(year: year, month: month)
        }
    }
}
