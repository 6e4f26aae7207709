import NashirHTML
import NashirXML

/// Atom 1.0 (RFC 4287) entries: text, html and xhtml constructs, authors, categories, links.
enum AtomReader {
    static func isAtom(_ root: XMLTreeElement) -> Bool {
        root.name == "feed" && root.namespace == FeedNamespace.atom
    }

    static func read(_ root: XMLTreeElement) -> FeedDocument {
        let feedAuthors = authors(of: root)
        let title = root.element("title", namespace: FeedNamespace.atom).flatMap(text).map(plain)
        return FeedDocument(format: "Atom 1.0", title: title, entries: root.elements("entry", namespace: FeedNamespace.atom).map { entry($0, feedAuthors: feedAuthors) })
    }

    private static func entry(_ element: XMLTreeElement, feedAuthors: [String]) -> FeedEntry {
        var entry = FeedEntry(line: element.line)
        let atom = FeedNamespace.atom
        entry.key = nonEmpty(element.text(of: "id", namespace: atom))
        entry.title = element.element("title", namespace: atom).flatMap(text)
        let links = element.elements("link", namespace: atom)
        entry.link = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }.flatMap { nonEmpty($0.attribute("href")) }
        entry.content = element.element("content", namespace: atom).flatMap(text)
        entry.summary = element.element("summary", namespace: atom).flatMap(text)
        let authors = authors(of: element)
        // An entry without authors has its feed's (RFC 4287 §4.2.1).
        entry.authors = authors.isEmpty ? feedAuthors : authors
        entry.categories = element.elements("category", namespace: atom).compactMap { nonEmpty($0.attribute("label")) ?? nonEmpty($0.attribute("term")) }
        entry.published = entry.date(element.text(of: "published", namespace: atom), field: "published")
        entry.updated = entry.date(element.text(of: "updated", namespace: atom), field: "updated")
        entry.imageURL = links.first { $0.attribute("rel") == "enclosure" && RSSReader.isImage(type: $0.attribute("type"), url: $0.attribute("href") ?? "") }
            .flatMap { nonEmpty($0.attribute("href")) } ?? RSSReader.image(in: element)
        entry.credit = element.element("source", namespace: atom)?.text(of: "title", namespace: atom).flatMap(nonEmpty)
        return entry
    }

    private static func authors(of element: XMLTreeElement) -> [String] {
        element.elements("author", namespace: FeedNamespace.atom).compactMap { nonEmpty($0.text(of: "name", namespace: FeedNamespace.atom)) }
    }

    /// An Atom text construct: `type="text"` (the default), `html` (escaped markup), or `xhtml`
    /// (one XHTML div, parsed already).
    static func text(_ element: XMLTreeElement) -> FeedText? {
        switch element.attribute("type")?.lowercased() ?? "text" {
        case "html", "text/html":
            return nonEmpty(element.text).map(FeedText.html)
        case "xhtml", "application/xhtml+xml":
            guard let div = element.elements.first else { return nonEmpty(element.text).map(FeedText.plain) }
            return .markup(div.html)
        default:
            return nonEmpty(element.text).map(FeedText.plain)
        }
    }

    private static func plain(_ text: FeedText) -> String {
        switch text {
        case .plain(let text), .html(let text): text
        case .markup(let node): node.text
        }
    }
}
