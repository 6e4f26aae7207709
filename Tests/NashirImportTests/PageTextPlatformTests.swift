import NashirDomain
import Testing

@testable import NashirImport

/// Pages of systems other than news themes, first seen in set 113: a forum's topic, static blog
/// generators' posts. Their head and footer are built otherwise, and their headline, section and
/// copy must come out all the same.
@Suite struct PageTextPlatformTests: PageLinesParsing {
    static let copy = PageTextWholePageTests.copy

    /// A forum prints the topic's title as the trail's last step and again over its starter's name:
    /// the title is the headline, the trail's step over it the section; the reply buttons, the
    /// poster's rank and post count under it are none of them.
    @Test func aForumTopic() throws {
        let title = "فائض التجارة السعودية يقفز 160% في يونيو 2018"
        #expect(!PageTextChrome.isDateLine(title))
        #expect(PageTextChrome.isDateLine("نشر 14 أغسطس 2018"))
        #expect(PageTextChrome.isDateLine("دعاء فتحي • 2 أكتوبر 2018 • لا توجد تعليقات"))
        #expect(PageChrome.isCounter("6393 مشاركة"))
        let top = ["مستخدم موجود؟ تسجيل الدخول", "تسجيل", "منتديات المجلس العربي", "تصفح", "المنتديات", "التقويم", "الإرشادات", "فريق العمل",
                   "المتصلون الآن", "النشاط", "بحث", "الرئيسية", "الأقسام العامة", "منتدى الاقتصاد والأعمال", title, "كل النشاط", title,
                   "بواسطة alrawi، 14 أغسطس 2018", "المتابعون 4", "الرد على هذا الموضوع", "بدء موضوع جديد", "المشاركات المقترحة",
                   "alrawi", "الأعضاء", "6393 مشاركة", "نشر 14 أغسطس 2018", "(معدل)"]
        let content = try parse(top + Self.copy + ["مشاركة", "الرد على هذا الموضوع"])
        #expect(content.headline == title)
        #expect(content.section.name == "منتدى الاقتصاد والأعمال")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A static blog's site name over a menu in English is its name, not the section; the category
    /// it prints alone under the copy, over a hashtag, is.
    @Test func aCategoryUnderTheCopyOverAHashtag() throws {
        let headline = PageTextWholePageTests.headline
        let top = ["مدونة القنديل", "Home", "Archives", "Categories", "Tags", "About", headline, "May 23, 2018 pm", "396 words", "4 mins"]
        let content = try parse(top + Self.copy + ["دولي", "#سوريا", headline, "Author", "ليلى منصور", "Posted on", "May 23, 2018"])
        #expect(content.headline == headline)
        #expect(content.section.name == "دولي")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A question of a few words under the post's date, the menu's «about» link over them: the
    /// question is the headline, not copy, and the link no headline.
    @Test func aQuestionHeadlineUnderItsDate() throws {
        let headline = "من هي \"المرأة المرعبة\" مرشحة ترمب لتولي CIA؟"
        let top = ["نشرة الشبكة", "المقالات", "الوسوم", "عن النشرة", "Published on", "الثلاثاء، ٨ مايو ٢٠١٨", headline, "Authors", "نادية العمري", "Twitter", "@shabaka_news"]
        let content = try parse(top + Self.copy + ["Discuss on Twitter • View on GitHub", "Tags"])
        #expect(content.headline == headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// SMF's topic: the count of members and guests reading it and the post's stamp between
    /// guillemets, with its «last edit» and editor, are no copy.
    @Test func anSMFTopicsCountsAndStamps() throws {
        #expect(PageChrome.isCounter("0 الأعضاء و 2 ضيوف يشاهدون هذا الموضوع."))
        #expect(!PageChrome.isCounter("وقال إن 20 عضوا من الأعضاء يشاهدون المباراة مع الضيوف في الملعب الجديد."))
        #expect(PageTextChrome.isDateLine("« في: 20 مارس 2018, 05:29:00 مساءاً »"))
        #expect(PageTextChrome.isDateLine("« آخر تحرير: 21 يونيو 2018, 05:24:13 مساءاً بواسطة سفير الكلمة »"))
        let title = "الأهلي والزمالك ليسا مجرد ناديين"
        let lines = ["مرحباً بك، زائر. الرجاء الدخول أو التسجيل.", "منتدى حديث الساعة", "الرئيسية", "المساعدة", "بحث", "الدخول", "التسجيل",
                     "منتدى حديث الساعة", "الأخبار والأحداث", "الساحة الرياضية", title, "الصفحات: [1]", "اذهب للأسفل", "طباعة", "الكاتب",
                     "موضوع: \(title)  (قراءة 1069 مرة)", "0 الأعضاء و 2 ضيوف يشاهدون هذا الموضوع.", "عاشق الشام", "عضو فعال", "غير متصل",
                     "المشاركات: 7608", title, "« في: 20 مارس 2018, 05:29:00 مساءاً »"] + Self.copy + ["مسجل", "الصفحات: [1]", "اذهب للأعلى"]
        let content = try parse(lines)
        #expect(content.headline == title)
        #expect(content.section.name == "الساحة الرياضية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Blogger's «posted by» footer under the post is no paragraph.
    @Test func bloggersPostedByFooter() throws {
        #expect(PageTextChrome.isEntryFooter("نشر بواسطة أبو زياد في 7:57 م"))
        let title = "السودان يتقدم بشكوى في مجلس الأمن ضد مصر"
        let lines = ["مدونة صدى القلم", "الأحد، 1 أبريل 2018", title] + Self.copy + ["نشر بواسطة أبو زياد في 7:57 م", "لا توجد تعليقات:",
                     "إرسال بالبريد الإلكتروني", "التسميات: أخبار عالمية", "إرسال تعليق", "رسالة أحدث", "رسالة أقدم"]
        #expect(try parse(lines).body.map(\.text) == Self.copy)
    }

    /// A blog's links to its pages over the post («الرئيسية», «عن المدونة», «المشاريع»): the last of
    /// them is no section; the category under the writer's name and the date is.
    @Test func aBlogsPageLinksAndItsMetaBlock() throws {
        let title = "كيف يؤثر رمضان على إنتاجية المهنيين في الشرق الأوسط؟"
        let page = ["الرئيسية", "عن المدونة", "المشاريع", title, "طارق الزين", "2018-05-17", "اقتصاد", "مصر"] + Self.copy + ["© 2018 طارق الزين"]
        let content = try parse(page)
        #expect(content.headline == title)
        #expect(content.section.name == "اقتصاد")
    }

    /// A phpBB-style forum prints the topic's title under its top, the trail from the forum's name
    /// under it, then the post's header naming the topic and its date: the title is the headline,
    /// the trail's last step the section; the buttons moving up and down the page and the pager are chrome.
    @Test func aForumTopicNamedInItsPostHeader() throws {
        #expect(PageChrome.isChrome("انتقل الى الأسفل"))
        #expect(PageChrome.isChrome("الرجوع الى أعلى الصفحة"))
        #expect(!PageChrome.isChrome("انتقل الفريق إلى أعلى الترتيب بعد فوزه الكبير"))
        #expect(PageChrome.isCounter("صفحة 1 من اصل 1"))
        let title = "نيك جوناس وبريانكا شوبرا يؤكدان خطوبتهما"
        let lines = ["منتديات شباب الضاد", "منتدى عربي شامل: أخبار، حوارات، ثقافة ورياضة", "الرئيسية", "البوابة", "بحث", "الأعضاء", "التسجيل", "دخول",
                     "أهلا وسهلا بك زائرنا الكريم، إذا كانت هذه زيارتك الأولى للمنتدى، فيسعدنا أن تبادر بالتسجيل.", title,
                     "منتديات شباب الضاد", "الأقسام الإخبارية", "أخبار الفن والثقافة", "انتقل الى الأسفل", "صفحة 1 من اصل 1", "كاتب الموضوع", "رسالة",
                     "صقر الجنوب", "عضو ماسي", "عدد المساهمات : 8053", "الموقع : الدار البيضاء", "موضوع: \(title) الإثنين يونيو 4, 2018 8:09 pm"]
            + Self.copy + ["منقول للفائدة", "_________________", "كن جميلاً ترى الوجود جميلاً", "الرجوع الى أعلى الصفحة", "مواضيع مماثلة"]
        let content = try parse(lines)
        #expect(content.headline == title)
        #expect(content.section.name == "أخبار الفن والثقافة")
        #expect(content.body.map(\.text) == Self.copy)
    }
}
