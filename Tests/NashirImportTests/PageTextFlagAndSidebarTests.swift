import NashirDomain
import Testing

@testable import NashirImport

/// Shapes first seen in sets 179–186: a breaking flag or a ticker's title over the story's own
/// label, a blog's archive and edit links, an entry's sentence filing it mid-way, a meta row whose
/// fields stand apart by wide gaps only, and a category after the writer in one byline.
@Suite struct PageTextFlagAndSidebarTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الرئيسية", "سياسة", "صحة", "اقتصاد", "رياضة", "منوعات", "فيديو"]

    /// A ticker's titles under its label, then the story's label over its stamp and headline: the
    /// last title is no headline, though the label and the date stand between it and the story.
    @Test func aTickerTitleOverTheLabelAndItsStamp() throws {
        let ticker = ["آخر الأخبار", "خدمة البث الإخباري لفيس بوك تعطي أولوية لوسائل الإعلام الموثوقة",
                      "الأمير يغادر العاصمة متوجها إلى القاهرة في زيارة رسمية"]
        let content = try parse(["الجزائر 1"] + Self.menu + ticker + ["صحة", "8 أبريل، 2018 - 05:13", Self.headline, "صورة أرشيفية"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        // (A ticker's heading that names a section too, atop a page with no menu over the titles.)
        let top = ["السبت، 17 مارس 2018", "أخبار عاجلة", "كيف أعلنت المنتخبات عن قوائمها المشاركة في المونديال؟",
                   "وفاة مغن فرنسي شهير عن 94 عاما", "نبض المدينة"] + Self.menu + ["بحث عن", "الرئيسية / صحة / " + Self.headline, "صحة"]
        let paged = try parse(top + [Self.headline, "محرر الموقع", "17 مارس، 2018"] + Self.copy)
        #expect(paged.headline == Self.headline)
        #expect(paged.section.name == "صحة")
    }

    /// A breaking flag between the category and the headline («عرب وعالم», «عاجل», headline) flags, no more.
    @Test func aBreakingFlagUnderTheCategory() throws {
        let content = try parse(["الرئيسية", "صحة", "صحة", "عاجل", Self.headline, "بواسطة", "نبض المدينة", "26 مايو، 2018"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
    }

    /// A headline that trails off in two dots is still a title, not a deck, under the label.
    @Test func aHeadlineTrailingOffInTwoDots() throws {
        let headline = "لهذا السبب افتتحت الوزارة مستشفى جديدا في العاصمة.."
        let content = try parse(["نبض المدينة"] + Self.menu + ["صحة", headline, "كتب: هبة عادل", "27 مارس 2018 - 11:08 ص"] + Self.copy)
        #expect(content.headline == headline)
        #expect(content.section.name == "صحة")
    }

    /// The label right under the headline, then a summary ending in a full stop, then the byline
    /// and the date: the summary is the deck, the copy opens under the stamp.
    @Test func aDeckUnderTheLabelUnderTheHeadline() throws {
        let deck = "وزارة الصحة تقول إنها افتتحت مستشفى جديدا في العاصمة يتسع لثلاثمئة سرير ويضم أقساما للطوارئ."
        let content = try parse(Self.menu + ["الرئيسية", "صحة", Self.headline, "صحة", Self.headline, deck, "بواسطة", "Carthage Info", "أفريل 5, 2018", "2667", "شارك"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Under the headline a category the menu lists, the site's own name signing the story, its date.
    @Test func aCategoryOverTheSitesSignature() throws {
        let content = try parse(["الأحد 13 مايو 2018", "اليمن العربي"] + Self.menu + [Self.headline, "اقتصاد", "اليمن العربي", "الأحد 13/مايو/2018 - 12:07 م"] + Self.copy)
        #expect(content.section.name == "اقتصاد")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Thematic's sentence under the copy signs the entry first, then dates it, then files it
    /// («… تحت تصنيف رياضة، ووُسمت بـ …»); its skip link is misspelt with a final yā' («تخطى»).
    @Test func anEntrySentenceFilingItMidway() throws {
        let sentence = "كُتبت هذه التدوينة بواسطة admin، ونُشرت في 29 أبريل، 2018 عند 6:30 ص، تحت تصنيف رياضة، ووُسمت بـ الاتحاد، المنتخب. علّم الرابط الدائم."
        let top = ["تخطى إلى المحتوى", "مدونة الرصيف", "يوميات وأخبار من المدينة وما حولها", "الرئيسية", "عن المدونة", "أرشيف الملفات", "اتصل بنا"]
        let content = try parse(top + [Self.headline, "بواسطة admin | نُشرت: 29 أبريل، 2018 | تحرير"] + Self.copy + [sentence, "اكتب تعليقاً"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == Self.copy)
        #expect(CategoryLine.filedInEntry("كتبت هذه التدوينة بواسطة ريم، ونشرت في 3 مايو، 2018، ضمن تصنيف أخبار العالم.") == "أخبار العالم")
    }

    /// A signed-in editor's link closing the meta row is no category.
    @Test func anEditLinkInTheMetaRow() throws {
        let content = try parse([Self.headline, "بواسطة admin | نُشرت: 25 يونيو، 2018 | تحرير"] + Self.copy)
        #expect(content.section.name == "أخبار")
    }

    /// Atahualpa's sidebar stands over the post: its categories with their counts, then its archive's
    /// months; the category comes after the copy, before the comment call.
    @Test func anArchiveOfMonthsOverThePost() throws {
        let sidebar = ["بحث", "التصنيفات", "ثقافة (51)", "اقتصاد (178)", "عالمية (179)", "رياضة (208)", "الأرشيف", "سبتمبر 2018", "أغسطس 2018", "يوليو 2018"]
        let content = try parse(["الرئيسية", "من نحن", "للتواصل", "صدى الوادي", "مدونة إخبارية مستقلة"] + sidebar
                                + [Self.headline, "30 سبتمبر 2018 بواسطة admin"] + Self.copy + ["الوسوم: المستشفى، العاصمة", "التصنيف: عالمية · أضف تعليقاً"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عالمية")
        #expect(content.body.map(\.text) == Self.copy)
        var lines = ["نص", "سبتمبر 2018", "أغسطس 2018 (4)", "ويأتي ذلك في سبتمبر 2018"]
        PageTextBody.dropArchiveMonths(&lines)
        #expect(lines == ["نص", "ويأتي ذلك في سبتمبر 2018"])
    }

    /// Mystique's byline names the category after the writer («كتبها سليم في رياضة»), with or without its comment count.
    @Test func aCategoryClosingTheByline() throws {
        let content = try parse(["23", "يوليو", Self.headline, "كتبها سليم في صحة"] + Self.copy)
        #expect(content.section.name == "صحة")
        let counted = try parse([Self.headline, "كتبها نبض في أخبار دولية | 5 تعليقات"] + Self.copy)
        #expect(counted.section.name == "أخبار دولية")
        #expect(CategoryLine.bylineField("بقلم سليم في 12 مايو 2018") == nil)
    }

    /// A meta row whose fields stand apart by wide gaps alone (Koji, Ribbon Lite): the gaps become
    /// bars, so the category is a field; a single word after the date is the category, not a writer.
    @Test func aMetaRowPartedByWideGaps() throws {
        #expect(PageTextParser.barredFields("admin  5 مارس، 2018  رياضة  0 Comments") == "admin | 5 مارس، 2018 | رياضة | 0 Comments")
        #expect(PageTextParser.barredFields("قال الوزير  إن المستشفى سيفتتح قريبا.") == "قال الوزير  إن المستشفى سيفتتح قريبا.")
        let signed = try parse([Self.headline, "admin  5 مارس، 2018  رياضة  0 Comments"] + Self.copy)
        #expect(signed.section.name == "رياضة")
        let dated = try parse([Self.headline, "9 حزيران، 2018  صحة  تعليق واحد"] + Self.copy)
        #expect(dated.section.name == "صحة")
        let alone = try parse([Self.headline, "12 تشرين الأول، 2018  صحة"] + Self.copy)
        #expect(alone.section.name == "صحة")
        #expect(alone.body.map(\.text) == Self.copy)
    }

    /// Cards on the story's topics under the copy, each its name over a sentence defining it.
    @Test func topicCardsUnderTheCopy() throws {
        let cards = ["مصر", "مصر دولة عربية في شمال شرق أفريقيا عاصمتها القاهرة، تحد ليبيا من الشرق.",
                     "بوفون", "جانلويجي بوفون حارس مرمى إيطالي، لعب لسنوات طويلة في صفوف يوفنتوس ومنتخب إيطاليا."]
        let content = try parse(["صحة", Self.headline, "4 مارس 2018", "مشاركة"] + Self.copy + cards + ["أخبار ذات صلة", "الفارس والمطر"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A call to follow the site on a channel, after «ابقَ على اطلاع», closes no copy.
    @Test func aKeptInformedCall() throws {
        let content = try parse(["صحة", Self.headline, "4 مارس 2018"] + Self.copy + ["ابقَ على اطلاع بآخر الأخبار. تابع KT على قنوات واتساب."])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(!PageChrome.isFollowCall("ابق على اطلاع دائم بما يجري في المدينة."))
    }

    /// A list the copy introduces may stand between its first paragraphs: the copy still opens at
    /// the first, and the list's short items are no headline.
    @Test func aListBetweenTheFirstParagraphs() throws {
        let list = ["وذكرت الوزارة بأن أبرز الأجندة للمباحثات ستتضمن المحاور التالية:", "- الأزمة السورية", "- عملية السلام الفلسطينية-الإسرائيلية",
                    "- إعادة إعمار العراق", "- تعزيز الشراكة الاقتصادية بين البلدين"]
        let top = ["الأحد 8 أبريل 2018", "الإصلاح نت", "الموقع الرسمي للتجمع اليمني للإصلاح", "الرئيسية", "أخبار محلية", "صحة", "رياضة", "عاجل",
                   "جون كيري: إدارة ترامب تريد تغيير النظام في إيران", "صحة"]
        let content = try parse(top + [Self.headline, "الإصلاح نت - متابعات", "الأحد, 08-أبريل-2018 - 06:52:15", Self.copy[0]] + list + Self.copy.dropFirst())
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == [Self.copy[0]] + list + Self.copy.dropFirst())
    }

    /// A home page's flag between the category and the headline printed again («دولي», «موضوعات رئيسية»).
    @Test func aMainTopicsFlagUnderTheCategory() throws {
        let top = ["مورينيوز"] + Self.menu + ["موضوعات رئيسية", "بحث عن", "الرئيسية", "/", "صحة", "/", Self.headline, "صحة", "موضوعات رئيسية"]
        let content = try parse(top + [Self.headline, "مورينيوز", "4 مارس 2018", "آخر تحديث: 4 مارس 2018"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
    }

    /// Joomla's article info names the category as «المجموعة:», in the head block only.
    @Test func joomlasGroupField() throws {
        let info = ["التفاصيل", "كتب بواسطة: توانسة", "المجموعة: شؤون دولية", "نشر بتاريخ: الجمعة، 27 أفريل 2018 20:25", "الزيارات: 2372"]
        let content = try parse([Self.headline] + info + Self.copy)
        #expect(content.section.name == "شؤون دولية")
    }

    /// Under a ticker's titles, a headline too short for a title's shape, over its category, the
    /// site's signature and the date.
    @Test func aShortHeadlineUnderTheTicker() throws {
        let top = ["الأحد 4 مارس 2018", "اليمن العربي"] + Self.menu + ["عاجل", "زكريا لـCNN: استراتيجية إيران بالمنطقة ناجحة والهيمنة الأمريكية تراجعت",
                                                                   "غارديان: صلاح استمال مشجعي الريال ونشر الهدوء في المقاهي"]
        let content = try parse(top + ["نظرية المؤامرة", "رياضة", "اليمن العربي", "الأحد 04/مارس/2018 - 05:24 م"] + Self.copy)
        #expect(content.headline == "نظرية المؤامرة")
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// With no menu, a category's shape tells it over a plain signature: a word alone, or two joined by «و».
    @Test func aCategoryOverAPlainSignatureAlone() throws {
        let single = try parse([Self.headline, "رياضة", "اليمن العربي", "الخميس 28/يونيو/2018 - 05:30 م"] + Self.copy)
        #expect(single.section.name == "رياضة")
        let joined = try parse([Self.headline, "عربي ودولي", "اليمن العربي", "الثلاثاء 22/مايو/2018 - 03:15 م"] + Self.copy)
        #expect(joined.section.name == "عربي ودولي")
        let signed = try parse([Self.headline, "سامر يوسف", "القاهرة الجديدة", "الثلاثاء 22/مايو/2018 - 03:15 م"] + Self.copy)
        #expect(signed.section.name == "أخبار")
    }

    /// A short headline under the menu's category, over its date and the site's own name signing it.
    @Test func aShortHeadlineSignedByTheSite() throws {
        let content = try parse(["بيم ريبورتس", "Beam Reports"] + Self.menu + ["بحث", "صحة", "قرار ضم الأغوار", "4 يناير 2014", "بيم ريبورتس"] + Self.copy)
        #expect(content.headline == "قرار ضم الأغوار")
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A flag's name that is also the trail's last step names the site's section: it stays.
    @Test func aTrailStepNamedLikeAFlag() throws {
        let content = try parse(["الرئيسية أخبار عاجلة", Self.headline, "الإثنين، 20 مايو 2024 07:00 ص", "وزارة الصحة"] + Self.copy)
        #expect(content.section.name == "أخبار عاجلة")
    }
}
