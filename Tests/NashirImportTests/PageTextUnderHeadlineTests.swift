import NashirDomain
import Testing

@testable import NashirImport

/// What stands between the headline and the copy on pages first seen in sets 123–130: a Hijri
/// stamp with its label, a meta row parted by bars, a byline running into its date and counts, a
/// deck over the byline and the photo's caption, a summary's label under the writer's description,
/// the copy opening under a stamp that a deck stood over, a trail's long last step, «في: …».
@Suite struct PageTextUnderHeadlineTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = PageTextTopTests.menu

    /// «التاريخ: 11 جمادى الآخرة 1439 هـ» dates the story as a Gregorian stamp does: it is no headline.
    @Test func aHijriStampWithItsLabel() throws {
        #expect(PageTextChrome.isDateLine("التاريخ: 11 جمادى الآخرة 1439 هـ"))
        #expect(PageTextChrome.isDateLine("8 رمضان 1439 هـ"))
        #expect(!PageTextChrome.isDateLine("إقبال كبير على الأسواق في أول أيام رمضان 1439"))
        let lines = ["جريدة أم القرى", "English"] + Self.menu + ["الرئيسية", "الأخبار", "صحة", "العدد: 4707", "التاريخ: 11 جمادى الآخرة 1439 هـ",
                     "الموافق: 27 فبراير 2018 م", Self.headline] + Self.copy + ["طباعة", "تحميل PDF", "أخبار أخرى"]
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A blog's meta row under the headline, its fields parted by bars, one of them the date.
    @Test func aMetaRowPartedByBars() throws {
        #expect(PageTextChrome.isDateLine("بواسطة السفارة الأمريكية في بغداد | 6 مارس, 2018 | المواضيع: أخبار"))
        #expect(!PageTextChrome.isDateLine("الحكومة تقر الموازنة | 6 مارس 2018 | وقال الوزير إن العجز سينخفض إلى النصف هذا العام."))
        let content = try parse(["صحة", Self.headline, "بواسطة السفارة الأمريكية في بغداد | 6 مارس, 2018 | المواضيع: أخبار"] + Self.copy)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// «بقلم نادين حداد 18 فبراير، 2018 قراءة في دقيقة واحدة 1961 مشاهدة»: the byline runs into the
    /// date and the counts; it signs the story, and the sentence over it is the deck.
    @Test func aBylineRunningIntoItsDate() throws {
        #expect(BylineLine.datedName("بقلم نادين حداد 18 فبراير، 2018 قراءة في دقيقة واحدة 1961 مشاهدة") == "نادين حداد")
        #expect(BylineLine.datedName("كتب الوزير 3 رسائل إلى نظرائه في المنطقة") == nil)
        let deck = "دليل مختصر لخدمات المستشفى الجديد وأقسامه ومواعيد الزيارة فيه."
        let content = try parse(Self.menu + ["صحة", Self.headline, deck, "بقلم نادين حداد 18 فبراير، 2018 قراءة في دقيقة واحدة 1961 مشاهدة", "صورة تعبيرية"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A deck, then the byline and the photo's caption: the byline is no label of a read-also box
    /// over the caption, so it still closes the headline's block and the deck stays out of the copy.
    @Test func aDeckOverTheBylineAndTheCaption() throws {
        let deck = "المستشفى يخدم أكثر من مليون نسمة في العاصمة وضواحيها."
        let content = try parse(Self.menu + ["صحة", Self.headline, deck, "بقلم سامر الخوري", "صورة من موقع الحدث. (أ ف ب)"] + Self.copy)
        #expect(content.highlights.first == deck)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// «ملخص» over the deck under the writer's name and description: the line under the label is
    /// the deck, though the description was taken for one.
    @Test func aSummarysLabelUnderTheWritersDescription() throws {
        let deck = "الإفراج عن القس الأمريكي الذي أثار أزمة في العلاقات بين الولايات المتحدة وتركيا، بعد عامين من الاعتقال."
        let lines = ["مركز الدراسات", "ALJAZEERA CENTRE FOR STUDIES", "English", "الرئيسية", "تقارير", "دراسات", "ملفات", "إصدارات", "فعاليات", "من نحن", "بحث",
                     "الرئيسية", "تقارير سياسية", "محكمة تركية تفرج عن قس أمريكي بعد عامين من الاعتقال", "ليلى الكبيسي", "باحثة في مركز الجزيرة للدراسات",
                     "الجمعة، 12 أكتوبر 2018", "(غيتي)", "ملخص", deck] + Self.copy + ["طباعة"]
        let content = try parse(lines)
        #expect(content.highlights.contains(deck))
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A deck over the site's credit and the stamp: what stands under the stamp is the copy, though
    /// its second line is no sentence.
    @Test func theCopyUnderAStampADeckStoodOver() throws {
        let deck = "تعرف على رحلة العراقية-الايزيدية، نادية مراد، من الخطف والاستعباد إلى سفيرة للأمم المتحدة حتى فوزها بنوبل."
        let copy = ["مع افتتاح المستشفى الجديد في العاصمة بطاقة ثلاثمئة سرير، يطرح السؤال نفسه: من سيعمل فيه؟", "وهو أول مستشفى من نوعه في المنطقة عام 2018", Self.copy[2]]
        let lines = ["الصومال الجديد", "موقع إخباري وثقافي صومالي باللغة العربية", "الرئيسية", "أخبار", "الصومال اليوم", "تقارير", "تحليلات", "مقالات", "ثقافة",
                     "رياضة", "أخبار عربية", "نادية مراد: من \"الاستعباد\" إلى نوبل للسلام", deck, "الصومال الجديد", "آخر تحديث: 5 أكتوبر 2018"] + copy + ["شارك"]
        let content = try parse(lines)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == copy)
    }

    /// A trail a step a line whose last step is long enough to read as a title («غرب آسيا وشمال
    /// أفريقيا»): the step over it is the menu's, printed again, so it is the section, not the headline.
    @Test func aLongLastStepOfATrail() throws {
        let headline = "قطر ترد على السعودية: هناك دول كبيرة ولكن عقولهم صغيرة"
        let lines = ["وزارة خارجية جمهورية الصين الشعبية", "中文", "English", "Français", "العربية", "الصفحة الرئيسية", "عن الوزارة", "الأخبار", "تصريحات المتحدثين",
                     "الدول والمناطق", "الخدمات القنصلية", "الوثائق", "الموقع الحالي:", "الصفحة الرئيسية", "الأخبار", "غرب آسيا وشمال أفريقيا", headline,
                     "2018/03/08", "حجم الخط:", "كبير", "متوسط", "صغير"] + Self.copy + ["حقوق النشر © وزارة خارجية جمهورية الصين الشعبية"]
        let content = try parse(lines)
        #expect(content.headline == headline)
        #expect(content.section.name == "غرب آسيا وشمال أفريقيا")
    }

    /// «مقدمة» over the first paragraph, under the photo's credit: the study's first part opens the
    /// copy under its heading, which is no chrome.
    @Test func aStudysOpeningHeading() throws {
        let lines = ["مركز الدراسات", "الرئيسية", "تقارير", "دراسات", "ملفات", "الرئيسية", "قضايا دولية", Self.headline, "سامي المراكشي",
                     "الأربعاء، 8 أغسطس 2018", "(أسوشيتد برس)", "مقدمة"] + Self.copy + ["طباعة"]
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == ["مقدمة"] + Self.copy)
    }

    /// «في: أخبار العالم» under the byline and the date names the category, its colon no part of it.
    @Test func aCategoryLineWithAColon() throws {
        #expect(CategoryLine.named("في: الوطن العربي", after: CategoryLine.headOpenings) == "الوطن العربي")
        let lines = ["بوابة الريحان"] + Self.menu + ["عاجل", "الذهب يتراجع مع صعود الدولار", Self.headline, "بواسطة: طارق النجار", "بتاريخ: 6 مارس، 2018",
                     "في: أخبار العالم", "مع: 0 تعليقات"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار العالم")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The switch to the dark theme and the link back to all posts stand over a blog's headline:
    /// the page's controls, no section.
    @Test func thePagesControlsOverTheHeadline() throws {
        #expect(PageChrome.isThemeToggle("تبديل الوضع الليلي"))
        let lines = ["حواشٍ على الخبر", "الرئيسية", "المقالات", "عن المدونة", "تواصل", "تبديل الوضع الليلي", "← كل المقالات", Self.headline, "3 يوليو 2018"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار")
    }

    /// The site asking leave to store cookies is no headline, however long; the kicker under it
    /// and the date stand over the story's own.
    @Test func aCookieNoticeOverTheKicker() throws {
        #expect(PageChrome.isCookieNotice("Apple Newsroom تحتاج إلى إذن منك لاستخدام ملفات تعريف الارتباط"))
        #expect(!PageChrome.isCookieNotice("وتستخدم الشركة ملفات تعريف الارتباط لتتبع المستخدمين عبر المواقع الأخرى."))
        let lines = ["Apple", "المتجر", "Mac", "iPad", "iPhone", "الدعم", "بحث apple.com", "الحقيبة", "Newsroom", "الأرشيف",
                     "Apple Newsroom تحتاج إلى إذن منك لاستخدام ملفات تعريف الارتباط", "تحديث", "27 أبريل 2018", Self.headline, "مشاركة المقالة", "تنزيل الصورة"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }
}

