import Foundation
import NashirDomain

/// Small valid drafts for storage tests.
enum ArticleDrafts {
    static func make(
        key: String, headline: String = "وزير الدفاع التركي يزور ليبيا", section: Section = Section(slug: "arab", name: "أخبار عربية"),
        tags: [Tag] = [], status: ArticleStatus = .published, publishedAt: Date? = Date(timeIntervalSince1970: 1_600_000_000)
    ) -> ArticleDraft {
        ArticleDraft(content: ArticleContent(
            origin: ArticleOrigin(source: "test", key: key), slug: "وزير-الدفاع", section: section, headline: headline,
            highlights: ["المشري: سننهي مصدر الحرب"], dateline: Dateline(place: "طرابلس", source: "وكالات"),
            body: [.paragraph("شدد وزير الدفاع التركي على دعم بلاده."), .paragraph("وأفاد بيان بأن الطرفين بحثا المستجدات.")],
            tags: tags, status: status, publishedAt: publishedAt))
    }
}
