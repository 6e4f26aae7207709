import NashirDomain
import Testing

@testable import NashirImport

/// What stands between the headline and the copy on pages first seen in sets 139–154: a deck
/// right under the stamp, short or cut from further down the copy, a photo's caption over the
/// copy or over the headline itself, a think tank's writers each under their name, a deck
/// retelling the copy over a photo's caption, and a read-also link that sets nothing apart.
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

    /// A summary cut short from a paragraph further down, which that paragraph goes on from
    /// («تشمل خطة الوزارة … بعد» over the copy, «وتشمل خطة الوزارة … بعد إقرار الموازنة.» in it), is the deck.
    @Test func aSummaryCutFromFurtherDown() throws {
        let copy = Self.copy + ["وتشمل خطة الوزارة بناء ثلاثة مستشفيات أخرى في الضواحي الشمالية والجنوبية خلال السنوات الخمس المقبلة، على أن يبدأ العمل في أولها مطلع العام المقبل بعد إقرار الموازنة."]
        let cut = "تشمل خطة الوزارة بناء ثلاثة مستشفيات أخرى في الضواحي الشمالية والجنوبية خلال السنوات الخمس المقبلة، على أن يبدأ العمل في أولها مطلع العام المقبل بعد"
        let summary = try parse(Self.menu + ["صحة", Self.headline, "بواسطة مصطفى كمال", "نُشر في 4 أغسطس 2018", "آخر تحديث: 4 أغسطس 2018 03:20", cut] + copy)
        #expect(summary.highlights == [cut])
        #expect(summary.body.map(\.text) == copy)
        // A lead that a later paragraph restates, its sentence ended, is copy.
        let lead = "أعلنت وزارة الصحة افتتاح المستشفى الجديد في العاصمة بطاقة ثلاثمئة سرير بعد تأخر دام عامين بسبب نقص التمويل."
        let restated = [lead] + Self.copy + ["و" + lead.dropLast() + "، بحسب بيان صدر عن مكتب الوزير."]
        let content = try parse(Self.menu + ["صحة", Self.headline, "بواسطة مصطفى كمال", "نُشر في 4 أغسطس 2018"] + restated)
        #expect(content.body.map(\.text) == restated)
    }

    /// A read-also link between the first paragraph and the next, which retells it, sets nothing
    /// apart: the first paragraph is copy.
    @Test func aReadAlsoLinkSetsNothingApart() throws {
        let copy = ["أكد وزير الصحة، الذي افتتح المستشفى الجديد في العاصمة صباح اليوم، أن المستشفى سيستقبل أول مرضاه الأسبوع المقبل.",
                    "افتتح وزير الصحة صباح اليوم المستشفى الجديد في العاصمة، مؤكدا أنه سيستقبل أول المرضى الأسبوع المقبل بطاقة ثلاثمئة سرير."] + Self.copy.dropFirst()
        let lines = Self.menu + ["صحة", Self.headline, "بلبريس", "نشر في 20 يوليوز 2018 - 09:11", "فيسبوك", "تويتر", "واتساب", "(أرشيف)", copy[0],
                                 "اقرأ أيضا: أمطار رعدية مرتقبة بعدد من مناطق المملكة"] + copy.dropFirst()
        let content = try parse(lines)
        #expect(content.highlights.isEmpty)
        #expect(content.body.map(\.text) == copy)
    }
}
