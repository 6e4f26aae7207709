import Foundation
import NashirDomain
import NashirXML

extension ImportFormat {
    /// News feeds and agency wires: RSS, Atom, JSON Feed, IPTC ninjs and NewsML-G2.
    public static let feed = ImportFormat(name: "feed")
}

/// Reads a feed or a wire item (RSS 2.0 and 1.0, Atom 1.0, JSON Feed 1.x, IPTC ninjs 1–3,
/// NewsML-G2) into one draft per item, attributed to its source and keyed by the item's own id,
/// so a re-sent or newer version updates the same article. XML goes through `XMLReader`, which
/// refuses entity declarations and the network.
public struct FeedImporter: ArticleImporter {
    /// The name the items are attributed to (`ArticleOrigin.source`); nil takes the feed's own
    /// title, else the file's name. A poller should pass its source's name: a feed's title can change.
    public var sourceName: String?
    /// Where the items go, until an editor files them elsewhere.
    public var section: Section
    /// `incoming` (the newsroom's incoming list, never public) unless a routing rule says otherwise.
    public var status: ArticleStatus
    /// Leave out (and report) items without a headline or a body, or with unreadable dates,
    /// instead of failing the whole feed.
    public var skipInvalid: Bool
    public var maxBytes: Int

    /// Where feed items go when no section is given.
    public static let defaultSection = Section(slug: "news", name: "أخبار")

    public init(
        sourceName: String? = nil, section: Section = Self.defaultSection, status: ArticleStatus = .incoming,
        skipInvalid: Bool = false, maxBytes: Int = ArticleFileReader.defaultMaxBytes
    ) {
        self.sourceName = sourceName
        self.section = section
        self.status = status
        self.skipInvalid = skipInvalid
        self.maxBytes = maxBytes
    }

    public var format: ImportFormat { .feed }

    /// By the document's root: an RSS, Atom or NewsML-G2 element, a JSON Feed version, or a
    /// ninjs item (a JSON document with a `uri` and news fields, not JSON Lines).
    public func sniff(path: String, text: String) -> Bool {
        let head = String(text.prefix(4096))
        guard let first = head.first(where: { !$0.isWhitespace }) else { return false }
        if first == "<" {
            return head.contains("<rss") || head.contains("<rdf:RDF") || head.contains(FeedNamespace.atom)
                || head.contains(FeedNamespace.newsMLG2)
        }
        guard first == "{" || first == "[" else { return false }
        if head.contains("jsonfeed.org/version/") { return true }
        // A ninjs item spans many lines or is one object; JSON Lines are many objects.
        guard head.contains("\"uri\"") else { return false }
        let newsKeys = ["\"headlines\"", "\"headline\"", "\"bodies\"", "\"body_html\"", "\"body_text\"", "\"versioncreated\"", "\"versionCreated\""]
        return newsKeys.contains { head.contains($0) } && (try? JSONReader.parse(text)) != nil
    }

    public func read(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        let document = try parse(text, file: file)
        return try FeedDrafts(importer: self, document: document, file: file).batch()
    }

    /// For a poller that fetched the feed over HTTP: the raw body, and the charset of its
    /// Content-Type header if it had one (a byte-order mark wins over it, and it wins over the
    /// document's own declaration). `file` names the source in messages, e.g. its address.
    public func read(bytes: [UInt8], file: String, charset: String?) throws(ImportError) -> ImportBatch {
        if bytes.count > maxBytes { throw ImportError(file: file, problem: "is \(bytes.count) bytes; the limit is \(maxBytes) bytes") }
        let text = try TextDecoding.decode(bytes, file: file, charset: charset)
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else { throw ImportError(file: file, problem: "is empty") }
        return try read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: file)
    }

    /// The feed's items, from XML or JSON, with the format it turned out to be.
    func parse(_ text: String, file: String) throws(ImportError) -> FeedDocument {
        let first = text.first { !$0.isWhitespace }
        if first == "{" || first == "[" {
            let parsed: (value: JSONValue, lines: JSONLineIndex)
            do { parsed = try JSONReader.parseWithLines(text) } catch {
                throw ImportError(file: file, line: error.line, column: error.column, problem: "malformed JSON: \(error.problem)")
            }
            if JSONFeedReader.isJSONFeed(parsed.value) { return JSONFeedReader.read(parsed.value, lines: parsed.lines) }
            if NinjsReader.isNinjs(parsed.value) { return NinjsReader.read(parsed.value, lines: parsed.lines) }
            throw ImportError(file: file, problem: "is JSON, but neither a JSON Feed (no jsonfeed.org version) nor a ninjs item (no uri)")
        }
        let root: XMLTreeElement
        do { root = try XMLReader(maxBytes: maxBytes).parse(text) } catch {
            let line = error.line > 0 ? error.line : nil
            let problem = error.kind == .refused ? "refused: \(error.message)" : "malformed XML: \(error.message)"
            throw ImportError(file: file, line: line, column: line == nil ? nil : error.column, problem: problem)
        }
        if RSSReader.isRSS(root) { return RSSReader.read(root) }
        if AtomReader.isAtom(root) { return AtomReader.read(root) }
        if NewsMLReader.isNewsML(root) { return NewsMLReader.read(root) }
        throw ImportError(file: file, line: root.line, problem: "is XML, but its root element <\(root.name)> is not RSS, Atom or NewsML-G2")
    }
}
