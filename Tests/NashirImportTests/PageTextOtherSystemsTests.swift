import NashirDomain
import Testing

@testable import NashirImport

/// Shapes first seen in sets 183 and 185: forums, blog engines, newsletters and organisations'
/// sites around Arabic copy, often with an interface in English.
@Suite struct PageTextOtherSystemsTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy

    /// An agency's stamp closing on its name in brackets and a stop is a stamp, not copy.
    @Test func anAgencyStampInBrackets() throws {
        let content = try parse(["منوعات", Self.headline, "بقلم أسرة التحرير", "عمّان، الخميس 1 مارس، 2018 / 10:12 مساءً (ACI MENA).", "شارك", "فيسبوك"] + Self.copy)
        #expect(content.body.map(\.text) == Self.copy)
        #expect(PageTextChrome.isDateLine("القاهرة، الأربعاء 28 فبراير، 2018 / 5:41 صباحًا (ACI MENA)."))
        #expect(!PageTextChrome.isDateLine("وقال الوزير إن الاجتماع سيعقد غدا (رويترز)."))
    }

    /// An organisation's call for gifts and its account of itself under the copy go, and the
    /// related box over them with them.
    @Test func aDonationBoxAndTheSitesProfile() throws {
        let top = ["انتقل إلى المحتوى الرئيسي", "أطباء بلا حدود", "من نحن", "ماذا نفعل", "أين نعمل", "الرئيسية", "أخبار", Self.headline, "15 مايو 2018"]
        let tail = ["مواضيع ذات صلة", "سوريا", "اقرأ المزيد", "إسبانيا: وصول أول دفعة من المهاجرين إلى الميناء", "تبرّعك ينقذ الأرواح",
                    "ساعدنا على تقديم الرعاية الطبية لمن هم في أمسّ الحاجة إليها.", "تبرّع", "اشترك في نشرتنا الإخبارية",
                    "أطباء بلا حدود منظمة طبية إنسانية دولية مستقلة تقدم المساعدة للمتضررين من النزاعات المسلحة والأوبئة والكوارث.", "سياسة الخصوصية"]
        let content = try parse(top + Self.copy + tail)
        #expect(content.body.map(\.text) == Self.copy)
        #expect(PageChrome.isDonationCall("ادعمنا لنواصل عملنا"))
        #expect(!PageChrome.isDonationCall("وقال الوزير إن التبرعات وصلت إلى المستشفى."))
    }

    /// A trail whose last step names the kind of page («النص الكامل») gives the step before it.
    @Test func aTrailEndingInTheKindOfPage() throws {
        #expect(PageTextBody.breadcrumbSection("الصفحة الرئيسية > الصين والعالم > النص الكامل") == "الصين والعالم")
        #expect(PageTextBody.breadcrumbSection("الرئيسية » أخبار » تفاصيل الخبر") == "أخبار")
    }

    /// A short headline over a stamp in Latin letters and the page's tools, under a trail a step a line.
    @Test func aShortHeadlineOverALatinStamp() throws {
        let top = ["Korea.net", "البوابة الرسمية لجمهورية كوريا", "English", "العربية", "الأخبار", "عن كوريا", "الحكومة", "الفعاليات", "الرئيسية", "الأخبار", "رياضة"]
        let content = try parse(top + ["نيمار وكأس العالم", "Mar 4, 2018", "حجم الخط", "طباعة", "مشاركة", "(صورة: Korea.net)"] + Self.copy)
        #expect(content.headline == "نيمار وكأس العالم")
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// PHP-Fusion: a panel's field over the headline, the signed meta row under the copy naming the category.
    @Test func aPanelFieldAndASignedMetaRow() throws {
        let panel = ["المتواجدون الآن", "زوار متواجدون: 3", "أحدث عضو: abuhadi"]
        let meta = "أرسلت بواسطة admin في 06-05-2018 07:36 · التصنيف: أخبار عربية · 3 تعليقات · 1677 قراءة · طباعة"
        let content = try parse(["مرايا نت", "الرئيسية", "المقالات", "المنتدى", "بحث"] + panel + [Self.headline] + Self.copy + [meta, "التعليقات", "أضف تعليقاً"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار عربية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A forum's trail from its name to the topic, with the pager between it and the title.
    @Test func aTrailOverThePagerAndTheTitle() throws {
        let top = ["منتدى المجلس العربي", "حوار هادف ورأي حر", "الرئيسية", "الأعضاء", "بحث", "أنت غير مسجل الدخول.", "المواضيع النشطة",
                   "منتدى المجلس العربي » صحة » " + Self.headline, "صفحات: 1"]
        let content = try parse(top + [Self.headline, "المشاركات [ 2 ]", "#1 2018-09-14 04:42:53", "سيف اليمن"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
    }

    /// Bylines that name the category: Serendipity's before the time, Ning's in English, Dotclear's after a dash.
    @Test func categoriesInBylines() throws {
        #expect(CategoryLine.bylineField("حررة بواسطة admin في ثقافة في 05:43") == "ثقافة")
        #expect(CategoryLine.bylineField("Posted by أم يوسف on May 4, 2018 at 11:49am in أخبار دولية") == "أخبار دولية")
        #expect(CategoryLine.afterDatedByline("بواسطة Karim، الاثنين 12 مارس 2018، 16:42 - اقتصاد") == "اقتصاد")
        #expect(CategoryLine.afterDatedByline("بواسطة Karim - القاهرة") == nil)
        let content = try parse(["بين السطور", "إلى المحتوى", "إلى القائمة", "المنزل", Self.headline, "بواسطة Karim، الاثنين 12 مارس 2018، 16:42 - صحة"] + Self.copy)
        #expect(content.section.name == "صحة")
    }

    /// A follow button under the writer's handle, and a writer's credential under it, name no section.
    @Test func aFollowButtonAndACredential() throws {
        let article = try parse(["مقالة", "خالد الراشد", "@k_alrashed", "متابعة", Self.headline] + Self.copy)
        #expect(article.section.name == "أخبار")
        let answer = try parse(["أخبار العالم اليوم", "44,456 متابِع", "سيف اليمن", "·", "متابعة", "صحفي سابق", "26 أبريل 2018", Self.headline] + Self.copy)
        #expect(answer.section.name == "أخبار")
        #expect(answer.headline == Self.headline)
    }

    /// A board's name right over the title, under a forum's welcome in English (ProBoards).
    @Test func aBoardUnderAWelcomeInEnglish() throws {
        let top = ["منتديات صدى الخليج", "ملتقى الأخبار والحوار الهادف", "Home", "Search", "Members", "Welcome, Guest. Please login or register.",
                   "منتديات صدى الخليج › صحة › " + Self.headline]
        let content = try parse(top + [Self.headline, "« Prev 1 Next »", "نجمة الصباح", "Posts: 4,852", "Post by نجمة الصباح on Jun 5, 2018 at 6:36am"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
    }

    /// A digest's link to the story on its site, a blog's note of its source and its feed links are chrome.
    @Test func readOnLinksSourceNotesAndFeedLinks() throws {
        let content = try parse(["دفتر الأخبار", "الأرشيف", "تصنيفات", "روابط التغذية", Self.headline, "هاني الخطيب", "2018-03-25 14:59"]
                                + Self.copy + ["(نقلاً عن بي بي سي عربي)", "اقرأ القصة على موقع فرانس 24"])
        #expect(content.section.name == "أخبار")
        #expect(content.body.map(\.text) == Self.copy)
        #expect(PageChrome.isClickCall("اقرأ القصة على موقع CNN بالعربية"))
    }

    /// An investigative network's credits under the deck («إعداد: …», «إشراف: …») are no headline.
    @Test func creditsUnderTheDeck() throws {
        let top = ["English", "أريج", "إعلاميون من أجل صحافة استقصائية عربية", "الرئيسية", "تحقيقات", "أخبار أريج", "تدريب", "مصادر", "بحث", "تحقيقات", "صحة"]
        let deck = "قال الوزير إن المستشفى الجديد في العاصمة سيضم أقساما للطوارئ والجراحة وطب الأطفال."
        let content = try parse(top + [Self.headline, deck, "إعداد: وحدة التحقق في أريج", "إشراف: محمد شمّا", "9 سبتمبر 2018", "مشاركة", "Facebook"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "صحة")
        #expect(!PageTextHead.isHeadlineLike("إعداد: وحدة التحقق في أريج"))
        #expect(PageTextHead.isHeadlineLike("تقرير: كيف تستعد المدن لموجة الحر المقبلة"))
    }

    /// Under the copy: Dotclear's neighbours on one line, WordPress's heading over the comments
    /// naming the post, Thematic's entry sentence running past forty words.
    @Test func neighboursCommentsHeadingAndALongEntrySentence() throws {
        let sentence = "كُتبت هذه التدوينة بواسطة admin، ونُشرت في 29 أبريل، 2018 عند 6:30 ص، تحت تصنيف صحة، ووُسمت بـ المستشفى، العاصمة، الوزارة. علّم الرابط الدائم. تابع أي تعليقات هنا عبر خلاصة RSS لهذه التدوينة. أضف تعليقاً أو اترك تعقيباً: رابط التعقيب."
        let content = try parse([Self.headline, "بواسطة admin | نُشرت: 29 أبريل، 2018"] + Self.copy
                                + [sentence, "« محمد بن سلمان: أحب العمل مع ترامب - بواتينغ يعود إلى تدريبات فريقه »", "2 تعليقات على “" + Self.headline + "”", "ريم", "شكرا"])
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        #expect(PageChrome.isForumInterface("فكرة واحدة على \"عنوان التدوينة\""))
        #expect(!PageChrome.isForumInterface("3 تعليقات على قرار الحكومة"))
    }

    /// A short headline over a stamp counted back in two units, the date, the credit and the photo's note.
    @Test func aShortHeadlineOverARelativeStamp() throws {
        let top = ["من نحن | اتصل بنا | الخميس 18 أكتوبر 2018 04:57 مساءً", "عدن بوست", "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "الرئيسية", "رياضة"]
        let content = try parse(top + ["بالصور..انطلاق بطولة البلوت", "منذ 5 ساعات و 57 دقيقه", "الخميس 18 أكتوبر 2018 11:00 صباحاً", "عدن بوست - متابعات", "(أرشيفية)"] + Self.copy)
        #expect(content.headline == "بالصور..انطلاق بطولة البلوت")
        #expect(content.section.name == "رياضة")
        #expect(PageTextChrome.isRelativeTime("منذ 5 ساعات و 57 دقيقه"))
    }
}
