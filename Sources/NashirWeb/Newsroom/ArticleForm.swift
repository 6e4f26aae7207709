import ArabicText
import Foundation
import NashirDomain

/// The editor's form as submitted: plain fields, turned into article content and back.
struct ArticleForm: Decodable, Sendable {
    /// The revision the editor started from; nil for a new story.
    var baseRevision: Int? { revision.flatMap { Int($0) } }

    var csrf: String?
    var revision: String?
    /// The story's id, for the preview (the save's address already names it).
    var article: String?
    var action: String?
    var section: String?
    var headline: String?
    var highlights: String?
    var datelinePlace: String?
    var datelineSource: String?
    var body: String?
    var tags: String?
    var byline: String?
    var slug: String?
    var summary: String?
    var seoTitle: String?
    /// "1" when the breaking-news box is ticked; a browser sends nothing for an unticked box.
    var urgent: String?
    var publishAt: String?
    /// A correction to publish with a published story.
    var correction: String?
    /// The lead image's media id; empty for none, absent to keep the current one.
    var leadImage: String?
    /// "1" when the editor publishes knowing the copy desk found errors.
    var confirmFindings: String?

    /// The form showing `content` (a new story has no revision).
    init(content: ArticleContent, revision: Int?, timeZone: TimeZone) {
        self.revision = revision.map(String.init)
        section = content.section.name
        headline = content.headline
        highlights = content.highlights.joined(separator: "\n")
        datelinePlace = content.dateline?.place
        datelineSource = content.dateline?.source
        body = BodyText.text(of: content.body)
        tags = content.tags.map(\.name).joined(separator: "، ")
        byline = content.byline
        slug = content.slug
        summary = content.summary
        seoTitle = content.seoTitle
        urgent = content.urgent ? "1" : nil
        publishAt = content.publishedAt.map { Self.localTime($0, timeZone: timeZone) }
        leadImage = content.leadImage.map { String($0.rawValue) } ?? ""
    }

    /// Applies the form to `base` (the stored story, or an empty one), keeping what the form does not show.
    func content(over base: ArticleContent, sections: [Section], timeZone: TimeZone) -> ArticleContent {
        var content = base
        let sectionName = Self.clean(section)
        if let known = sections.first(where: { $0.name == sectionName || $0.slug == sectionName }) {
            content.section = known
        } else if !sectionName.isEmpty {
            content.section = Section(slug: ArabicSlug.make(from: sectionName), name: sectionName)
        }
        content.headline = Self.clean(headline)
        content.highlights = Self.lines(highlights)
        let place = Self.clean(datelinePlace), source = Self.clean(datelineSource)
        let dateline = Dateline(place: place.isEmpty ? nil : place, source: source.isEmpty ? nil : source, date: base.dateline?.date)
        content.dateline = dateline.isEmpty ? nil : dateline
        content.body = BodyText.blocks(from: ArticleForm.clean(body))
        content.tags = Self.tagNames(tags).map { Tag(slug: ArabicSlug.make(from: $0), name: $0) }
        content.byline = Self.clean(byline).isEmpty ? nil : Self.clean(byline)
        let summaryText = Self.clean(summary)
        content.summary = summaryText.isEmpty ? nil : summaryText
        let seoTitleText = Self.clean(seoTitle)
        content.seoTitle = seoTitleText.isEmpty ? nil : seoTitleText
        content.urgent = urgent == "1"
        let slugText = Self.clean(slug)
        content.slug = slugText.isEmpty ? ArabicSlug.make(from: content.headline) : ArabicSlug.make(from: slugText)
        if content.slug.isEmpty { content.slug = "خبر" }
        if let time = publishAt.flatMap({ Self.parseLocalTime($0, timeZone: timeZone) }) { content.publishedAt = time }
        if let leadImage { content.leadImage = Int64(leadImage).map { MediaID($0) } }
        return content
    }

    // MARK: - Text

    /// Trimmed, with bidi overrides and zero-width characters removed: pasted from wires and
    /// chat apps they are invisible, and an override can make a reader see text reversed.
    static func clean(_ text: String?) -> String {
        ArabicTextCleanup.removingInvisibles((text ?? "").replacingOccurrences(of: "\r\n", with: "\n"))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Cleaned like `clean`, but spaces at the ends stay: they separate this run from the next.
    static func cleanInline(_ text: String) -> String {
        ArabicTextCleanup.removingInvisibles(text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    static func lines(_ text: String?) -> [String] {
        clean(text).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Tags separated by the Arabic comma or the Latin one, each once.
    static func tagNames(_ text: String?) -> [String] {
        var seen = Set<String>()
        return clean(text).split(whereSeparator: { $0 == "،" || $0 == "," || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `2026-12-02T09:30` in the site's zone, as `datetime-local` fields send it.
    static func parseLocalTime(_ text: String, timeZone: TimeZone) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    static func localTime(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: date)
    }
}
