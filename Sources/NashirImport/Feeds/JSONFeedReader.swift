/// JSON Feed 1.0 and 1.1 (jsonfeed.org) items.
enum JSONFeedReader {
    static func isJSONFeed(_ root: JSONValue) -> Bool {
        root["version"]?.string?.hasPrefix("https://jsonfeed.org/version/") == true
    }

    static func read(_ root: JSONValue, lines: JSONLineIndex) -> FeedDocument {
        let feedAuthors = authors(root)
        let items = root["items"]?.array ?? []
        return FeedDocument(format: "JSON Feed", title: root["title"]?.string, entries: items.enumerated().map { index, item in
            var entry = FeedEntry(line: lines.line(ofItem: index))
            entry.key = item["id"]?.string.flatMap(nonEmpty)
            entry.title = item["title"]?.string.flatMap(nonEmpty).map(FeedText.plain)
            entry.link = item["url"]?.string.flatMap(nonEmpty) ?? item["external_url"]?.string.flatMap(nonEmpty)
            entry.content = item["content_html"]?.string.flatMap(nonEmpty).map(FeedText.html)
                ?? item["content_text"]?.string.flatMap(nonEmpty).map(FeedText.plain)
            entry.summary = item["summary"]?.string.flatMap(nonEmpty).map(FeedText.plain)
            let own = authors(item)
            entry.authors = own.isEmpty ? feedAuthors : own
            entry.categories = (item["tags"]?.array ?? []).compactMap { $0.string.flatMap(nonEmpty) }
            entry.published = entry.date(item["date_published"]?.string, field: "date_published")
            entry.updated = entry.date(item["date_modified"]?.string, field: "date_modified")
            entry.imageURL = item["image"]?.string.flatMap(nonEmpty) ?? item["banner_image"]?.string.flatMap(nonEmpty)
            return entry
        })
    }

    /// 1.1's `authors` array, or 1.0's single `author`.
    private static func authors(_ object: JSONValue) -> [String] {
        let list = object["authors"]?.array ?? object["author"].map { [$0] } ?? []
        return list.compactMap { $0["name"]?.string.flatMap(nonEmpty) }
    }
}
