import NashirXML

/// RSS 2.0 with the extensions readers expect: the full story in `content:encoded`, the
/// byline in `dc:creator`, the feed's own address in `atom:link rel="self"`.
public enum RSSFeed {
    public static let mediaType = "application/rss+xml; charset=utf-8"

    public static func xml(_ feed: Feed) -> String {
        let out = XMLOutput()
        out.start("rss", [
            "version": "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/", "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ])
        out.start("channel")
        out.element("title", feed.title)
        out.element("link", feed.pageURL)
        out.element("description", feed.description)
        out.element("language", feed.language)
        out.element("lastBuildDate", FeedDates.rss(feed.updated))
        out.element("generator", "Nashir")
        out.empty("atom:link", ["href": feed.urls.rss, "rel": "self", "type": "application/rss+xml"])
        for item in feed.items {
            out.start("item")
            out.element("title", item.title)
            out.element("link", item.url)
            // The short address stays valid when the headline's slug changes.
            out.element("guid", item.id, ["isPermaLink": "true"])
            out.element("pubDate", FeedDates.rss(item.published))
            out.element("dc:creator", item.author)
            out.element("category", item.section)
            for tag in item.tags { out.element("category", tag) }
            out.element("description", item.summary ?? item.title)
            out.element("content:encoded", item.contentHTML)
            if let image = item.image {
                out.empty("enclosure", ["url": image.url, "length": String(image.length ?? 0), "type": image.mediaType])
            }
            out.end()
        }
        out.end()
        out.end()
        return out.finish()
    }
}
