import Foundation
import NashirDomain
import NashirRoutes

/// An article as the admin API reads and writes it: the same field names as the search API
/// (`headline`, `published`), plus what editing needs (`id`, `path`, `revision`, `status`).
struct ArticleJSON: Codable, Sendable {
    var id: Int64?
    var path: String?
    var revision: Int?
    var status: String?
    var headline: String?
    var slug: String?
    /// A section's slug or its name.
    var section: String?
    var sectionName: String?
    var highlights: [String]?
    var datelinePlace: String?
    var datelineSource: String?
    var body: [Block]?
    var tags: [String]?
    var byline: String?
    var summary: String?
    var published: String?
    var created: String?
    var updated: String?
    var author: Int64?
    var urgent: Bool?
    var seoTitle: String?
    /// The lead image's media id; 0 in a request removes it.
    var leadImage: Int64?
    /// Read only: corrections are added in the editor, where they are dated.
    var corrections: [CorrectionJSON]?

    struct CorrectionJSON: Codable, Sendable {
        var at: String
        var note: String
    }

    enum CodingKeys: String, CodingKey {
        case id, path, revision, status, headline, slug, section, sectionName = "section_name", highlights
        case datelinePlace = "dateline_place", datelineSource = "dateline_source", body, tags, byline, summary
        case published, created, updated, author, urgent, seoTitle = "seo_title"
        case leadImage = "lead_image", corrections
    }

    init(_ article: Article) {
        id = article.id.rawValue
        path = SiteRoute.of(article).path
        revision = article.revision
        status = article.content.status.rawValue
        headline = article.content.headline
        slug = article.content.slug
        section = article.content.section.slug
        sectionName = article.content.section.name
        highlights = article.content.highlights
        datelinePlace = article.content.dateline?.place
        datelineSource = article.content.dateline?.source
        body = article.content.body
        tags = article.content.tags.map(\.name)
        byline = article.content.byline
        summary = article.content.summary
        published = article.content.publishedAt.map(Timestamp.format)
        created = Timestamp.format(article.createdAt)
        updated = Timestamp.format(article.updatedAt)
        author = article.author?.rawValue
        urgent = article.content.urgent
        seoTitle = article.content.seoTitle
        leadImage = article.content.leadImage?.rawValue
        corrections = article.content.corrections.map { CorrectionJSON(at: Timestamp.format($0.at), note: $0.note) }
    }
}

/// A refusal of the API: a stable code for programs, an Arabic message for people, the field at fault.
struct APIErrorJSON: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var code: String
        var message: String
        var field: String?
    }
    var error: Detail
}
