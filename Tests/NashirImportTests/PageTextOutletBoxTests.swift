import NashirDomain
import Testing

@testable import NashirImport

/// Boxes and labels of outlets first seen in sets 155–170: a press office's kind of text closing
/// its trail, a shrine's link to its live stream, read-also boxes under other names, a magazine's
/// «more from» its brand, Genesis's «تحت تصنيف:», a menu's item named like a statement, a
/// basmala heading the page, a link back to the list and a breaking story's flag.
@Suite struct PageTextOutletBoxTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات", "اتصل بنا"]

    /// «بيان صحفي» under the trail says what the text is: the trail's step over it is the section.
    @Test func aPressReleaseUnderTheTrail() throws {
        let content = try parse(Self.menu + ["بحث", "الرئيسية", "الأخبار", "دولي", "بيان صحفي", Self.headline, "5 أبريل 2018", "طباعة"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "دولي")
    }

    /// An institution's desk signs its news under the date («المركز الإعلامي»), under a short
    /// headline that closes the menu's run of labels: the desk is no headline.
    @Test func aDeskSigningUnderTheDate() throws {
        let short = "خطاب ننتظره من الوزير"
        let content = try parse(["English", "الاتحاد المصري لكرة القدم"] + Self.menu + ["الأخبار", "أخبار دولية", short, "31/01/2014", "المركز الإعلامي"] + Self.copy)
        #expect(content.headline == short)
        #expect(content.section.name == "أخبار دولية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A religious portal heads every page with the basmala: neither section nor headline.
    @Test func aBasmalaOverTheHeadline() throws {
        let content = try parse(Self.menu + ["بسم الله الرحمن الرحيم", Self.headline, "نقلاً عن: فرانس 24"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section == PageTextParser().defaultSection)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Liferay's «عودة» under the trail links back to the list: the trail's step over it is the section.
    @Test func aBackLinkOverTheHeadline() throws {
        let content = try parse(Self.menu + ["بحث", "الرئيسية", "المركز الإعلامي", "أخبار ثقافية", "عودة", Self.headline, "06/09/2018"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار ثقافية")
    }

    /// «أخبار عاجلة» between the category and the headline flags the story: the category is the section.
    @Test func aBreakingFlagUnderTheCategory() throws {
        let ticker = ["عاجل", "كندا تستدعي سفيرها للتشاور بعد أزمة دبلوماسية مفاجئة", "واشنطن تفرض عقوبات جديدة على شبكة لتهريب النفط"]
        let content = try parse(Self.menu + ticker + ["عالمي", "أخبار عاجلة", Self.headline, "بواسطة نور الهدى العمري", "يوليو 31, 2018"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عالمي")
    }

    /// XOOPS prints the story's source under its signed stamp («الأخبار من …»), a title's shape
    /// over the copy: the headline is the title over the stamp.
    @Test func aSourceLineUnderTheSignedStamp() throws {
        let top = ["بوابة الكثبان", "أخبار اليوم من قلب الصحراء"] + Self.menu + ["بحث", "القائمة الرئيسية", "الرئيسية", "الأخبار", "إرسال خبر", "الشأن العربي"]
        let meta = ["أرسلت بواسطة المحرر في 2018/5/12 04:16:57 (124 قراءة)", "الأخبار من وكالة الأنباء الرسمية"]
        let content = try parse(top + [Self.headline] + meta + Self.copy + ["صفحة للطباعة", "أرسل هذا الخبر لصديق"])
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A link to the live stream naming where from is the site's, never the headline.
    @Test func aLinkToTheLiveStream() throws {
        #expect(PageChrome.isChrome("البث المباشر من الحرم الحسيني الشريف"))
        #expect(!PageChrome.isChrome("بث مباشر: الأهلي والزمالك في نهائي الكأس"))
        let content = try parse(Self.menu + ["البث المباشر من الحرم الشريف", "ثقافة", Self.headline, "تاريخ النشر: 15/05/2018", "عدد القراءات: 2335"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "ثقافة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// «يستحق القراءة...» and «مقال ذو صلة: …» offer another story inside the copy.
    @Test func readAlsoUnderOtherNames() throws {
        #expect(PageChrome.isRelatedLink("يستحق القراءة..."))
        #expect(PageChrome.isRelatedLink("مقال ذو صلة: كيف تتحقق من صورة قبل مشاركتها؟"))
        #expect(!PageChrome.isRelatedLink("وقال إن التقرير يستحق القراءة بعناية قبل اتخاذ أي قرار."))
        let lines = Array(Self.copy.prefix(2)) + ["يستحق القراءة...", "البرلمان يناقش قانوناً جديداً للإقامة الدائمة"] + Array(Self.copy.dropFirst(2))
            + ["مقال ذو صلة: كيف تتحقق من صورة قبل مشاركتها؟"]
        let content = try parse(["صحة", Self.headline] + lines + ["العلامات", "صحة"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A magazine's «المزيد من GQ الشرق الأوسط» heads other stories after the copy.
    @Test func moreFromTheBrand() throws {
        #expect(PageChrome.isMoreFromHeading("المزيد من GQ الشرق الأوسط"))
        #expect(!PageChrome.isMoreFromHeading("المزيد من الضحايا"))
        let after = ["المزيد من GQ الشرق الأوسط", "اللاعب الذي غيّر قواعد اللعبة في الدوري", "أحذية رياضية محدودة الإصدار لا تفوّتها", "من نحن", "اتصل بنا"]
        let content = try parse(["صحة", Self.headline] + Self.copy + after)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Genesis's «تحت تصنيف: العالم» under the copy names the category.
    @Test func filedUnderTheCategory() throws {
        let content = try parse(Self.menu + [Self.headline, "14 يوليو، 2018 بواسطة مريم الفلاسي — اترك تعليقاً"] + Self.copy + ["تحت تصنيف: العالم", "موسوم بـ: صحة"])
        #expect(content.section.name == "العالم")
    }

    /// A menu's item that reads like a statement's opening («التصنيف», a press index) heads its
    /// box further down; the label over the headline stays the section.
    @Test func aMenuItemNamedLikeAStatement() throws {
        let top = ["مراسلون", "الأخبار", "التصنيف", "البلدان", "الحملات", "من نحن", "تبرّعوا", "ثقافة"]
        let content = try parse(top + [Self.headline, "نُشر في 10.02.2018", "مشاركة"] + Self.copy + ["التصنيف العالمي لحرية الصحافة", "2018", "ادعموا عملنا"])
        #expect(content.section.name == "ثقافة")
    }
}
