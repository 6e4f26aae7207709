import Foundation
import NashirHTML

/// One item of any feed format, as the readers find it, before it becomes a draft: the shape
/// RSS, Atom, JSON Feed, ninjs and NewsML-G2 share.
struct FeedEntry {
    /// The source's identity for the item (guid, id, uri), stable across re-sends.
    var key: String?
    var title: FeedText?
    /// The item's address at its publisher.
    var link: String?
    var content: FeedText?
    var summary: FeedText?
    var authors: [String] = []
    /// Categories, subjects and keywords, as the feed names them.
    var categories: [String] = []
    var published: Date?
    var updated: Date?
    var imageURL: String?
    /// The agency's credit line, when the item carries one.
    var credit: String?
    var embargo: Date?
    var urgent = false
    /// Where the story was filed (NewsML-G2's and ninjs's `located`).
    var place: String?
    /// Where the item starts in its file.
    var line: Int
    /// Dates and other values the item gave but that could not be read; they fail (or skip) it.
    var problems: [String] = []

    init(line: Int) { self.line = line }

    /// Reads a date field, noting a value that is not a date.
    mutating func date(_ raw: String?, field: String) -> Date? {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        guard let date = FeedDateParser.parse(raw) else {
            problems.append("\(field): \"\(raw.prefix(60))\" is not a date")
            return nil
        }
        return date
    }
}

/// Text as a feed gives it: escaped HTML, plain text, or markup already parsed (Atom's xhtml,
/// NewsML-G2's inline XHTML).
enum FeedText {
    case html(String)
    case plain(String)
    case markup(HTMLNode)
}

/// What a feed reader found: the feed's own name (for credit and attribution) and its items.
struct FeedDocument {
    /// Which format it was, for messages: "RSS 2.0", "Atom 1.0", …
    var format: String
    var title: String?
    var entries: [FeedEntry]
}
