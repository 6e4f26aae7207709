import Foundation
import GRDB
import NashirDomain

/// The `article` table's columns for one article, as compared and written on save.
struct ArticleRow: Equatable, Codable, Sendable {
    var originSource: String
    var originKey: String
    var slug: String
    var headline: String
    var highlights: String
    var datelinePlace: String?
    var datelineSource: String?
    var datelineDate: String?
    var body: String
    var byline: String?
    var summary: String?
    var sourceURL: String?
    var status: String
    var publishedAt: String?
    var leadImageID: Int64?
    /// JSON of the corrections; nil when there are none, so older rows and revisions compare equal.
    var corrections: String?
    /// Nil unless flagged, and the SEO title nil unless set, so older revisions compare equal.
    var urgent: Bool?
    var seoTitle: String?
    /// Ingest's fields, nil when absent so older revisions compare equal.
    var credit: String?
    var embargo: String?
    var leadImageURL: String?

    /// The snake-case column names, so a revision's JSON reads like the table.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case originSource = "origin_source", originKey = "origin_key", slug, headline, highlights
        case datelinePlace = "dateline_place", datelineSource = "dateline_source", datelineDate = "dateline_date"
        case body, byline, summary, sourceURL = "source_url", status, publishedAt = "published_at", leadImageID = "lead_image_id", corrections
        case urgent, seoTitle = "seo_title", credit, embargo, leadImageURL = "lead_image_url"
    }

    init(_ content: ArticleContent) {
        originSource = content.origin.source
        originKey = content.origin.key
        slug = content.slug
        headline = content.headline
        highlights = ColumnCoding.json(content.highlights)
        datelinePlace = content.dateline?.place
        datelineSource = content.dateline?.source
        datelineDate = ColumnCoding.timestamp(optional: content.dateline?.date)
        body = ColumnCoding.json(content.body)
        byline = content.byline
        summary = content.summary
        sourceURL = content.sourceURL
        status = content.status.rawValue
        // An embargoed story goes public when the embargo lifts, however early it was published:
        // stored that way, every query that asks "published by now" honours the embargo.
        var publication = content.publishedAt
        if content.status == .published, let embargo = content.embargo, (publication ?? .distantPast) < embargo { publication = embargo }
        publishedAt = ColumnCoding.timestamp(optional: publication)
        leadImageID = content.leadImage?.rawValue
        corrections = content.corrections.isEmpty ? nil : ColumnCoding.json(content.corrections)
        urgent = content.urgent ? true : nil
        seoTitle = content.seoTitle
        credit = content.credit
        embargo = ColumnCoding.timestamp(optional: content.embargo)
        leadImageURL = content.leadImageURL
    }

    init(row: Row) {
        originSource = row["origin_source"]
        originKey = row["origin_key"]
        slug = row["slug"]
        headline = row["headline"]
        highlights = row["highlights"]
        datelinePlace = row["dateline_place"]
        datelineSource = row["dateline_source"]
        datelineDate = row["dateline_date"]
        body = row["body"]
        byline = row["byline"]
        summary = row["summary"]
        sourceURL = row["source_url"]
        status = row["status"]
        publishedAt = row["published_at"]
        leadImageID = row["lead_image_id"]
        corrections = row["corrections"]
        urgent = (row["urgent"] as Bool?) == true ? true : nil
        seoTitle = row["seo_title"]
        credit = row["credit"]
        embargo = row["embargo"]
        leadImageURL = row["lead_image_url"]
    }

    /// Column names and values in one order, for INSERT and UPDATE alike.
    var columns: [(String, (any DatabaseValueConvertible)?)] {
        [
            ("origin_source", originSource), ("origin_key", originKey), ("slug", slug),
            ("headline", headline), ("highlights", highlights), ("dateline_place", datelinePlace),
            ("dateline_source", datelineSource), ("dateline_date", datelineDate), ("body", body),
            ("byline", byline), ("summary", summary), ("source_url", sourceURL), ("status", status),
            ("published_at", publishedAt), ("lead_image_id", leadImageID), ("corrections", corrections),
            ("urgent", urgent ?? false), ("seo_title", seoTitle), ("credit", credit), ("embargo", embargo),
            ("lead_image_url", leadImageURL),
        ]
    }
}

extension Article {
    /// Rebuilds an article from a row of `article` joined with its section, plus its tags.
    init(row: Row, tags: [Tag]) {
        let content = ArticleRow(row: row).content(section: Section(slug: row["section_slug"], name: row["section_name"]), tags: tags)
        self.init(
            id: ArticleID(row["id"] as Int64), content: content,
            createdAt: ColumnCoding.date(row["created_at"]) ?? .distantPast,
            updatedAt: ColumnCoding.date(row["updated_at"]) ?? .distantPast,
            revision: row["revision"], author: (row["author_id"] as Int64?).map { UserID($0) })
    }
}

extension ArticleRow {
    /// The domain content these columns hold, given the joined section and tags.
    func content(section: Section, tags: [Tag]) -> ArticleContent {
        let columns = self
        let dateline = Dateline(
            place: columns.datelinePlace, source: columns.datelineSource,
            date: ColumnCoding.date(columns.datelineDate))
        return ArticleContent(
            origin: ArticleOrigin(source: columns.originSource, key: columns.originKey),
            slug: columns.slug,
            section: section,
            headline: columns.headline,
            highlights: ColumnCoding.strings(columns.highlights),
            dateline: dateline.isEmpty ? nil : dateline,
            body: ColumnCoding.blocks(columns.body),
            tags: tags,
            byline: columns.byline,
            summary: columns.summary,
            sourceURL: columns.sourceURL,
            status: ArticleStatus(rawValue: columns.status) ?? .draft,
            publishedAt: ColumnCoding.date(columns.publishedAt),
            leadImage: columns.leadImageID.map { MediaID($0) },
            corrections: columns.corrections.map(ColumnCoding.corrections) ?? [],
            urgent: columns.urgent == true, seoTitle: columns.seoTitle, credit: columns.credit,
            embargo: ColumnCoding.date(columns.embargo), leadImageURL: columns.leadImageURL)
    }
}
