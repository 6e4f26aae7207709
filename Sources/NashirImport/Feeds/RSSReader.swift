import Foundation
import NashirXML

/// RSS 2.0 (and 0.9x, and RSS 1.0's RDF) items with the modules feeds use: content:encoded,
/// Dublin Core creator, subject and date, and Media RSS pictures.
enum RSSReader {
    static func isRSS(_ root: XMLTreeElement) -> Bool {
        root.name == "rss" || (root.name == "RDF" && root.namespace == FeedNamespace.rdf)
    }

    static func read(_ root: XMLTreeElement) -> FeedDocument {
        let channel = root.element("channel")
        // RSS 1.0 puts items beside the channel, not in it.
        let items = (channel?.elements("item") ?? []) + root.elements("item")
        return FeedDocument(format: root.name == "rss" ? "RSS \(root.attribute("version") ?? "2.0")" : "RSS 1.0", title: channel?.text(of: "title"), entries: items.map(entry))
    }

    private static func entry(_ item: XMLTreeElement) -> FeedEntry {
        var entry = FeedEntry(line: item.line)
        let guid = item.element("guid")
        entry.key = nonEmpty(guid?.text) ?? nonEmpty(item.attribute("about", namespace: FeedNamespace.rdf))
        entry.title = nonEmpty(item.text(of: "title")).map(FeedText.html)
        entry.link = nonEmpty(item.text(of: "link"))
        if entry.link == nil, let guid, guid.attribute("isPermaLink") != "false", let address = nonEmpty(guid.text), address.hasPrefix("http") {
            entry.link = address
        }
        entry.content = nonEmpty(item.text(of: "encoded", namespace: FeedNamespace.content)).map(FeedText.html)
        entry.summary = nonEmpty(item.text(of: "description")).map(FeedText.html)
        entry.authors = item.elements("creator", namespace: FeedNamespace.dublinCore).compactMap { nonEmpty($0.text) }
            + item.elements("author").compactMap { nonEmpty($0.text).map(authorName) }
        entry.categories = (item.elements("category") + item.elements("subject", namespace: FeedNamespace.dublinCore)).compactMap { nonEmpty($0.text) }
        entry.published = entry.date(item.text(of: "pubDate"), field: "pubDate") ?? entry.date(item.text(of: "date", namespace: FeedNamespace.dublinCore), field: "dc:date")
        entry.imageURL = image(in: item)
        return entry
    }

    /// The item's picture: an image enclosure, else Media RSS content or thumbnail.
    static func image(in item: XMLTreeElement) -> String? {
        for enclosure in item.elements("enclosure") {
            if let url = nonEmpty(enclosure.attribute("url")), isImage(type: enclosure.attribute("type"), url: url) { return url }
        }
        let groups = item.elements("group", namespace: FeedNamespace.media)
        let media = ([item] + groups).flatMap { $0.elements("content", namespace: FeedNamespace.media) }
        for content in media {
            if let url = nonEmpty(content.attribute("url")), content.attribute("medium") == "image" || isImage(type: content.attribute("type"), url: url) { return url }
        }
        let thumbnails = ([item] + groups + media).flatMap { $0.elements("thumbnail", namespace: FeedNamespace.media) }
        return thumbnails.lazy.compactMap { nonEmpty($0.attribute("url")) }.first
    }

    /// Whether an enclosure is a picture, by its type, else by its file's extension.
    static func isImage(type: String?, url: String) -> Bool {
        if let type, !type.isEmpty { return type.lowercased().hasPrefix("image/") }
        let path = url.split(separator: "?").first.map(String.init)?.lowercased() ?? ""
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains { path.hasSuffix($0) }
    }

    /// RSS's author is an e-mail address, often with the name in brackets: «news@x.com (سارة علي)».
    static func authorName(_ author: String) -> String {
        if let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"), open < close {
            return String(author[author.index(after: open)..<close])
        }
        return author
    }
}

/// The text trimmed, or nil when nothing is left.
func nonEmpty(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
    return trimmed
}
