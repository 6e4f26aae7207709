import NashirDomain
import Testing

@testable import NashirImport

/// Which label over the headline names the section, on pages first seen in sets 139–146: a
/// trail printed a step a line under the menu, a label under the top bar's date, a subsection
/// over a short headline that its byline signs; and a hashtag after the copy that names none.
@Suite struct PageTextTrailStepTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["طريق الصحة", "تسجيل الدخول", "إنشاء حساب", "الرئيسية", "المحاضرات", "المقالات", "الفتاوى", "المرئيات", "ابحث في الموقع"]

    /// The menu's home link printed again opens a trail («الرئيسية», «المقالات», «أخبار الصحة»): its
    /// last step is the section, though the entry's categories after the copy name another.
    @Test func aTrailUnderTheMenuRepeatingItsLinks() throws {
        let meta = ["موقع الجزيرة", "منذ 2018-10-11", "الزيارات: 6,516", "نسخ", "طباعة"]
        let after = ["المصدر: وكالات", "التصنيفات", "أحداث", "أخبار المسلمين", "المقال السابق"]
        let content = try parse(Self.menu + ["الرئيسية", "المقالات", "أخبار الصحة", Self.headline] + meta + Self.copy + after)
        #expect(content.section.name == "أخبار الصحة")
        // The whole menu printed twice ends in the menu's own item: no trail.
        let twice = ["طريق الصحة", "الرئيسية", "صحة", "مقالات", "الرئيسية", "صحة", "مقالات", Self.headline, "مازن العلي", "7 مارس، 2018"]
        #expect(try parse(twice + Self.copy + ["التصنيفات", "أحداث"]).section.name == "أحداث")
    }

    /// A label under the top bar's date that the menu never lists is the story's, not the menu's
    /// last item: a country the byline names does not replace it.
    @Test func aLabelUnderTheTopBarsDate() throws {
        let top = ["مغاربية", "أخبار وآراء المغرب العربي", "الرئيسية", "الأخبار", "تقارير", "آراء", "اتصل بنا", "الجزائر", "ليبيا", "تونس", "بحث",
                   "الجمعة 6 أبريل 2018", "الشرق الأوسط", Self.headline, "بقلم منصف الفرجاني لمغاربية من تونس – 06/04/2018"]
        #expect(try parse(top + Self.copy).section.name == "الشرق الأوسط")
    }

    /// Under «مقالات» a subsection over the headline that a byline signs is the section, not the
    /// columnist's name.
    @Test func aSubsectionUnderTheOpinionLabel() throws {
        let top = ["مؤمنون بلا حدود", "الرئيسية", "أبحاث محكمة", "مقالات", "ترجمات", "اتصل بنا", "الرئيسية", "مقالات", "قضايا راهنة",
                   "فيديو.. تقدم للجيش في باقم", "هجوم واسع للجيش بدعم من التحالف على مواقع المسلحين في جبهة باقم", "بقلم: يونس الوكيلي", "17 يونيو 2018", "شارك"]
        let content = try parse(top + Self.copy)
        #expect(content.headline == "فيديو.. تقدم للجيش في باقم")
        #expect(content.section.name == "قضايا راهنة")
    }

    /// Two hashtags after the copy are its tags: the first names no category.
    @Test func aHashtagOverTheNextNamesNoCategory() throws {
        let top = ["دفتر الحوادث", "التدوينات", "عن المدونة", Self.headline, "12 مايو 2018"]
        let after = ["2018-05-12", "276 كلمة", "#كرة_القدم", "#رياضة", "© 2018 - 2024 · دفتر الحوادث"]
        #expect(try parse(top + Self.copy + after).section.name == "أخبار")
    }
}
