import NashirDomain
import Testing

@testable import NashirImport

/// Shapes first seen in sets 191–194: classic blog themes' sentences filing the post, forums'
/// welcomes and trails, hosted pages' own lines, an organisation's topic field and hashtags.
@Suite struct PageTextHostedAndClassicTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy

    /// Kubrick's sentence under the copy («… يوم … وهي مصنفة تحت تقنية.») and its footer lines.
    @Test func kubricksEntrySentenceAndFooter() throws {
        let sentence = "كُتبت هذه التدوينة يوم الجمعة, أكتوبر 12th, 2018 على الساعة 12:00 ص وهي مصنفة تحت صحة. يمكنك متابعة الردود على هذه التدوينة عبر خلاصة RSS 2.0."
        let content = try parse([Self.headline] + Self.copy + [sentence, "مدونة الرصيف تعمل بفخر على ووردبريس", "التدوينات (RSS) و التعليقات (RSS)."])
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// K2's short sentence under the headline: the writer, the date, then the category after «ضمن».
    @Test func k2sFilingSentence() throws {
        let content = try parse([Self.headline, "نشرها فريق التحرير في 28 مايو 2018 ضمن صحة.", "3 تعليقات"] + Self.copy
                                + ["3 تعليقات إلى “" + Self.headline + "”", "حسن"])
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        #expect(CategoryLine.filedByWriter("نشرها الوزير في المؤتمر ضمن خطته") == nil)
    }

    /// Cutline's «مصنفة تحت: …» under the copy, and a writer first in a dotted meta row.
    @Test func aFiledUnderFieldAndAWriterFirstInTheRow() throws {
        let filed = try parse([Self.headline, "يوليو 1، 2018"] + Self.copy + ["مصنفة تحت: علوم وتقنية", "تعليقات (4)"])
        #expect(filed.section.name == "علوم وتقنية")
        let row = try parse(["ضوء", "الرئيسية", "الأخبار", "تقارير", "آراء", "من نحن", "اشترك في النشرة", "صحة", Self.headline,
                             "أحمد النجار · 27 فبراير 2018 · دقيقتان للقراءة"] + Self.copy)
        #expect(row.section.name == "صحة")
    }

    /// A topic field on a line of its own («الموضوع:» over «الاقتصاد والتجارة»), a hashtag over the
    /// headline (a tag, no section), a picture used with leave, the writer's trade under the copy.
    @Test func anOrganisationsFieldsAndNotes() throws {
        let topic = try parse([Self.headline, "04/03/2018", "الموضوع:", "الاقتصاد والتجارة"] + Self.copy)
        #expect(topic.section.name == "الاقتصاد والتجارة")
        let tagged = try parse(["بحث", "#العدالة_المناخية", Self.headline, "3 يوليو، 2018"] + Self.copy + ["الموضوعات", "#العدالة_المناخية"])
        #expect(tagged.section.name == "أخبار")
        let noted = try parse([Self.headline, "هبة سليمان", "12 مارس 2018", "صورة من بي بي سي عربي، استخدمت بتصريح."] + Self.copy
                              + ["هبة سليمان صحفي/ة يكتب/تكتب عن الشؤون العربية والدولية."])
        #expect(noted.body.map(\.text) == Self.copy)
    }

    /// Forums: a guest's welcome is no headline; YaBB's trail points the other way; a short title ends Phorum's trail.
    @Test func forumsWelcomesAndTrails() throws {
        let yabb = try parse(["منتديات صدى الوادي", "مرحباً, زائر. الرجاء الدخول أو التسجيل.", "23/03/2018 في 19:19:43", "الرئيسية", "المساعدة", "البحث",
                              "الدخول", "التسجيل", "أخبار: الرجاء ذكر مصدر الخبر عند النقل، وكل موضوع بدون مصدر يحذف.",
                              "منتديات صدى الوادي ‹ الأخبار والأحداث ‹ صحة", "(المشرف: أبو_فهد)", "« الموضوع السابق | الموضوع التالي »", "الصفحات: 1",
                              "أرسل الموضوع", "اطبع", "الكاتب", "الموضوع: " + Self.headline, "نور الهدى", "عضو ذهبي", "غير متصل",
                              "المشاركات: 2401", Self.headline, "« في: 04/03/2018 في 19:21:43 »", "السلام عليكم"] + Self.copy)
        #expect(yabb.headline == Self.headline)
        #expect(yabb.section.name == "صحة")
        let phorum = try parse(["ملتقى أهل الرأي", "منتدى عربي مستقل للحوار في الشأن العام", "الرئيسية » منتديات الحوار » صحة » كلنا العراق",
                                "مرحباً! دخول تسجيل عضوية جديدة", "بحث", "كلنا العراق", "أرسلها: د. هشام", "التاريخ: مارس 19, 2018 5:26م"] + Self.copy)
        #expect(phorum.headline == "كلنا العراق")
        #expect(phorum.section.name == "صحة")
        #expect(PageChrome.isGuestWelcome("أهلاً بك يا زائر، سجل الدخول"))
        #expect(!PageChrome.isGuestWelcome("مرحبا بالقرار الجديد للحكومة"))
    }

    /// A hosted page's own lines: Google Docs' stamp, Q2A's «كل التصنيفات», a clinic's call to book, a «كتابة:» credit.
    @Test func hostedPagesOwnLines() throws {
        #expect(PageChrome.isChrome("تم النشر باستخدام مستندات Google"))
        #expect(PageChrome.isChrome("كل التصنيفات"))
        #expect(PageChrome.isClickCall("احجز كشفك الآن مع أفضل الأطباء"))
        #expect(!PageTextHead.isHeadlineLike("كتابة: فريق فيزيتا الطبي"))
        let content = try parse([Self.headline, "كتابة: فريق فيزيتا", "آخر تحديث: 12 مايو 2018"] + Self.copy + ["احجز كشفك الآن مع أفضل الأطباء", "احجز الآن"])
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Question2Answer's stamp names the category between the date and the asker.
    @Test func aQuestionsStampNamesTheCategory() throws {
        let content = try parse(["اسأل العرب", "تسجيل الدخول", "الأسئلة", "بدون إجابة", "الوسوم", "التصنيفات", "اطرح سؤالاً", "بحث", Self.headline, "12 تصويت",
                                 "سُئل يوليو 19، 2018 في صحة بواسطة ابن_الجنوب (6.3ألف نقاط)", "150 مشاهدات"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(CategoryLine.betweenDateAndSigner("سُئل يوليو 19، 2018 في 10:30 ص بواسطة أحمد") == nil)
    }

    /// An agency's summary under the headline, its name and a dash before the lead's first words,
    /// running on into the next paragraph: the deck, not copy.
    @Test func anAgencysSummaryCutFromTheLead() throws {
        let deck = "وكالة الحوزة - " + Self.copy[0] + " وقال الوزير في مؤتمر صحفي"
        let content = try parse(["صحة", Self.headline, "٢٠١٨/٠٥/٢٣", deck] + Self.copy + ["الوسوم", "المستشفى"])
        #expect(content.body.map(\.text) == Self.copy)
    }
}
