import NashirDomain
import Testing

@testable import NashirImport

/// Where themes and platforms never tuned on name the story's category and its site around the
/// headline: the meta lines under the date, the trail between two printings of the title, a
/// portal's sidebar, a writer's blog.
@Suite struct PageTextMetaTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الشرفة", "الرئيسية", "شؤون عربية", "شؤون دولية", "اقتصاد", "رياضة", "بحث"]

    /// The category under the date (and the writer's plain name), over the copy, when the menu lists it.
    @Test func theCategoryUnderTheDateAndTheName() throws {
        let content = try parse(Self.menu + [Self.headline, "29 مايو 2018", "هالة يوسف", "شؤون عربية"] + Self.copy)
        #expect(content.section.name == "شؤون عربية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The category under the date that only the sidebar's list of categories names again.
    @Test func theCategoryTheSidebarListsAgain() throws {
        let top = ["مدونة الضفاف", "الرئيسية", "تقارير", "الشرق الأوسط", "دولية", "عن المدونة", "تواصل"]
        let after = ["النفط", "الدولار", "المقالة السابقة", "إطلاق أول صندوق استثماري للشركات الناشئة في مسقط", "التصنيفات", "اقتصاد", "تقارير", "دولية", "الشرق الأوسط"]
        let content = try parse(top + [Self.headline, "25 مايو 2018", "اقتصاد"] + Self.copy + after)
        #expect(content.section.name == "اقتصاد")
        // A name under the date that nothing else on the page lists is no category.
        let named = try parse(top + [Self.headline, "25 مايو 2018", "هالة يوسف"] + Self.copy + after)
        #expect(named.section.name != "هالة يوسف")
        // Nor is the photo's subject, which the story's tags list.
        let tagged = try parse(top + [Self.headline, "25 مايو 2018", "نعيمة عاكف"] + Self.copy + ["الكلمات الدالة :", "النمر", "مدرسة البنات", "نعيمة عاكف", "فتاة السيرك"])
        #expect(tagged.section.name != "نعيمة عاكف")
    }

    /// A deck right under the headline does not hide the meta lines under it.
    @Test func theMetaLinesUnderADeck() throws {
        let deck = "رحيل المؤرخ والباحث المثير للجدل، الذي عمل طويلا على تاريخ المنطقة، عن عمر تجاوز القرن."
        let content = try parse(Self.menu + ["رأي", Self.headline, deck, "صورة من الأرشيف (Getty Images)", "20 ماي 2018", "طارق العبدالله", "اقتصاد", "تعليق واحد"] + Self.copy)
        #expect(content.section.name == "اقتصاد")
        #expect(content.highlights.first == deck)
        // Meta lines that would reach above the deck are read within their own block.
        let credited = try parse(Self.menu + [Self.headline, deck, "رسوم: علي حسن", "ثقافة", "12 مايو 2018"] + Self.copy)
        #expect(credited.headline == Self.headline)
    }

    /// A trail's generic step («الأخبار») leaves the category to the meta lines (a guard: it passed before the rule).
    @Test func aGenericTrailStep() throws {
        let content = try parse(Self.menu + ["الرئيسية", "الأخبار", Self.headline, "بواسطة غسان أبو لوز", "مايو 14, 2018", "شؤون دولية", "اترك تعليقاً"] + Self.copy)
        #expect(content.section.name == "شؤون دولية")
    }

    /// The trail between the page's title banner and the post's title names the section.
    @Test func aTrailBetweenTwoPrintingsOfTheTitle() throws {
        let top = ["+966 11 465 0000", "info@alremal-news.com", "أهلاً بكم في بوابة الرمال", "الرئيسية", "محليات", "عربي", "دولي", "اقتصاد", "رياضة", "اتصل بنا"]
        let content = try parse(top + [Self.headline, "الرئيسية", "اقتصاد", Self.headline, "18", Self.headline, "نشرت بواسطة طارق العبدالله في 2 سبتمبر 2018", "التصنيفات"] + Self.copy)
        #expect(content.section.name == "اقتصاد")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// One word under the opinion section's trail step is a category, not a columnist.
    @Test func aCategoryUnderTheOpinionStep() throws {
        let top = ["مسبار", "الرئيسية", "تحقق", "مقالات", "تقارير", "سياسة", "رياضة", "صحة", "من نحن"]
        let content = try parse(top + ["الرئيسية", "مقالات", "اقتصاد", Self.headline, "خالد المصري", "نُشر 10 أبريل 2018", "دقيقة قراءة"] + Self.copy)
        #expect(content.section.name == "اقتصاد")
    }

    /// The site's own name under the date («تلفزيون دبي») is its source, never the category.
    @Test func theSitesNameUnderTheDate() throws {
        let top = ["تلفزيون دبي", "الرئيسية", "محليات", "رياضة", "ثقافة وفنون", "تكنولوجيا", "تكنولوجيا"]
        let content = try parse(top + [Self.headline, "الخميس 19 أبريل 2018", "تلفزيون دبي", "صورة تعبيرية - وام"] + Self.copy)
        #expect(content.section.name == "تكنولوجيا")
    }

    /// A portal's sidebar over the story: who is online, a call to register.
    @Test func aPortalsSidebarOverTheStory() throws {
        let top = ["شبكة نسيم الشرق", "مرحباً بك يا زائر", "الرئيسية", "المنتديات", "الأخبار", "التحميل", "اتصل بنا", "المتواجدون الآن",
                   "يوجد حالياً، 35 زائر(ين) و 4 عضو(ين) متصل(ين).", "أنت زائر مجهول. يمكنك التسجيل مجاناً بالضغط هنا"]
        let content = try parse(top + [Self.headline, "أرسلت في الخميس 14 يونيو 2018 @ 10:57:28 بتوقيت غرينتش بواسطة admin"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A writer's blog: the name, a sentence on who they are, links; no date over the post's title.
    @Test func aWritersBlogWithoutADate() throws {
        let about = "صحفي. أكتب عن الصحة والمستشفيات في العالم العربي."
        let content = try parse(["عمر الخطيب", about, "Twitter", "Email", Self.headline] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
        // Its description may be longer than the title, over the blog's links.
        let described = try parse(["دفتر المراسل", "أخبار وملاحظات من غرفة التحرير، يكتبها مراسل مستقل بنفسه.", "الرئيسية", "عن المدونة", "© 2018. All rights reserved.",
                                   Self.headline, "22 Mar 2018"] + Self.copy)
        #expect(described.headline == Self.headline)
    }

    /// A name with its initial and the post's hashtags over the copy are no paragraphs.
    @Test func aNameWithItsInitialAndHashtags() throws {
        let content = try parse(["> سجل_الأحداث", "عن المدونة", "الأرشيف", Self.headline, "2018-10-18", "رامي ن.", "3 min read (563 words)", "#الصحة", "#العاصمة"] + Self.copy)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A photo's short caption over its credit in Latin letters is no paragraph.
    @Test func aCaptionOverItsLatinCredit() throws {
        let content = try parse(Self.menu + ["شؤون دولية", Self.headline, "مارك لوفيفر", "الاثنين 30 تموز 2018", "في أحد شوارع المدينة.", "Flickr"] + Self.copy)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// An entry's footer sentence naming the category and running on through its tags.
    @Test func theEntrysFooterSentence() throws {
        let footer = "نُشرت في شؤون دولية ووُسمت بـ الولايات المتحدة، ترامب، المكسيك، الهجرة، الانتخابات، الحدود."
        let content = try parse(Self.menu + [Self.headline, "نُشرت في 5 مايو 2018 بواسطة رامي خوري"] + Self.copy + [footer, "عرض كل المقالات بواسطة رامي خوري"])
        #expect(content.body.map(\.text) == Self.copy)
    }
}
