import Foundation
import NashirRoutes
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

extension BrowserTests {
    /// A feed reader's view: the newest item of each site feed links to a page that answers 200.
    @Suite("Feed links")
    struct FeedLinkTests {
        @Test("The newest item's link answers 200 with an HTML page", arguments: FeedFormat.allCases)
        func newestItemLinkAnswers(format: FeedFormat) async throws {
            let site = try BrowserSite.current()
            let feed = try await SiteHTTP.get(site.server.url(SiteRoute.feed(.site, format).path), accept: format.linkType)
            try #require(feed.status == 200, "\(format.rawValue) answered \(feed.status)")
            let link = try #require(try FeedItems.newestLink(in: feed.body, format: format), "\(format.rawValue) has no item with a link")
            // Followed only on this server: a link to any other origin is a finding, not an address to fetch.
            try #require(link.hasPrefix(site.server.baseURL + "/"), "\(format.rawValue)'s newest link \(link) is not on the site's origin \(site.server.baseURL)")
            let page = try await SiteHTTP.get(link)
            #expect(page.status == 200, "\(format.rawValue)'s newest link \(link) answered \(page.status)")
            #expect(page.contentType.hasPrefix("text/html"), "\(link) is served as «\(page.contentType)»")
        }
    }
}

/// The first item's link of an RSS, Atom or JSON feed: the newest, as feeds list them.
enum FeedItems {
    static func newestLink(in feed: Data, format: FeedFormat) throws -> String? {
        switch format {
        case .json:
            let object = try JSONSerialization.jsonObject(with: feed) as? [String: Any]
            let first = (object?["items"] as? [[String: Any]])?.first
            return (first?["url"] ?? first?["external_url"]) as? String
        case .rss, .atom:
            let reader = FirstItemLink()
            let parser = XMLParser(data: feed)
            parser.delegate = reader
            // False when the reader stops at the first item, which is the point.
            _ = parser.parse()
            return reader.link?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

/// Reads RSS `<item><link>text</link>` or Atom `<entry><link rel="alternate" href>` of the first item.
private final class FirstItemLink: NSObject, XMLParserDelegate {
    var link: String?
    private var inItem = false
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "item" || name == "entry" { inItem = true }
        guard inItem, link == nil, name == "link" else { return }
        if let href = attributes["href"] {
            // Atom: a link without rel is the alternate one.
            if (attributes["rel"] ?? "alternate") == "alternate" { link = href }
        } else {
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "link", let found = text {
            link = link ?? found
            text = nil
        }
        if (name == "item" || name == "entry"), link != nil { parser.abortParsing() }
    }
}
