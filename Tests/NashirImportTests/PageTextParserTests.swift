import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

@Suite struct PageTextParserTests {
    let parser = PageTextParser()

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
    func readsTheSeedPage() throws {
        let lines = Fixtures.seedLines
        let draft = try ArticleFileReader(format: .pageText).read(path: Fixtures.seedURL.path).drafts[0]
        let content = draft.content
        #expect(content.section.name == "أخبار عربية")
        #expect(content.headline == lines[1])
        #expect(content.highlights == Array(lines[2...4]))
        #expect(content.dateline == Dateline(place: "طرابلس", source: "وكالات"))
        #expect(content.body.map(\.text) == Array(lines[6..<23]))
        #expect(content.body.count == 17)
        #expect(content.tags.isEmpty)
        // The file's name and the FNV-1a 64 of the headline: pinned, as a changed key would
        // duplicate every page a newsroom re-imports.
        #expect(content.origin == ArticleOrigin(source: "page-text", key: "000_e58416b2c1395947-55f08ca7405bae46"))
        #expect(content.slug == "أنقرة-وطرابلس-تؤكدان-استمرار-التنسيق-المشترك-ضد-حفتر")
    }

    @Test func takesTagsListedUnderTheTagsHeading() throws {
        let text = "سياسة\nعنوان الخبر هنا\nالفقرة الأولى من الخبر.\nالعلامات\nليبيا\nتركيا\nزر الذهاب إلى الأعلى\nإغلاق\nX"
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.tags.map(\.name) == ["ليبيا", "تركيا"])
        #expect(content.body.map(\.text) == ["الفقرة الأولى من الخبر."])
    }

    @Test func splitsADatelineThatOpensTheFirstParagraph() throws {
        let text = "اقتصاد\nارتفاع أسعار النفط\nالقاهرة (رويترز) - ارتفعت أسعار النفط اليوم.\nوقال محللون إن الطلب قوي."
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.dateline == Dateline(place: "القاهرة", source: "رويترز"))
        #expect(content.body.map(\.text) == ["ارتفعت أسعار النفط اليوم.", "وقال محللون إن الطلب قوي."])
    }

    @Test func usesTheDefaultSectionWhenThePageHasNoLabel() throws {
        let text = "وزير الدفاع التركي يزور ليبيا ويجدد دعم بلاده للوفاق في طرابلس\nشدد الوزير على استمرار التنسيق.\nوأضاف أن الزيارة مهمة."
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.section == parser.defaultSection)
        #expect(content.headline.hasPrefix("وزير الدفاع"))
        #expect(content.body.count == 2)
    }

    @Test func dropsRelatedLinksAndLeadingChrome() throws {
        let text = "الرئيسية\nرياضة\nالترجي يفوز بالكأس\nفاز الترجي بالكأس أمس.\nاقرأ أيضا: الأهلي يتعادل\nوأضاف المدرب أن الفوز مستحق."
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == ["فاز الترجي بالكأس أمس.", "وأضاف المدرب أن الفوز مستحق."])
    }

    @Test func removesInvisibleMarksAndExtraSpaces() throws {
        let text = "رياضة\n\u{200F}الترجي\u{200B}  يفوز\u{00A0}بالكأس\nفاز الترجي.\nوقال المدرب."
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.headline == "الترجي يفوز بالكأس")
    }

    @Test func refusesAPageWhoseFirstLineIsRunningText() {
        let text = String(repeating: "كلمة ", count: 120) + "\nفقرة."
        #expect(throws: ImportError.self) { try parser.parse(text, key: "k", file: "page.txt") }
    }

    @Test func refusesAPageWithAHeadlineButNoBody() {
        #expect(throws: ImportError(file: "f", problem: "the article has a headline but no body paragraphs")) {
            try parser.parse("عنوان وحيد\nإغلاق", key: "k", file: "f")
        }
    }

    /// An interview's page: a dashed deck of 30-odd words and «حوار: …» between the headline and
    /// the copy. The deck is the headline's, the name the byline, and neither a paragraph.
    @Test func keepsTheBylineOverTheCopyAndTheDeckAboveIt() throws {
        let deck = "- " + String(repeating: "الجيل الجديد يطالب بحقه في العمل والكرامة ", count: 4) + "-كنا شعبا واحدا"
        let text = ["حوارات", "الباحث سامي الهادي لـ«الصباح»: الإصلاح يبدأ من المدرسة", "الجمعة 8 فيفري 2019", "Tweet", deck,
                    "حوار: آسيا العتروس", "ما الذي يحدث في التعليم اليوم؟ سؤال طرحناه على الباحث في لقاء طويل عن المدرسة.",
                    "*وما الحل في رأيك؟", "-الحل أن نبدأ من المعلم قبل البرامج والكتب والمباني."].joined(separator: "\n")
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.byline == "آسيا العتروس")
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Array(text.split(separator: "\n").suffix(3).map(String.init)))
    }

    /// «كتبت …» under the date, over share buttons: the writer's name is kept, not dropped as chrome.
    @Test func takesTheWritersNameFromALineOverTheCopy() throws {
        let text = "تقارير\nوزير الري يشهد توقيع عقد دراسة المياه الجوفية\nالإثنين، 24 أغسطس 2020 09:23 ص\nكتبت أسماء نصار\nمشاركة\n"
            + "شهد وزير الري توقيع عقد المرحلة الثانية من الدراسة اليوم.\nوقال إن الدراسة تحدد المناطق الصالحة للسحب."
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.byline == "أسماء نصار")
        #expect(content.highlights.isEmpty)
        #expect(content.body.count == 2)
    }

    /// A byline line closing the copy is its signature too.
    @Test func takesABylineAfterTheCopy() throws {
        let text = "اقتصاد\nارتفاع أسعار الذهب في الأسواق المحلية\nارتفعت أسعار الذهب في الأسواق المحلية اليوم بنسبة كبيرة.\nبقلم: محمد علي"
        let content = try parser.parse(text, key: "k", file: "f").content
        #expect(content.byline == "محمد علي")
        #expect(content.body.map(\.text) == ["ارتفعت أسعار الذهب في الأسواق المحلية اليوم بنسبة كبيرة."])
    }
}
