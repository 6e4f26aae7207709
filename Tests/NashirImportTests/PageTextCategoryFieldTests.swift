import NashirDomain
import Testing

@testable import NashirImport

/// Where the page names the story's category, on pages first seen in sets 131–138: not a field
/// with its label in the meta block, but a menu item alone under the headline over its date, or
/// the category after the copy over its tags.
@Suite struct PageTextCategoryFieldTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy

    /// «الدولة: السعودية» between the writer and the date is a field of the meta block, no
    /// category: the label over the headline stays the section.
    @Test func aFieldWithItsLabelNamesNoCategory() throws {
        let lines = ["الجزيرة توك", "الرئيسية", "أخبار", "تقارير", "حوارات", "فيديو", "صور", "مدونات", "شارك", "أخبار عربية", Self.headline,
                     "الكاتب: هدى الأنصاري", "الدولة: السعودية", "أضيف في: 14/5/2018", "11841 قراءة", "الصورة: أرشيف"] + Self.copy + ["التعليقات"]
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار عربية")
    }

    /// A menu item printed alone under the headline, over its date, is the section; a channel's
    /// name that the menu and the trail both print signs the story instead.
    @Test func aMenuItemUnderTheHeadlineOverItsDate() throws {
        let menu = ["أدرار إنفو", "الرئيسية", "أخبار", "آراء", "دولي", "رياضة", "ثقافة وفن", "Français", "إعلان"]
        let content = try parse(menu + [Self.headline, "دولي", "السبت, 17 مارس 2018 02:47", "طباعة", "إرسال إلى صديق"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "دولي")
        let channels = ["الهيئة الوطنية للإعلام", "English", "الرئيسية", "القنوات", "الأخبار", "البرامج", "القناة الأولى", "النيل للأخبار", "نايل لايف", "بحث",
                        "الرئيسية", "النيل للأخبار", "رياضة", Self.headline, "النيل للأخبار", "18 مارس 2018 | 12:12 ص", "صورة أرشيفية (أ ف ب)"]
        #expect(try parse(channels + Self.copy).section.name == "رياضة")
    }

    /// A block theme prints the date, the writer, the category and two tags after the copy: the
    /// category is the one over the tags.
    @Test func theCategoryOverTwoTagsAfterTheCopy() throws {
        let top = ["خبر وسطر", "أخبار موجزة بلا ضجيج", "الرئيسية", "من نحن", "الأرشيف", Self.headline]
        let after = ["فبراير 28, 2018", "مازن العلي", "دولية", "دونالد ترامب، إسرائيل", "4 تعليقات على “\(Self.headline)”", "ناصر الكبيسي",
                     "فبراير 28, 2018 في 5:31 م", "هل من مصدر رسمي يؤكد هذه الأرقام؟", "رد", "اترك تعليقاً"]
        let content = try parse(top + Self.copy + after)
        #expect(content.section.name == "دولية")
        #expect(content.body.map(\.text) == Self.copy)
    }
}
