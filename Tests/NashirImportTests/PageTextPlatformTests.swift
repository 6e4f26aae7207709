import NashirDomain
import Testing

@testable import NashirImport

/// Pages of systems other than news themes, first seen in set 113: a forum's topic, static blog
/// generators' posts. Their head and footer are built otherwise, and their headline, section and
/// copy must come out all the same.
@Suite struct PageTextPlatformTests: PageLinesParsing {
    static let copy = PageTextWholePageTests.copy

    /// A forum prints the topic's title as the trail's last step and again over its starter's name:
    /// the title is the headline, the trail's step over it the section; the reply buttons, the
    /// poster's rank and post count under it are none of them.
    @Test func aForumTopic() throws {
        let title = "فائض التجارة السعودية يقفز 160% في يونيو 2018"
        #expect(!PageTextChrome.isDateLine(title))
        #expect(PageTextChrome.isDateLine("نشر 14 أغسطس 2018"))
        #expect(PageTextChrome.isDateLine("دعاء فتحي • 2 أكتوبر 2018 • لا توجد تعليقات"))
        #expect(PageChrome.isCounter("6393 مشاركة"))
        let top = ["مستخدم موجود؟ تسجيل الدخول", "تسجيل", "منتديات المجلس العربي", "تصفح", "المنتديات", "التقويم", "الإرشادات", "فريق العمل",
                   "المتصلون الآن", "النشاط", "بحث", "الرئيسية", "الأقسام العامة", "منتدى الاقتصاد والأعمال", title, "كل النشاط", title,
                   "بواسطة alrawi، 14 أغسطس 2018", "المتابعون 4", "الرد على هذا الموضوع", "بدء موضوع جديد", "المشاركات المقترحة",
                   "alrawi", "الأعضاء", "6393 مشاركة", "نشر 14 أغسطس 2018", "(معدل)"]
        let content = try parse(top + Self.copy + ["مشاركة", "الرد على هذا الموضوع"])
        #expect(content.headline == title)
        #expect(content.section.name == "منتدى الاقتصاد والأعمال")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A static blog's site name over a menu in English is its name, not the section; the category
    /// it prints alone under the copy, over a hashtag, is.
    @Test func aCategoryUnderTheCopyOverAHashtag() throws {
        let headline = PageTextWholePageTests.headline
        let top = ["مدونة القنديل", "Home", "Archives", "Categories", "Tags", "About", headline, "May 23, 2018 pm", "396 words", "4 mins"]
        let content = try parse(top + Self.copy + ["دولي", "#سوريا", headline, "Author", "ليلى منصور", "Posted on", "May 23, 2018"])
        #expect(content.headline == headline)
        #expect(content.section.name == "دولي")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A question of a few words under the post's date, the menu's «about» link over them: the
    /// question is the headline, not copy, and the link no headline.
    @Test func aQuestionHeadlineUnderItsDate() throws {
        let headline = "من هي \"المرأة المرعبة\" مرشحة ترمب لتولي CIA؟"
        let top = ["نشرة الشبكة", "المقالات", "الوسوم", "عن النشرة", "Published on", "الثلاثاء، ٨ مايو ٢٠١٨", headline, "Authors", "نادية العمري", "Twitter", "@shabaka_news"]
        let content = try parse(top + Self.copy + ["Discuss on Twitter • View on GitHub", "Tags"])
        #expect(content.headline == headline)
        #expect(content.body.map(\.text) == Self.copy)
    }
}
