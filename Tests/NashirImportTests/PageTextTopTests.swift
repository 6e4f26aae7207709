import NashirDomain
import Testing

@testable import NashirImport

/// What stands over the headline on pages of sites never tuned on: a trail whose last step is a
/// credit's word, a short headline under a ticker, the site's name in the byline, the stamp's
/// buttons, a vowelled stamp, a blog's contact page closing its menu.
@Suite struct PageTextTopTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "صحة", "منوعات"]

    /// «متابعات» signs copy gathered from several sources, but closing a trail over a headline
    /// that its byline and date follow, it is the trail's last step.
    @Test func aCreditsWordClosingATrailIsItsLastStep() throws {
        let lines = ["شبكة النبأ", "الأحد 5 رمضان 1439 هـ | 20 أيار/مايو 2018"] + Self.menu + ["الرئيسية", "اخبار وتقارير", "متابعات", Self.headline,
                     "الكاتب: شبكة النبأ", "2018-05-20 | 5 رمضان 1439 هـ"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "متابعات")
    }

    /// A headline of three words under its section label, other stories' titles over them: the
    /// stamp under it tells the headline, not the ticker's last title.
    @Test func aShortHeadlineUnderItsLabelAndATicker() throws {
        let lines = ["جفرا نيوز"] + Self.menu + ["عاجل", "ضبط كميات من المواد الغذائية الفاسدة في مطعم بالعقبة",
                     "تعطيل الدوائر الرسمية بمناسبة عيد الفطر", "رياضة", "ماذا أصاب الظفرة؟", "الجمعة، 09 آذار 2018 8:57 م", "A+", "A-", "طباعة"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == "ماذا أصاب الظفرة؟")
        #expect(content.section.name == "رياضة")
    }

    /// The byline naming the site (its name over the menu) does not name the story's category,
    /// which the trail gave.
    @Test func theSitesNameInTheBylineIsNoCategory() throws {
        let lines = ["الخميس, مايو 3, 2018", "النهار الليبية", "Al Nahar Libya"] + Self.menu + ["بحث", "الرئيسية", "عربي ودولي", "عربي ودولي", Self.headline,
                     "بواسطة النهار الليبية - مايو 3, 2018", "2004", "0"] + Self.copy
        let content = try parse(lines)
        #expect(content.section.name == "عربي ودولي")
        #expect(content.headline == Self.headline)
    }

    /// A short headline's stamp and its tools («أرسل لصديق», «تكبير الخط») over the copy.
    @Test func theStampsToolsUnderAShortHeadline() throws {
        let lines = ["نواكشوط إنفو", "الخميس 12 إبريل 2018"] + Self.menu + ["الرئيسية", "رياضة", "إضاعة الفرص.. إضاعة اللقب",
                     "نشر بتاريخ 12 إبريل 2018 - 15:15", "طباعة", "أرسل لصديق", "تكبير الخط", "تصغير الخط"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == "إضاعة الفرص.. إضاعة اللقب")
        #expect(content.section.name == "رياضة")
        #expect(content.body.count == Self.copy.count)
    }

    /// A stamp with its verb vowelled and its time zone spelt out is no headline, even under an alert's title.
    @Test func aVowelledStampIsADate() throws {
        #expect(PageTextChrome.isDateLine("نُشر في 15 يوليو 2018 الساعة 21:34 بتوقيت غرينتش"))
        let lines = ["المشهد العربي", "بحث", "تسجيل الدخول"] + Self.menu + ["عاجل", "الأردن: الحكومة تسحب مشروع قانون ضريبة الدخل بعد احتجاجات",
                     "رياضة", Self.headline, "احتفالات حاشدة في الشوارع والساحات بعد فوز المنتخب بكأس العالم للمرة الثانية في تاريخه", "فرانس 24",
                     "نُشر في 15 يوليو 2018 الساعة 21:34 بتوقيت غرينتش", "من موقع الحدث. (الأناضول)"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
    }

    /// A blog's menu closing on its contact page over the headline names no section.
    @Test func aContactPageClosingTheMenuIsNoSection() throws {
        let lines = ["دفاتر الرصيف", "الرئيسية", "المدونة", "عن المدونة", "اتصل", Self.headline, "9 أبريل 2018", "إسرائيل", "غزة"] + Self.copy
        let content = try parse(lines)
        #expect(content.section.name == "أخبار")
        #expect(content.headline == Self.headline)
    }
}
