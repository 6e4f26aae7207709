import Foundation
import NashirXML

/// Sitemaps (sitemaps.org protocol 0.9): an index pointing at the others, and lists of pages
/// with the time each last changed, which is what makes a crawler come back.
public enum Sitemap {
    public static let mediaType = "application/xml; charset=utf-8"
    /// The protocol's limit of addresses in one file.
    public static let maximumURLs = 50_000
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    /// One address with when it last changed (nil when unknown: crawlers then decide).
    public struct Entry: Sendable, Equatable {
        public var url: String
        public var lastModified: Date?

        public init(url: String, lastModified: Date?) {
            self.url = url
            self.lastModified = lastModified
        }
    }

    /// `<sitemapindex>`: the sitemaps the site has.
    public static func index(_ sitemaps: [Entry]) -> String {
        let out = XMLOutput()
        out.start("sitemapindex", ["xmlns": namespace])
        for sitemap in sitemaps {
            out.start("sitemap")
            out.element("loc", sitemap.url)
            out.element("lastmod", sitemap.lastModified.map(FeedDates.rfc3339))
            out.end()
        }
        out.end()
        return out.finish()
    }

    /// `<urlset>`: up to `maximumURLs` pages.
    public static func urls(_ pages: [Entry]) -> String {
        let out = XMLOutput()
        out.start("urlset", ["xmlns": namespace])
        for page in pages.prefix(maximumURLs) {
            out.start("url")
            out.element("loc", page.url)
            out.element("lastmod", page.lastModified.map(FeedDates.rfc3339))
            out.end()
        }
        out.end()
        return out.finish()
    }
}
