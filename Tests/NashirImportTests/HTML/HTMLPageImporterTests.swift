import Foundation
import NashirDomain
import Testing

@testable import NashirImport

@Suite struct HTMLPageImporterTests {
    let importer = HTMLPageImporter()
    typealias Page = HTMLPageFixtures

    private func read(_ html: String, file: String = "page.html") throws -> ArticleContent {
        try importer.read(html, file: file).drafts[0].draft.content
    }

    @Test func jsonLDInAGraphGivesTheMetadata() throws {
        let content = try read(Page.page(head: Page.graphHead))
        #expect(content.headline == Page.headline)
        #expect(content.body.map(\.text) == Page.paragraphs.enumerated().map { $0 == 1 ? $1 + " الصحة" : $1 })
        #expect(content.publishedAt == Timestamp.parse("2024-03-05T07:30:00Z"))
        #expect(content.byline == "سارة أحمد")
        #expect(content.section == Section(slug: "صحة", name: "صحة"))
        #expect(content.tags.map(\.name) == ["الصحة", "المستشفيات", "العاصمة"])
        #expect(content.leadImageURL == "https://madina.example/uploads/hospital.jpg")
        #expect(content.sourceURL == "https://madina.example/health/2024/03/hospital-opens")
        #expect(content.origin == ArticleOrigin(source: "madina.example", key: "https://madina.example/health/2024/03/hospital-opens"))
        #expect(content.credit == "صحيفة المدينة")
        #expect(content.summary == "مستشفى جديد بثلاثمئة سرير يفتح أبوابه في العاصمة \"قريبا\"")
        #expect(content.status == .incoming)
    }

    @Test func openGraphAloneGivesTheMetadataAndTheTitleLosesTheSiteName() throws {
        let draft = try importer.read(Page.page(head: Page.openGraphHead), file: "page.html").drafts[0].draft
        let content = draft.content
        #expect(content.headline == Page.headline)
        #expect(content.publishedAt == Timestamp.parse("2024-03-05T07:30:00Z"))
        #expect(content.byline == "سارة أحمد")
        #expect(content.section.name == "صحة")
        #expect(content.tags.map(\.name) == ["الصحة", "المستشفيات"])
        // Relative addresses point at the publisher, not at Nashir's own site.
        #expect(content.leadImageURL == "https://www.madina.example/uploads/hospital.jpg")
        #expect(content.origin == ArticleOrigin(source: "madina.example", key: "https://www.madina.example/a/77"))
        #expect(content.body.count == 3)
        let links = content.body.flatMap { block -> [String] in
            if case .paragraph(let text) = block { return text.runs.compactMap(\.link) }
            return []
        }
        #expect(links == ["https://www.madina.example/tag/health"])
    }

    @Test func aPageWithoutMetadataIsReadFromWhatItShows() throws {
        let label = #"<a class="cat-label" href="/category/health">صحة</a>"#
        let content = try read(Page.page(head: Page.bareHead, beforeHeadline: label), file: "/tmp/saved/hospital.html")
        #expect(content.headline == Page.headline)
        #expect(content.body.count == 3)
        #expect(content.section.name == "صحة")
        #expect(content.publishedAt == Timestamp.parse("2024-03-05T10:30:00Z"))
        #expect(content.origin.source == "html")
        #expect(content.origin.key.hasPrefix("hospital-"))
        #expect(content.leadImageURL == nil)
    }

    @Test func chromeInsideTheStoryIsLeftOut() throws {
        let content = try read(Page.page(head: Page.graphHead))
        let text = content.body.map(\.text).joined(separator: "\n")
        for chrome in ["اقرأ أيضا", "فيسبوك", "الوسوم", "مقالات ذات صلة", "اترك تعليقاً", "الأكثر قراءة", "صورة أرشيفية", "بحث عن", "جميع الحقوق", "2024/03/05", "انطلاق مهرجان"] {
            #expect(!text.contains(chrome), "kept «\(chrome)»")
        }
    }

    @Test func aNameSigningTheCopyBecomesTheByline() throws {
        let signed = Page.page(head: Page.bareHead, afterCopy: #"<div style="float:left"><span>علي الخلولي</span></div>"#)
            .replacingOccurrences(of: "<span class=\"author-name\">بقلم: سارة أحمد</span>", with: "")
        let content = try read(signed)
        #expect(content.byline == "علي الخلولي")
        #expect(content.body.count == 3)
    }

    /// «كتبت …» opening the copy, on a page whose metadata names nobody: the writer is kept.
    @Test func aBylineLineOpeningTheCopyBecomesTheByline() throws {
        let page = Page.page(head: Page.bareHead)
            .replacingOccurrences(of: "<span class=\"author-name\">بقلم: سارة أحمد</span>", with: "")
            .replacingOccurrences(of: "<div class=\"entry-content\">", with: "<div class=\"entry-content\"><p>كتبت منى سالم</p>")
        let content = try read(page)
        #expect(content.byline == "منى سالم")
        #expect(content.body.count == 3)
    }

    @Test func anAgencyDatelineOpeningTheCopyIsReadAsOne() throws {
        let page = Page.page(head: Page.graphHead).replacingOccurrences(of: "<p>أعلنت وزارة", with: "<p>دمشق، سوريا (CNN) -- أعلنت وزارة")
        let content = try read(page)
        #expect(content.dateline == Dateline(place: "دمشق، سوريا", source: "CNN"))
        #expect(content.body.first?.text.hasPrefix("أعلنت وزارة") == true)
    }

    @Test func readingTheSamePageTwiceGivesTheSameArticle() throws {
        let html = Page.page(head: Page.bareHead)
        #expect(try read(html, file: "a/index.html") == read(html, file: "a/index.html"))
        #expect(try read(html, file: "a/index.html").origin != read(html.replacingOccurrences(of: "افتتاح", with: "تدشين"), file: "b/index.html").origin)
    }

    @Test(arguments: [
        ("<html><head><title>عنوان</title></head><body></body></html>", "no article text"),
        ("<html><body><p>نص بلا عنوان ولا شيء آخر يمكن أن يكون عنوانا للصفحة، وهو طويل بما يكفي.</p></body></html>", "no headline"),
    ])
    func aPageWithoutAStoryIsRefused(html: String, problem: String) {
        #expect {
            try importer.read(html, file: "bad.html")
        } throws: { error in
            (error as? ImportError).map { $0.file == "bad.html" && $0.problem.hasPrefix(problem) } ?? false
        }
    }
}

@Suite struct PageHeadlineTests {
    @Test(arguments: [
        ("مقتل 5 أشخاص في حادث سير - الجزيرة نت", "الجزيرة نت", "مقتل 5 أشخاص في حادث سير"),
        ("الحكومة تصادق على الميزانية | هسبريس", "Hespress", "الحكومة تصادق على الميزانية"),
        ("هسبريس | الحكومة تصادق على الميزانية", "هسبريس", "الحكومة تصادق على الميزانية"),
        ("معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com", "", "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"),
        ("تونس - الجزائر: مباراة حاسمة في التصفيات", "", "تونس - الجزائر: مباراة حاسمة في التصفيات"),
        ("عنوان بلا اسم موقع", "المدينة", "عنوان بلا اسم موقع"),
    ])
    func theTitleLosesTheSiteNameOnly(title: String, site: String, expected: String) {
        #expect(PageHeadline.strip(title, siteName: site.isEmpty ? nil : site) == expected)
    }
}
