import Foundation
import NashirDomain

/// An article's content as one JSON text: the current row's, a kept revision's and a held
/// agency version's alike, so the three can never drift apart. Times are `Timestamp` texts.
struct StoredContent: Codable, Equatable {
    var origin: ArticleOrigin
    var slug: String
    var section: Section
    var headline: String
    var highlights: [String]
    var dateline: Dateline?
    var body: [Block]
    var tags: [Tag]
    var byline: String?
    var summary: String?
    var sourceURL: String?
    var status: ArticleStatus
    var publishedAt: Date?
    var leadImage: MediaID?
    var corrections: [Correction]
    var urgent: Bool
    var seoTitle: String?
    var credit: String?
    var embargo: Date?
    var leadImageURL: String?

    /// `content` as the store keeps it: times to the millisecond, and an embargoed story's
    /// publication moved to the embargo's end, so every "published by now" query honours it.
    init(_ content: ArticleContent) {
        origin = content.origin
        slug = content.slug
        section = content.section
        headline = content.headline
        highlights = content.highlights
        dateline = content.dateline.map { Dateline(place: $0.place, source: $0.source, date: PostgresCoding.instant($0.date)) }
        body = content.body
        tags = content.tags
        byline = content.byline
        summary = content.summary
        sourceURL = content.sourceURL
        status = content.status
        var publication = content.publishedAt
        if content.status == .published, let embargo = content.embargo, (publication ?? .distantPast) < embargo { publication = embargo }
        publishedAt = PostgresCoding.instant(publication)
        leadImage = content.leadImage
        corrections = content.corrections.map { Correction(at: PostgresCoding.instant($0.at), note: $0.note) }
        urgent = content.urgent
        seoTitle = content.seoTitle
        credit = content.credit
        embargo = PostgresCoding.instant(content.embargo)
        leadImageURL = content.leadImageURL
    }

    /// The domain's content, with the section and tags as they are named now when given.
    func content(section current: Section? = nil, tags currentTags: [Tag]? = nil) -> ArticleContent {
        ArticleContent(
            origin: origin, slug: slug, section: current ?? section, headline: headline, highlights: highlights, dateline: dateline,
            body: body, tags: currentTags ?? tags, byline: byline, summary: summary, sourceURL: sourceURL, status: status,
            publishedAt: publishedAt, leadImage: leadImage, corrections: corrections, urgent: urgent, seoTitle: seoTitle,
            credit: credit, embargo: embargo, leadImageURL: leadImageURL)
    }

    /// Equal but for the names of the section and tags: a rename alone changes no article.
    func isSame(as other: StoredContent) -> Bool {
        var left = self, right = other
        left.section.name = ""
        right.section.name = ""
        left.tags = left.tags.map { Tag(slug: $0.slug, name: "") }
        right.tags = right.tags.map { Tag(slug: $0.slug, name: "") }
        return left == right
    }

    /// What list pages show under a headline: the summary, else the first sub-headline.
    var highlight: String? { summary ?? highlights.first }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        // Every field is a string, number, date or array of them: encoding cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// Reads `json`; a text this store did not write is an error naming the article.
    init(json: String) throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time: \(text)")
            }
            return date
        }
        self = try decoder.decode(StoredContent.self, from: Data(json.utf8))
    }
}
