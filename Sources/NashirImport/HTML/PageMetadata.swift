import Foundation
import NashirDomain
import NashirHTML

/// What a saved web page says about its article outside the copy: JSON-LD, Open Graph and the
/// other meta tags, each field from the most reliable place that has it.
struct PageMetadata: Equatable, Sendable {
    var headline: String?
    var published: Date?
    var modified: Date?
    var authors: [String] = []
    var section: String?
    var image: String?
    var keywords: [String] = []
    var description: String?
    var siteName: String?
    var url: String?
    /// The document's <title>, site name and all.
    var title: String?
    var language: String?

    /// Fills each field from JSON-LD first, then Open Graph, article:* and twitter:* tags, then
    /// the plain meta names: structured data is written for machines and is the least often stale.
    init(page root: HTMLNode) {
        let linked = LinkedData(page: root)
        let meta = MetaTags(page: root)
        headline = linked.headline ?? meta.first("og:title", "twitter:title", "title")
        published = linked.published ?? meta.date("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date",
                                                   "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "article.published")
        modified = linked.modified ?? meta.date("article:modified_time", "og:updated_time", "dateModified", "last-modified")
        authors = linked.authors.isEmpty ? meta.authors : linked.authors
        section = linked.section ?? meta.first("article:section", "section", "category", "parsely-section")
        image = linked.image ?? meta.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
        keywords = linked.keywords.isEmpty ? meta.keywords : linked.keywords
        description = linked.description ?? meta.first("og:description", "description", "twitter:description")
        siteName = linked.publisher ?? meta.first("og:site_name", "application-name", "twitter:site")
        url = meta.canonical ?? meta.first("og:url") ?? linked.url
        title = root.elements(named: "title").first.map { TextCleaning.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        language = root["lang"]
    }

    /// `text` as a date: ISO 8601 in its many web spellings («2017-03-02T08:07:00+01:00»,
    /// «2017-03-02 08:07:00», without an offset, with fractions), or nil.
    static func date(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: " ", with: "T")
        guard trimmed.count >= 10 else { return nil }
        if let date = Timestamp.parse(trimmed) { return date }
        // No offset: the page gives local time without saying whose; UTC is as good a guess as any
        // and keeps the day right.
        if let date = Timestamp.parse(trimmed + "Z") { return date }
        // «+0100» without the colon.
        if let match = trimmed.firstMatch(of: /^(.*[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)([+-]\d\d)(\d\d)$/) {
            return Timestamp.parse("\(match.output.1)\(match.output.2):\(match.output.3)")
        }
        return nil
    }
}
