import NashirDomain
import Testing

@testable import NashirImport

/// What stands between the headline and the copy on pages first seen in sets 139–146: a deck
/// right under the stamp, a photo's caption over the copy or over the headline itself, a think
/// tank's writers each under their name, a deck retelling the copy over a photo's caption.
@Suite struct PageTextStampDeckTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = PageTextTopTests.menu

    /// A title's sentence of twenty words or fewer under the stamp is the deck; under the photo's
    /// caption, a line of that shape is the copy's first paragraph.
    @Test func aDeckRightUnderTheStamp() throws {
        let deck = "المستشفى الجديد يستقبل أول المرضى الأسبوع المقبل بعد تأخر افتتاحه عامين كاملين بسبب التمويل"
        let content = try parse(Self.menu + ["الأخبار", "صحة", Self.headline, "2018-04-12 06:05", "الزيارات: 2239", deck] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
        let lead = "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير على خلفية #أزمة_الأسرة"
        let captioned = try parse(Self.menu + ["صحة", Self.headline, "بواسطة حسن الطاهر", "مايو 29, 2018", "دقيقة واحدة للقراءة", "صورة من حساب الوزارة (أرشيف)", lead] + Self.copy)
        #expect(captioned.highlights.isEmpty)
        #expect(captioned.body.map(\.text) == [lead] + Self.copy)
    }

    /// The featured photo's caption printed over the headline is no headline.
    @Test func aCaptionOverTheHeadline() throws {
        let content = try parse(Self.menu + ["صورة من الأرشيف (إ ب أ)", Self.headline, "17 مارس 2018", "بواسطة طارق المصري", "في صحة", "اترك تعليقاً"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A think tank signs its comment with two writers, each under their name and over their
    /// title, the date over the first: the headline stands over the deck, above them all.
    @Test func aThinkTanksWritersUnderTheDate() throws {
        let top = ["مجموعة الأزمات الدولية", "English", "Français", "المناطق", "المواضيع", "المنشورات", "الفعاليات", "عن المجموعة", "تبرّع", "بحث", "تعليق", "عالمي"]
        let deck = "الوزارة تفتتح المستشفى الجديد، ومديره يتحدث عن خطة لتوسعته خلال العام المقبل"
        let writers = ["17 آب/أغسطس 2018", "جوست هلترمان", "مدير برنامج الشرق الأوسط وشمال أفريقيا", "إليزابيث ديكنسون", "كبيرة المحللين لشؤون شبه الجزيرة العربية",
                       "مشاركة", "Twitter", "Facebook", "طباعة", "متوفر أيضاً باللغات", "English", "Français"]
        let content = try parse(top + [Self.headline, deck] + writers + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عالمي")
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// An agency's deck retelling the first paragraph over the photo's caption: longer than a
    /// highlight, a question closing it, still the deck.
    @Test func aDeckRetellingTheCopyOverACaption() throws {
        let copy = ["أعلنت وزارة الصحة صباح اليوم عن افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير، بينما تتراجع أعداد الأسرّة في المستشفيات القديمة التي بنيت قبل عقود في وسط المدينة وضواحيها، بحسب بيان الوزارة."]
            + Self.copy.dropFirst()
        let deck = "تنا - وزارة الصحة تعلن صباح اليوم عن افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير، بينما تتراجع أعداد الأسرّة في المستشفيات القديمة التي بنيت قبل عقود. ما هي الأقسام الأخرى التي يحتاجها سكان الضواحي البعيدة عن المدينة؟"
        let content = try parse(Self.menu + ["صحة", "رمز الخبر: 355913", "تاريخ النشر : الجمعة 23 مارس 2018 الساعة 13:08", Self.headline, deck, "صورة أرشيفية"] + copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == copy)
    }
}
