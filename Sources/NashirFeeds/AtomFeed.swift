import NashirXML

/// Atom 1.0 (RFC 4287). The site is the feed's author, so entries without a byline («وكالات»
/// is a source, not a person) still satisfy the format.
public enum AtomFeed {
    public static let mediaType = "application/atom+xml; charset=utf-8"

    public static func xml(_ feed: Feed, siteName: String) -> String {
        let out = XMLOutput()
        out.start("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": feed.language])
        out.element("id", feed.urls.atom)
        out.element("title", feed.title)
        out.element("subtitle", feed.description)
        out.element("updated", FeedDates.rfc3339(feed.updated))
        out.empty("link", ["rel": "self", "type": "application/atom+xml", "href": feed.urls.atom])
        out.empty("link", ["rel": "alternate", "type": "text/html", "href": feed.pageURL])
        out.start("author")
        out.element("name", siteName)
        out.element("uri", feed.pageURL)
        out.end()
        out.element("generator", "Nashir")
        out.element("icon", feed.iconURL)
        for item in feed.items {
            out.start("entry")
            out.element("id", item.id)
            out.element("title", item.title)
            out.empty("link", ["rel": "alternate", "type": "text/html", "href": item.url])
            out.element("published", FeedDates.rfc3339(item.published))
            out.element("updated", FeedDates.rfc3339(item.updated))
            if let author = item.author {
                out.start("author")
                out.element("name", author)
                out.end()
            }
            out.empty("category", ["term": item.section])
            for tag in item.tags { out.empty("category", ["term": tag]) }
            out.element("summary", item.summary)
            out.element("content", item.contentHTML, ["type": "html"])
            if let image = item.image {
                out.empty("link", ["rel": "enclosure", "type": image.mediaType, "href": image.url, "length": image.length.map(String.init)])
            }
            out.end()
        }
        out.end()
        return out.finish()
    }
}
