import NashirDomain
import Testing

@testable import NashirImport

/// A blog's title and description over the post's date and headline, on hosts never tuned on
/// (Blogger's templates, Write.as): neither is the headline or the story's section.
@Suite struct PageTextBlogTitleTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let postFooter = ["مرسلة بواسطة أبو يوسف في 6:53 ص", "ليست هناك تعليقات:", "المشاركة على X", "التصنيفات: أخبار عربية",
                             "إرسال تعليق", "رسالة أحدث", "رسالة أقدم", "الصفحة الرئيسية"]

    /// Blogger's navbar («إنشاء مدونة», «تسجيل الدخول») ends on the blog's title: the title and
    /// its description, shorter than the headline, still stand over the post, not the story.
    @Test func theTitleUnderBloggersNavbar() throws {
        let headline = "افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير وأقسام للطوارئ"
        let lines = ["المزيد", "إنشاء مدونة", "تسجيل الدخول", "نبض الشارع", "أخبار من هنا وهناك.. ننقلها لكم كما هي",
                     "السبت، 8 سبتمبر 2018", headline] + Self.copy + Self.postFooter
        let content = try parse(lines)
        #expect(content.headline == headline)
        #expect(content.section.name == "أخبار عربية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A login module ending the menu («دخول», «نسيت كلمة المرور؟», «ليس لديك حساب؟ سجل الآن») is
    /// no masthead: its last line stands over a trail, not over the copy.
    @Test func aLoginModuleIsNoMasthead() throws {
        let lines = ["شبكة الربيع الإخبارية", "الرئيسية", "الأخبار", "روابط", "اتصل بنا", "بحث...", "السبت, 02 يونيو 2018", "القائمة الرئيسية",
                     "الرئيسية", "الأخبار", "مقالات", "روابط", "خريطة الموقع", "اتصل بنا", "تسجيل الدخول", "اسم المستخدم", "كلمة المرور", "تذكرني",
                     "دخول", "نسيت كلمة المرور؟", "ليس لديك حساب؟ سجل الآن", "الرئيسية arrow الأخبار arrow أخبار دولية", "أخبار دولية", Self.headline,
                     "كتب بواسطة admin", "السبت, 02 يونيو 2018 09:11"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار دولية")
    }

    /// The search box between a blog's description and its pages' links (Baskerville).
    @Test func theSearchBoxOverThePagesLinks() throws {
        let lines = ["حبر المدينة", "مدونة جماعية عن المدينة والعالم", "بحث …", "الرئيسية", "عن المدونة", "الكتّاب", "اتصل بنا", Self.headline] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A description of a few words, no sentence and no headline's shape, over the post's date.
    @Test func aPhraseDescribingTheBlog() throws {
        let lines = ["مدونة عين على العالم", "متابعات إخبارية يومية", "الخميس، 15 فبراير 2018", Self.headline] + Self.copy + Self.postFooter
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار عربية")
    }

    /// The page's first line over the post's date alone is the blog's title when the post's
    /// footer names its category.
    @Test func theTitleOverTheDateWhenThePostNamesItsCategory() throws {
        let content = try parse(["دفتر الأخبار", "الإثنين، 19 فبراير 2018", Self.headline] + Self.copy + Self.postFooter)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار عربية")
    }

    /// Write.as prints the title over the date and names it again in its Latin «Subscribe to …».
    @Test func theTitleTheSubscribeButtonNames() throws {
        let content = try parse(["ملاحظات من الشرق", "Apr 24, 2018", Self.headline] + Self.copy
                                + ["#كتب #سينما", "Discuss...", "Subscribe to ملاحظات من الشرق", "Subscribe", "published with write.as"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار")
    }

    /// A static blog's menu ends on its lists of posts («الفئات», «الأرشيف»), which name no section.
    @Test func theMenusListsOfPostsNameNoSection() throws {
        let content = try parse(["يوميات مراسل", "عن المدونة", "المنشورات", "الفئات", "الأرشيف", Self.headline, "مارس 26, 2018 تستغرق 1 د"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار")
    }

    /// A section's label over the story's date and headline stays its section.
    @Test func aSectionOverTheDateStays() throws {
        let content = try parse(["رياضة", "الخميس، 15 فبراير 2018", Self.headline] + Self.copy)
        #expect(content.section.name == "رياضة")
        #expect(content.headline == Self.headline)
    }
}
