import NashirDomain
import Testing

@testable import NashirImport

/// Where blog themes and other platforms name the category, on pages first seen in sets
/// 147–154: «نُشر في: …» and «في …» alone under the copy, Over-blog's «Publié dans #…», a date box
/// over the headline, Drupal's term under its «أرسلت بواسطة» line, a label under the reading
/// time; and a shop's cart that names none.
@Suite struct PageTextBlogMetaTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["لوحة الأخبار", "الرئيسية", "أخبار العالم", "اقتصاد", "رياضة", "صحة", "اتصل بنا"]

    /// «نُشر في: صحة» under the copy, its opening vowelled and with a colon; Stewart's «في صحة»
    /// alone over the links to the neighbouring posts.
    @Test func theEntrysStatementUnderTheCopy() throws {
        let pinboard = try parse(Self.menu + [Self.headline, "طارق عبد الرحيم 27 يونيو 2018 الساعة 7:29 م"] + Self.copy
                                 + ["نُشر في: صحة", "الوسوم: مستشفيات، العاصمة", "2 ردود على \"افتتاح مستشفى…\"", "فاطمة الزهراء قال:"])
        #expect(pinboard.section.name == "صحة")
        let stewart = try parse(["يوميات الميناء", "الرئيسية", "من نحن", "الأرشيف", Self.headline, "10 فبراير 2018"] + Self.copy
                                + ["في صحة", "السابق: تراجع صادرات التمور بسبب ارتفاع التكاليف", "التالي: قمة ثلاثية لبحث ملفات المياه", "اترك تعليقاً"])
        #expect(stewart.section.name == "صحة")
        #expect(stewart.body.map(\.text) == Self.copy)
    }

    /// Over-blog prints the category as a hashtag after its French words, under the copy or
    /// under the headline's French stamp, which is no copy either.
    @Test func overBlogsPubliéDans() throws {
        let top = ["مدونة الهضاب", "Accueil", "Contact", Self.headline, "Publié le 12 mars 2018 par سامي"]
        let content = try parse(top + Self.copy + ["Publié dans #صحة", "Repost0", "Vous aimerez aussi :"])
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        let head = ["مدونة الهضاب", "أخبار وقراءات من الهضاب العليا - Actualités et regards", "Accueil", "Contact", Self.headline,
                    "Publié le 5 juillet 2018 par Yacine B.", "Publié dans #صحة"]
        // (A title between paragraphs, a corpus's related link, is copy too.)
        let copy = [Self.copy[0], "الوزارة تحذر من الازدحام في أقسام الطوارئ خلال العطلة"] + Self.copy.dropFirst()
        let headed = try parse(head + copy + ["Repost0", "Tag(s) : #صحة, #مستشفيات", "S'abonner", "Vous aimerez aussi :"])
        #expect(headed.section.name == "صحة")
        #expect(headed.body.map(\.text) == copy)
    }

    /// Suffusion's date box, month over day over year, over the headline is no section; the
    /// category's field under the headline is.
    @Test func aDateBoxOverTheHeadline() throws {
        let top = ["الرابية نيوز", "أخبار ومقالات من الأردن والعالم", "محليات", "عربي", "عالمي", "رياضة", "صحة", "مارس", "3", "2018"]
        let content = try parse(top + [Self.headline, "التصنيف: صحة", "أضف تعليقاً"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
    }

    /// Drupal signs its node «أرسلت بواسطة … في <date>» and prints the term under it, over the copy.
    @Test func drupalsTermUnderItsSubmittedLine() throws {
        let top = ["منبر الجنوب", "الرئيسية", "أخبار العالم", "اقتصاد", "صحة", "رياضة", "مقالات", "الرئيسية"]
        let content = try parse(top + [Self.headline, "أرسلت بواسطة مراسل المنبر في جمعة, 18/05/2018 - 09:45", "صحة"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Hugo Blox prints the category under the reading time, over the photo's credit; the menu's
    /// last link is its language.
    @Test func aLabelUnderTheReadingTime() throws {
        let top = ["مختبر الرصد", "الرئيسية", "المنشورات", "المشاريع", "من نحن", "العربية"]
        let deck = "الوزارة تفتتح المستشفى الجديد بعد تأخر دام عامين بسبب نقص التمويل"
        let content = try parse(top + [Self.headline, deck, "سارة الحداد", "9 أغسطس 2018", "دقيقة واحدة للقراءة", "صحة", "الصورة: أرشيف"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A shop's cart by the account's buttons names no section.
    @Test func aShopsCartNamesNoSection() throws {
        let top = ["شحن مجاني للطلبات فوق 200 ريال", "مجلة ورق", "المتجر", "الأعداد", "المدونة", "تسجيل الدخول", "سلة التسوق"]
        let content = try parse(top + [Self.headline, "12 مارس 2018", "بقلم سامي"] + Self.copy + ["مشاركة", "العودة إلى المدونة"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار")
    }
}
