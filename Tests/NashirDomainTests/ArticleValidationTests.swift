import Foundation
import NashirDomain
import Testing

@Suite struct ArticleValidationTests {
    static let valid = ArticleContent(
        origin: ArticleOrigin(source: "test", key: "1"), slug: "عنوان", section: Section(slug: "news", name: "أخبار"),
        headline: "عنوان الخبر", body: [.paragraph("فقرة.")])

    @Test func aCompleteArticleIsValid() throws {
        try Self.valid.validate()
    }

    nonisolated(unsafe) static let breakers: [(String, (inout ArticleContent) -> Void)] = [
        ("headline", { (c: inout ArticleContent) in c.headline = "  " }),
        ("headline", { (c: inout ArticleContent) in c.headline = String(repeating: "ع", count: 401) }),
        ("headline", { (c: inout ArticleContent) in c.headline = "سطر\nسطر" }),
        ("slug", { (c: inout ArticleContent) in c.slug = "" }),
        ("section", { (c: inout ArticleContent) in c.section.name = "" }),
        ("body", { (c: inout ArticleContent) in c.body = [] }),
        ("body[0]", { (c: inout ArticleContent) in c.body = [.paragraph(" ")] }),
        ("body[0]", { (c: inout ArticleContent) in c.body = [.paragraph("أ\n\nب")] }),
        ("highlights[1]", { (c: inout ArticleContent) in c.highlights = ["أ", ""] }),
        ("tags[0]", { (c: inout ArticleContent) in c.tags = [Tag(slug: "", name: "ليبيا")] }),
        ("origin", { (c: inout ArticleContent) in c.origin.key = "" }),
    ]

    @Test(arguments: 0..<breakers.count)
    func eachBrokenRuleNamesItsField(_ index: Int) {
        let (field, breakIt) = Self.breakers[index]
        var content = Self.valid
        breakIt(&content)
        #expect { try content.validate() } throws: { ($0 as? ArticleValidationError)?.field == field }
    }

    @Test func onlyPublishedArticlesAtOrBeforeNowAreVisible() {
        let now = Date()
        var content = Self.valid
        content.publishedAt = now.addingTimeInterval(60)
        let scheduled = Article(id: ArticleID(1), content: content, createdAt: now, updatedAt: now)
        #expect(!scheduled.isVisible(at: now))
        #expect(scheduled.isVisible(at: now.addingTimeInterval(61)))
        content.status = .draft
        #expect(!Article(id: ArticleID(1), content: content, createdAt: now, updatedAt: now).isVisible(at: now.addingTimeInterval(61)))
    }
}
