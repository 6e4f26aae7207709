import Foundation
import NashirDomain

/// One line of Nashir's JSON Lines interchange: the corpus schema (id, source, url, section, title,
/// date, body, summary, author) plus the fields Nashir adds so an export re-imports losslessly.
struct ArticleLine: Codable, Equatable {
    var id: String
    var source: String?
    var url: String?
    var section: String?
    var sectionName: String?
    var title: String
    var slug: String?
    var highlights: [String]?
    /// Present (even as null) in Nashir's own exports, which turns off dateline detection.
    var dateline: DatelineLine??
    var body: String
    /// The typed body, in Nashir's own exports when it holds more than paragraphs; wins over `body`.
    var blocks: [Block]?
    var summary: String?
    var author: String?
    var tags: [TagLine]?
    var status: String?
    var date: String?
    var created: String?
    var updated: String?
    var urgent: Bool?
    var seoTitle: String?
    /// Written for readers of the export; not read back, since the image lives in the exporting
    /// site's media library and an id from there means nothing (or another picture) elsewhere.
    var leadImage: Int64?
    var corrections: [CorrectionLine]?
    var credit: String?
    var embargo: String?
    var leadImageURL: String?

    struct CorrectionLine: Codable, Equatable {
        var at: String
        var note: String
    }

    struct DatelineLine: Codable, Equatable {
        var place: String?
        var source: String?
        var date: String?
    }

    struct TagLine: Codable, Equatable {
        var slug: String
        var name: String
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url, section, title, slug, highlights, dateline, body, blocks, summary, author, tags, status, date, created, updated
        case sectionName = "section_name", urgent, seoTitle = "seo_title", leadImage = "lead_image", corrections
        case credit, embargo, leadImageURL = "lead_image_url"
        /// The names the APIs use; exports write these, imports read them and the corpus's `title` and `date`.
        case headline, published
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Corpus ids are strings; other feeds use numbers.
        if let number = try? c.decode(Int64.self, forKey: .id) { id = String(number) } else { id = try c.decode(String.self, forKey: .id) }
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        sectionName = try c.decodeIfPresent(String.self, forKey: .sectionName)
        title = try c.decodeIfPresent(String.self, forKey: .headline) ?? c.decodeIfPresent(String.self, forKey: .title) ?? ""
        slug = try c.decodeIfPresent(String.self, forKey: .slug)
        highlights = try c.decodeIfPresent([String].self, forKey: .highlights)
        dateline = c.contains(.dateline) ? .some(try c.decodeIfPresent(DatelineLine.self, forKey: .dateline)) : .none
        body = try c.decode(String.self, forKey: .body)
        blocks = try c.decodeIfPresent([Block].self, forKey: .blocks)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        tags = try c.decodeIfPresent([TagLine].self, forKey: .tags)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        date = try c.decodeIfPresent(String.self, forKey: .published) ?? c.decodeIfPresent(String.self, forKey: .date)
        created = try c.decodeIfPresent(String.self, forKey: .created)
        updated = try c.decodeIfPresent(String.self, forKey: .updated)
        urgent = try c.decodeIfPresent(Bool.self, forKey: .urgent)
        seoTitle = try c.decodeIfPresent(String.self, forKey: .seoTitle)
        corrections = try c.decodeIfPresent([CorrectionLine].self, forKey: .corrections)
        credit = try c.decodeIfPresent(String.self, forKey: .credit)
        embargo = try c.decodeIfPresent(String.self, forKey: .embargo)
        leadImageURL = try c.decodeIfPresent(String.self, forKey: .leadImageURL)
    }

    init(id: String, title: String, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(sectionName, forKey: .sectionName)
        try c.encode(title, forKey: .headline)
        try c.encodeIfPresent(slug, forKey: .slug)
        try c.encodeIfPresent(highlights, forKey: .highlights)
        if let dateline { try c.encode(dateline, forKey: .dateline) }
        try c.encode(body, forKey: .body)
        try c.encodeIfPresent(blocks, forKey: .blocks)
        try c.encodeIfPresent(summary, forKey: .summary)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(date, forKey: .published)
        try c.encodeIfPresent(created, forKey: .created)
        try c.encodeIfPresent(updated, forKey: .updated)
        if urgent == true { try c.encode(true, forKey: .urgent) }
        try c.encodeIfPresent(seoTitle, forKey: .seoTitle)
        try c.encodeIfPresent(leadImage, forKey: .leadImage)
        if let corrections, !corrections.isEmpty { try c.encode(corrections, forKey: .corrections) }
        try c.encodeIfPresent(credit, forKey: .credit)
        try c.encodeIfPresent(embargo, forKey: .embargo)
        try c.encodeIfPresent(leadImageURL, forKey: .leadImageURL)
    }
}
