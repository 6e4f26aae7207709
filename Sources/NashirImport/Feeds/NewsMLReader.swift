import NashirHTML
import NashirXML

/// IPTC NewsML-G2 news items, alone or in a `newsMessage`: item and content metadata, and the
/// text of the content set (inline XHTML or NITF, else inline text).
enum NewsMLReader {
    static func isNewsML(_ root: XMLTreeElement) -> Bool {
        ["newsItem", "newsMessage"].contains(root.name) && root.namespace == FeedNamespace.newsMLG2
    }

    static func read(_ root: XMLTreeElement) -> FeedDocument {
        let items = root.name == "newsItem" ? [root] : (root.elements("itemSet").flatMap { $0.elements("newsItem") })
        let sender = root.element("header")?.text(of: "sender").flatMap(nonEmpty)
        return FeedDocument(format: "NewsML-G2", title: sender, entries: items.map(entry))
    }

    private static func entry(_ item: XMLTreeElement) -> FeedEntry {
        var entry = FeedEntry(line: item.line)
        let meta = item.element("itemMeta")
        let content = item.element("contentMeta")
        entry.key = nonEmpty(item.attribute("guid"))
        let headlines = content?.elements("headline") ?? []
        let headline = headlines.first { ($0.attribute("role") ?? "hld:main").hasSuffix("main") } ?? headlines.first
        entry.title = headline.flatMap { nonEmpty($0.text) }.map(FeedText.plain)
        entry.summary = content?.elements("description").first.flatMap { nonEmpty($0.text) }.map(FeedText.plain)
        entry.content = body(item.element("contentSet"))
        entry.link = meta?.elements("link").first { ($0.attribute("rel") ?? "").hasSuffix("seeAlso") || $0.attribute("contenttype") == "text/html" }
            .flatMap { nonEmpty($0.attribute("href")) }
        entry.authors = content?.elements("by").compactMap { nonEmpty($0.text) } ?? []
        if entry.authors.isEmpty {
            entry.authors = content?.elements("creator").compactMap { $0.text(of: "name").flatMap(nonEmpty) } ?? []
        }
        entry.categories = (content?.elements("subject") ?? []).compactMap { $0.text(of: "name").flatMap(nonEmpty) }
            + (content?.elements("keyword") ?? []).compactMap { nonEmpty($0.text) }
        entry.published = entry.date(meta?.text(of: "firstCreated") ?? content?.text(of: "contentCreated"), field: "contentCreated")
        entry.updated = entry.date(meta?.text(of: "versionCreated"), field: "versionCreated")
        if entry.published == nil { entry.published = entry.updated }
        entry.embargo = entry.date(meta?.text(of: "embargoed"), field: "embargoed")
        if let urgency = content?.text(of: "urgency").flatMap(nonEmpty).flatMap(Int.init) { entry.urgent = urgency <= 2 }
        entry.place = content?.element("located")?.text(of: "name").flatMap(nonEmpty)
        let provider = meta?.element("provider")
        entry.credit = content?.text(of: "creditline").flatMap(nonEmpty)
            ?? provider?.text(of: "name").flatMap(nonEmpty)
            ?? provider?.attribute("literal").flatMap(nonEmpty)
            ?? provider?.attribute("qcode").flatMap { $0.split(separator: ":").last.map(String.init) }
        entry.imageURL = meta?.elements("link").first { ($0.attribute("contenttype") ?? "").hasPrefix("image/") }.flatMap { nonEmpty($0.attribute("href")) }
        if let status = meta?.element("pubStatus")?.attribute("qcode"), !status.hasSuffix("usable") {
            entry.problems.append("pubStatus is \"\(status)\": the agency has withheld or cancelled the item")
        }
        return entry
    }

    /// The item's text: inline XHTML or NITF as markup, else inline data as text.
    private static func body(_ contentSet: XMLTreeElement?) -> FeedText? {
        guard let contentSet else { return nil }
        if let inline = contentSet.elements("inlineXML").first, let root = inline.elements.first {
            // NITF keeps its copy in body.content, beside a head that repeats the headline.
            if root.name == "nitf", let content = root.element("body")?.element("body.content") { return .markup(content.html) }
            let body = root.name == "html" ? root.element("body") ?? root : root
            return .markup(body.html)
        }
        if let data = contentSet.elements("inlineData").first, let text = nonEmpty(data.text) {
            return (data.attribute("contenttype") ?? "").contains("html") ? .html(text) : .plain(text)
        }
        return nil
    }
}
