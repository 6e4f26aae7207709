import NashirDomain
import Testing

@testable import NashirImport

/// How news and magazine themes never tuned on lay out the story's head: the category printed
/// again, on the photo, under the headline; the meta row; the deck's labels and buttons.
@Suite struct PageTextThemeTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الصباح نيوز", "الرئيسية", "أخبار عربية", "أخبار دولية", "اقتصاد", "رياضة", "صحة", "ثقافة"]

    /// A trail's last step cut short («…: ماذا…») echoes the headline printed whole under the badge.
    @Test func aTrailsStepCutShort() throws {
        let headline = "افتتاح مستشفى جديد في العاصمة: ماذا تعرف عن أقسامه الجديدة وأطبائه"
        let top = ["الأحد، 15 يوليو 2018", "من نحن", "الصباح نيوز", "أخبار الصباح بين يديك", "الرئيسية", "عربي", "دولي", "صحة", "ثقافة", "منوعات"]
        let content = try parse(top + ["الرئيسية", "صحة", "افتتاح مستشفى جديد في العاصمة: ماذا…", "صحة", headline, "فريق التحرير", "يوليو 15, 2018"] + Self.copy)
        #expect(content.headline == headline)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A menu's item printed again under the menu is the story's badge, not the menu's last item:
    /// the writer's name under the date is no category.
    @Test func theMenusItemPrintedAgainAsTheBadge() throws {
        let content = try parse(Self.menu + ["أخبار عربية", Self.headline, "يونيو 5, 2018", "المحرر", "تعليق واحد"] + Self.copy)
        #expect(content.section.name == "أخبار عربية")
        #expect(content.headline == Self.headline)
        // The whole menu printed twice ends on its own last item.
        #expect(PageTextChrome.isBadgeAgain("أخبار عربية", under: Self.menu[...]))
        #expect(!PageTextChrome.isBadgeAgain("ثقافة", under: (Self.menu + Self.menu.dropFirst().dropLast())[...]))
    }

    /// The category printed on the photo under the meta row, over its caption or over the copy.
    @Test func theCategoryOnThePhoto() throws {
        let ticker = ["آخر الأخبار", "تراجع مبيعات المنازل في بريطانيا لأدنى مستوى منذ 2012", "غوغل تطلق ميزة الترجمة الفورية في سماعاتها اللاسلكية"]
        let meta = "10 أكتوبر، 2018 سلمى الدباغ كن أول من يعلق"
        #expect(PageTextChrome.isDateLine(meta))
        for photo in [["صحة", "صورة متداولة على مواقع التواصل (رويترز)"], ["صحة"]] {
            let content = try parse(Self.menu + ["رأي"] + ticker + [Self.headline, meta] + photo + Self.copy)
            #expect(content.headline == Self.headline)
            #expect(content.section.name == "صحة", "\(photo)")
            #expect(content.body.map(\.text) == Self.copy)
        }
    }

    /// The category right under the headline, over the byline and the date.
    @Test func theCategoryOverTheByline() throws {
        let content = try parse(["أندرويد للعرب", "كل ما يخص أندرويد باللغة العربية", "الرئيسية", "تطبيقات", "ألعاب", "مراجعات", "ابحث...", Self.headline,
                                 "صحة", "بواسطة ريم الزعبي", "18 مايو 2018"] + Self.copy)
        #expect(content.section.name == "صحة")
    }

    /// The translator's credit under the writer's is no category.
    @Test func theTranslatorsCredit() throws {
        let content = try parse(Self.menu + ["صحة", Self.headline, "كتبه Sarah Nader", "ترجمه Lina Haddad", "نشر في 19 مارس 2018 19:27 GMT"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The site's credit closes the head block: the sentence over it is the deck, though it ends with a stop.
    @Test func aDeckOverTheSitesCredit() throws {
        let deck = "مستشار في الوزارة يدعو إلى رصد المستشفيات المتأخرة عن مواعيد الافتتاح."
        let content = try parse(Self.menu + ["صحة", Self.headline, deck, "المجد - خاص", "طباعة", "إرسال لصديق"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A summary's label over the deck, or opening it, makes it the deck; the writer and the date under it go.
    @Test func aLabelledSummary() throws {
        let deck = "الحكومة تفتتح أكبر مستشفى حكومي في العاصمة بعد سنوات من التأخير في أعمال البناء."
        let over = try parse(Self.menu + ["صحة", Self.headline, "ملخص:", deck, "جيمس وولف", "11 يوليو 2018", "3 دقائق", "حفظ", "مشاركة"] + Self.copy)
        #expect(over.highlights == [deck])
        #expect(over.body.map(\.text) == Self.copy)
        let opening = try parse(Self.menu + ["صحة", Self.headline, "ملخص: " + deck] + Self.copy)
        #expect(opening.highlights == ["ملخص: " + deck])
        #expect(opening.body.map(\.text) == Self.copy)
    }

    /// An audio player and a stock library's credit over the copy are no headline and no section.
    @Test func aPlayerAndAStockCredit() throws {
        let top = ["هارفارد بزنس ريفيو", "اشترك الآن", "تسجيل الدخول", "الموضوعات", "أحدث المقالات", "الأكثر قراءة", "المجلة", "بودكاست", "فيديو"]
        let player = ["دقيقتان", "شترستوك", "استمع إلى المقالة الآن", "هذه الخدمة تجريبية", "تشغيل", "إيقاف مؤقت"]
        let content = try parse(top + ["الأعمال في المنطقة العربية", Self.headline] + player + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "الأعمال في المنطقة العربية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Under the byline that follows the deck, a question closing a long first paragraph is copy.
    @Test func aQuestionUnderTheStampAfterTheDeck() throws {
        let deck = "استقالة تكشف توتراً بين الفنان والسلطة في بلد يعيش احتجاجات."
        let first = "بعد أن شغل المخرج منصب وزير الثقافة مدة سنة، استقال الأسبوع الماضي لأسباب اعتبرها شخصية. فما هي دوافع هذه الاستقالة؟"
        let content = try parse(Self.menu + ["ثقافة", Self.headline, deck, "بواسطة إيمان الطاهر", "15 فبراير، 2018", "لا توجد تعليقات", "5,290 مشاهدة"] + [first] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == [first] + Self.copy)
    }

    /// A deck that retells the lead, with a listen button between them.
    @Test func aDeckOverAListenButton() throws {
        let deck = "وزارة الصحة تفتتح مستشفى جديدا في العاصمة بطاقة ثلاثمئة سرير بعد سنوات من الانتظار."
        let content = try parse(Self.menu + ["صحة", Self.headline, "20-04-2018 09:04", deck, "استمع إلى المقال"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A broadcaster's «now on air» strip over the headline is no headline.
    @Test func whatIsOnAir() throws {
        let content = try parse(["قناة النيل الأزرق", "الرئيسية", "الأخبار", "البرامج", "المسلسلات", "رياضة", "شاهد الآن: مساء الخير يا سودان", Self.headline,
                                 "الثلاثاء, 14 أغسطس 2018", "الخرطوم: النيل الأزرق"] + Self.copy)
        #expect(content.headline == Self.headline)
    }
}
