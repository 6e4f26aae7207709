import NashirDomain
import Testing

@testable import NashirImport

/// Shapes first seen in sets 171–178: a post embedded in the copy, a caption dated or signed by
/// its photographer, a trail running to the story's title, a meta line with no separators between
/// its fields, and the notes a magazine or a mailing list prints under the copy.
@Suite struct PageTextEmbedAndMetaTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات", "اتصل بنا"]

    /// A tweet embedded between paragraphs copies as its text, then «— name (@handle) date».
    @Test func anEmbeddedTweetInTheCopy() throws {
        let tweet = ["#عاجل | افتتاح مستشفى جديد في العاصمة pic.twitter.com/6jiqsjhn3u", "— الجزيرة مباشر (@ajmubasher) June 22, 2018"]
        let content = try parse(Self.menu + ["صحة", Self.headline, "22/06/2018"] + Self.copy.prefix(2) + tweet + Self.copy.suffix(1))
        #expect(content.body.map(\.text) == Self.copy)
        // (The picture's link may stand on a line of its own.)
        let split = ["#عاجل | افتتاح مستشفى جديد في العاصمة", "pic.twitter.com/1c9g8P8jd7", "— تعز أونلاين (@TaizOnline) 4 أبريل 2018"]
        let linked = try parse(Self.menu + ["صحة", Self.headline, "22/06/2018"] + Self.copy.prefix(2) + split + Self.copy.suffix(1))
        #expect(linked.body.map(\.text) == Self.copy)
        #expect(PageTextBody.isPostSignature("— Breaking News (@BreakingNews) مارس 9, 2018"))
        #expect(!PageTextBody.isPostSignature("- وقال الوزير (@health) إن المستشفى سيفتتح"))
    }

    /// A caption closing on the month the picture was taken, or naming its photographer after it.
    @Test func captionsDatedOrSignedInTheCopy() throws {
        let content = try parse(["صحة", Self.headline, "27 أغسطس 2018"] + [Self.copy[0], "صورة من الأرشيف، أغسطس 2018.", Self.copy[1],
                                                                            "لقطة عامة للمنطقة. تصوير: جون ستانماير", Self.copy[2]])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(PageTextBody.isDatedCaption("مشهد عام، مايو 2018."))
        #expect(!PageTextBody.isDatedCaption("وقال الوزير إن العمل بدأ في مايو 2018."))
    }

    /// DataLife Engine heads the story with a trail from the site's name to its title, printed
    /// again under it: the title is the headline, the step before it the section.
    @Test func aTrailToTheTitleOverTheHeadline() throws {
        let trail = "أخبار الواحة » أخبار العالم » " + Self.headline
        let meta = ["الكاتب: mohamed", "22-05-2018, 08:26", "المشاهدات: 5 285", "التعليقات: 0"]
        let content = try parse([trail, Self.headline] + meta + Self.copy + ["المصدر: فرانس 24", "أعجبني (35)", "طباعة"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار العالم")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A trail under the headline and its deck («أنت هنا: الرئيسية » رياضة » title») names the section.
    @Test func aTrailToTheTitleUnderTheDeck() throws {
        let deck = "الوزارة تفتتح المستشفى بعد عامين من العمل وتعد بخدمات أفضل للمرضى في العاصمة والمدن المجاورة."
        let content = try parse(Self.menu + [Self.headline, deck, "أنت هنا: الرئيسية » رياضة » " + Self.headline, "18 أغسطس، 2018 الأفق الرقمي 0 تعليقات"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
    }

    /// Dazzling runs its meta line together: the date, the writer, the comment call, the category.
    @Test func aCategoryAfterTheCommentCall() throws {
        let content = try parse([Self.headline, "9 أغسطس، 2018 الميزان اترك تعليقاً دولية"] + Self.copy + ["تصفح المقالات", "اترك تعليقاً"])
        #expect(content.section.name == "دولية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Radiate's footer under the copy names the category before the comment count.
    @Test func aCategoryBeforeTheCommentCount() throws {
        let content = try parse([Self.headline, "نشرت في 31 أغسطس، 2018 بواسطة مدير الموقع"] + Self.copy + ["اقتصاد 3 تعليقات", "تصفح المقالات"])
        #expect(content.section.name == "اقتصاد")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// What a magazine, a portal or a mailing list prints under the copy, in sentences.
    @Test(arguments: [
        "تنويه: يمكنكم مشاركة أي مقال من المجلة من خلال نشر رابط المقال أو الفيديو على صفحاتكم.",
        "أعجبكم هذا المقال؟ المجلة جريدة إلكترونية مستقلة، بدون هدف تجاري، ومفتوحة للجميع.",
        "هل ترغب في الحصول على معلومات منتظمة حول ألمانيا؟ اشترك هنا:",
        "هذه المقالة من إعداد الكاتب المستقل طارق المصري.",
        "لقد تلقيت هذه الرسالة لأنك مشترك في مجموعة \"نادي الإعلاميين العرب\" في مجموعات Google.",
        "يرجى ذكر مصدر الخبر عند النقل، وكل موضوع بلا مصدر سيُنقل إلى سلة المحذوفات.",
    ])
    func aNoteUnderTheCopy(note: String) throws {
        let content = try parse(["صحة", Self.headline, "1 أبريل 2018"] + Self.copy + [note, "مشاركة", "فيسبوك"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A translator's credit names the language first: it signs the story, under the writer's name.
    @Test func aTranslatorsCreditUnderTheWriter() throws {
        let content = try parse(["أوريان 21", "مجلة المغرب العربي والشرق الأوسط"] + Self.menu + ["دولي", Self.headline, "يوسف بن عمر", "ترجمه من الفرنسية سارة قريرة", "5 مايو 2018", "طباعة"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "دولي")
        #expect(BylineLine.name(in: "ترجمه من الفرنسية سارة قريرة") == "سارة قريرة")
    }

    /// A portal's field names the category in four words under the stamp: neither headline nor copy.
    @Test func aCategoryFieldOfFourWords() throws {
        let stamp = ["منى الحكيم", "الحوار المتمدن-العدد: 5760 - 2018 / 4 / 17 - 20:40", "المحور: العولمة وتطورات العالم المعاصر", "راسلوا الكاتب-ة مباشرة حول الموضوع"]
        let content = try parse(["الحوار المتمدن"] + Self.menu + [Self.headline] + stamp + Self.copy + ["أضف تعليق", "طباعة"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "العولمة وتطورات العالم المعاصر")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A credit whose dash is spaced on one side only («المشهد العربي- وكالات») signs the story: no section.
    @Test func aCreditWithATightDash() throws {
        let content = try parse(["عربي ودولي", Self.headline, "الأحد 25 مارس 2018 12:20 م", "المشهد العربي- وكالات", "صورة نشرتها وسائل إعلام محلية (غيتي)"] + Self.copy
                                + ["تابعوا قناة المشهد العربي على تيليجرام", "شارك الخبر", "فيس بوك", "تويتر", "أخبار متعلقة", "ألمانيا: السائق المتسبب بحادثة مونستر عمل وحده"])
        #expect(content.section.name == "عربي ودولي")
        #expect(PageTextHead.isCredit("المشهد العربي- وكالات"))
        #expect(!PageTextHead.isCredit("كوريا الجنوبية- اليابان"))
    }

    /// A newsletter's web copy opens with its link to itself: no headline.
    @Test func aNewsletterLinkToItsWebCopy() throws {
        let content = try parse(["ما فاتك هذا الأسبوع", "لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح", "الخلاصة", "العدد 102 | الأربعاء 21 فبراير 2018", "العالم", Self.headline,
                                 "المصدر: فرانس 24"] + Self.copy + ["اقرأ القصة على الموقع", "أيضاً في هذا العدد",
                                 "قمة مجموعة السبع.. ترامب نحو مزيد من العزلة!!", "تلقيت هذه الرسالة لأنك اشتركت في نشرتنا عبر موقعنا.", "إلغاء الاشتراك"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "العالم")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// X Theme's meta line copies with its fields glued: the category between the year and the comment call.
    @Test func aGluedMetaLine() throws {
        let content = try parse([Self.headline, "بواسطة فرانس 24يوليو 30, 2018حول العالماترك تعليقاً"] + Self.copy + ["اترك تعليقاً", "إلغاء الرد"])
        #expect(content.section.name == "حول العالم")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A commentary closes on its translator's credit and the writer's bio («…، وزير خارجية سابق …»).
    @Test func aTranslatorAndABioClosingTheCopy() throws {
        let close = ["ترجمة: أمين علي          Translated by: Amin Ali", "مارتن بيكر، وزير خارجية سابق وعضو في المجلس الأوروبي للعلاقات الخارجية.",
                     "Copyright: Project Syndicate, 2018.", "www.project-syndicate.org", "المزيد من هذا الكاتب"]
        let content = try parse(["تعليقات", Self.headline, "Jun 4, 2018"] + Self.copy + close)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Under a read-also call, one title between paragraphs goes whatever its shape.
    @Test(arguments: ["الحبتور والحساوي!!", "نشطاء: \"أكثر من نصف مليون قتيل في سوريا منذ اندلاع الحرب\""])
    func aReadAlsoTitleOfAnyShape(title: String) throws {
        let content = try parse(["صحة", Self.headline, "1 أبريل 2018", Self.copy[0], "اقرأ أيضا", title, Self.copy[1], Self.copy[2]])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A link to write to the writer under the stamp is no headline; the field under the stamp names the section.
    @Test func aLinkToWriteToTheWriter() throws {
        let stamp = ["يوسف بن عمر", "الحوار المتمدن-العدد: 5719 - 2018 / 3 / 7 - 23:37", "المحور: مواضيع وابحاث سياسية", "راسلوا الكاتب-ة  مباشرة حول الموضوع"]
        let content = try parse(["الحوار المتمدن"] + Self.menu + [Self.headline] + stamp + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "مواضيع وابحاث سياسية")
        #expect(PageChrome.isChrome("راسلوا الكاتب-ة  مباشرة حول الموضوع"))
    }

    /// The writer's plain name over the translator's credit is no category: the label over the headline is.
    @Test func theWriterOverTheTranslator() throws {
        let content = try parse(["مجتمع", Self.headline, "كريم الشامي", "ترجمه من الفرنسية حميد العربي", "4 مارس 2018"] + Self.copy + ["الكلمات المفتاحية", "مجتمع", "اليمن"])
        #expect(content.section.name == "مجتمع")
        #expect(content.body.map(\.text) == Self.copy)
    }
}
