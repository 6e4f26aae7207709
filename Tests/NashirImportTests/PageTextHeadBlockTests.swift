import NashirDomain
import Testing

@testable import NashirImport

/// The headline's block on pages first seen in sets 115–122: a trail whose home step is in
/// Latin letters, a headline printed twice with no menu over it, a trending bar's one title,
/// the writer and the place under the date, a date between the label and the headline, a trail
/// a step a line under a live strip, a byline's label over a long credit.
@Suite struct PageTextHeadBlockTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = PageTextTopTests.menu

    /// «Home», «عربي دولي», headline: the Latin step is the trail's, not a button, so the label under
    /// it is the section, whatever menu item over it reads like a headline («… PDF»).
    @Test func aTrailsHomeStepInLatinLetters() throws {
        let lines = ["2018-07-15 | 11:04 صباحاً", "صحيفة النهار"] + Self.menu + ["عدد اليوم", "الصفحات الكاملة لصحيفة النهار PDF", "No Result", "View All Result",
                     "النهار", "Home", "عربي دولي", Self.headline, "الأحد, 15 يوليو 2018, 11:04", "0", "SHARES", "148", "VIEWS", "Share on Facebook"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عربي دولي")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A date parted by commas is no list of tags, so it does not close the copy before it starts.
    @Test func aDateWithCommasIsNoTagList() {
        #expect(PageTextChrome.tagList("الأحد, 15 يوليو 2018, 11:04") == nil)
        #expect(PageTextChrome.tagList("فيسبوك، مسنجر، تطبيقات، نصائح") == ["فيسبوك", "مسنجر", "تطبيقات", "نصائح"])
    }

    /// With no menu, the headline printed again over the copy tells it from the site's name and
    /// a scrolling ticker's titles run together on one line over it; the label and stamp between its prints give the section.
    @Test func aHeadlinePrintedTwiceUnderTheSitesName() throws {
        let ticker = "بري يدعو إلى جلسة تشريعية الأسبوع المقبل عين الحلوة: هدوء حذر بعد اشتباكات ليلية مصرف لبنان: الليرة مستقرة ولا خوف على الودائع زحمة سير خانقة على أوتوستراد خلدة بعد حادث لإعلانك في قسم | خاص صيدا اليوم | (أنظر التفاصيل)"
        let lines = ["صيدا اليوم", ticker, Self.headline, "صحة", "السبت 07 نيسان 2018 - [ عدد المشاهدة: 2140 ]", Self.headline, "المصدر: وكالات"]
            + Self.copy + ["أضف تعليقاً", "0 تعليق", "جميع الحقوق محفوظة © صيدا اليوم 2018"]
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The menu's last link, one title, then the label over a dated headline: a trending bar's
    /// title, not the story's; its label is no section.
    @Test func aTrendingBarsOneTitle() throws {
        let lines = ["الحوار اليوم", "مباشر"] + Self.menu + ["الأكثر تداولا", "النادي الإفريقي يواجه أزمة مالية خانقة", "صحة", Self.headline, "13 ماي 2018",
                     "الحوار اليوم - أخبار", "شارك", "فيسبوك"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
    }

    /// The writer's name and the story's place under the date, over the headline: the label over
    /// the date is the section, not the place.
    @Test func theWriterAndThePlaceUnderTheDate() throws {
        let top = ["نقاش", "إحاطات من داخل العراق وعبره", "English", "کوردی", "عربي"] + Self.menu + ["عن نقاش", "بحث", "اقتصاد", "15.02.2018"]
        let place = try parse(top + ["عبد الخالق دوسكي", "بغداد", Self.headline] + Self.copy)
        #expect(place.headline == Self.headline)
        #expect(place.section.name == "اقتصاد")
        let name = try parse(top + ["أحمد السعداوي", Self.headline] + Self.copy)
        #expect(name.section.name == "اقتصاد")
    }

    /// A trail a step a line, then the date, then the headline: the date is the headline's stamp,
    /// and the trail's last step is the section.
    @Test func aDateBetweenTheLabelAndTheHeadline() throws {
        let lines = ["المكتب الإعلامي", "English"] + Self.menu + ["اتصل بنا", "بحث", "الرئيسية", "الأخبار", "الشؤون الإقليمية", "7 يوليو 2018", Self.headline] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "الشؤون الإقليمية")
    }

    /// A live strip over a trail of three steps, a step a line: the last step is the section.
    /// A link to the live stream closing the menu names none.
    @Test func aTrailOfThreeStepsUnderALiveStrip() throws {
        let lines = ["تخطي إلى المحتوى الرئيسي", "مكان"] + Self.menu + ["بث حي", "بحث", "English", "مباشر | نشرة الأخبار المسائية", "الرئيسية", "أخبار", "العالم",
                     Self.headline, "مكان", "نُشر: 14.03.2018 | 16:26", "شارك"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "العالم")
        let live = try parse(["قناة ليبيا", "English"] + Self.menu + ["فيديو", "البث المباشر", Self.headline, "2018-02-27", "أرشيفية"] + Self.copy)
        #expect(live.headline == Self.headline)
        #expect(live.section.name == "أخبار")
    }

    /// «كتب:» and a credit longer than a name under the deck signs the story: it is no headline,
    /// though «تقرير:» heads one.
    @Test func aBylineLabelOverALongCredit() throws {
        #expect(!PageTextHead.isHeadlineLike("كتب: دبي - البوابة العربية للأخبار التقنية"))
        #expect(PageTextHead.isHeadlineLike("تقرير: ارتفاع استثمارات السعودية بسندات الخزانة الأمريكية"))
        let deck = "أطلقت منصة التواصل ميزة جديدة تتيح للمستخدمين التفاعل مع القصص عبر شريط الرموز التعبيرية في التطبيق"
        let lines = ["أوان", "جريدة يومية مستقلة", "الأحد 13 مايو 2018 - العدد 3427"] + Self.menu + ["بحث", "الرئيسية", "تكنولوجيا", Self.headline, deck,
                     "كتب: دبي - البوابة العربية للأخبار التقنية", "طباعة", "إرسال لصديق"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A site's name of four words and a credit's word («رصد», «وكالات») over the copy credit it.
    @Test func aLongSiteNameAndACreditsWord() throws {
        #expect(PageTextHead.isCredit("جي بي سي نيوز - وكالات"))
        #expect(PageTextHead.isCredit("جي بي سي نيوز - رصد"))
        #expect(!PageTextHead.isCredit("الجزائر - شخصيات سياسية وجامعية تطلب من الرئيس عدم الترشح"))
        let lines = ["آخر تحديث: السبت 11 رمضان 1439هـ - 26 مايو 2018م 06:34 م"] + Self.menu + ["اتصل بنا", "عاجل", "بلدية الرصيفة تطلق حملة نظافة شاملة",
                     "ضبط 3 أشخاص بحوزتهم مواد مخدرة في الزرقاء", "عربي ودولي", Self.headline, Self.headline, "تكبير الخط تصغير الخط", "طباعة",
                     "جي بي سي نيوز - رصد"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عربي ودولي")
    }

    /// A ticker's label and title over the section and a headline that opens with a writer's word
    /// («روائي …»): the headline is no writer's description, the ticker's title is no headline.
    @Test func aHeadlineOpeningWithAWritersWordUnderATicker() throws {
        let headline = "روائي أمريكي شهير ينسحب من مهرجان أدبي بعد اتهامه بالتحرش"
        #expect(PageTextHead.isWriterBio(headline))
        let lines = ["إيران برس", "IRAN PRESS", "الأحد 06 مايو 2018"] + Self.menu + ["فيديو", "صور", "عاجل", "الملايين يحيون ذكرى انتصار الثورة في العاصمة",
                     "ثقافة وفن", headline, "رمز الخبر: 243561", "2018-05-06 01:21"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == headline)
        #expect(content.section.name == "ثقافة وفن")
    }
}
