import Foundation
import NashirDomain

/// The one way tests build article drafts: valid by default, every field a test does not name
/// fixed, and publication times counted from one base date, so lists order alike in every run.
public enum TestDraft {
    /// 2020-09-13 12:26:40 UTC, the moment every test's publication time is counted from.
    public static let baseDate = Date(timeIntervalSince1970: 1_600_000_000)

    /// The section of a draft that names none.
    public static let section = Section(slug: "news", name: "أخبار")

    /// `baseDate` moved by whole days, minutes and seconds (negative for earlier).
    public static func date(days: Int = 0, minutes: Int = 0, seconds: Int = 0) -> Date {
        baseDate.addingTimeInterval(TimeInterval(days * 86_400 + minutes * 60 + seconds))
    }

    /// A valid draft from source "test" keyed `key`; its slug is «خبر-KEY» unless given, and
    /// each string of `body` is a paragraph.
    public static func make(
        key: String,
        source: String = "test",
        headline: String = "وزير الدفاع التركي يزور ليبيا",
        slug: String? = nil,
        section: Section = section,
        highlights: [String] = [],
        dateline: Dateline? = nil,
        body: [String] = ["شدد وزير الدفاع التركي على دعم بلاده."],
        tags: [Tag] = [],
        byline: String? = nil,
        summary: String? = nil,
        sourceURL: String? = nil,
        status: ArticleStatus = .published,
        publishedAt: Date? = baseDate
    ) -> ArticleDraft {
        ArticleDraft(content: ArticleContent(
            origin: ArticleOrigin(source: source, key: key), slug: slug ?? "خبر-\(key)", section: section, headline: headline,
            highlights: highlights, dateline: dateline, body: body.map(Block.plainParagraph), tags: tags, byline: byline, summary: summary, sourceURL: sourceURL,
            status: status, publishedAt: publishedAt))
    }
}
