import NashirDomain
import Testing

@testable import NashirImport

/// What closes the copy on pages first seen in sets 139–154: a classic theme's sentence about
/// the entry in the words its translation chose, an aggregator's note of where it found the
/// story, Joomla's «more in this category», a poll, a newsletter's box with or without its
/// field, a translation's note, who helped to write the story, a writer's starred note and a
/// wiki's references; and a read-also link addressed to several readers.
@Suite struct PageTextEntryFooterTests: PageLinesParsing {
    static let copy = PageTextWholePageTests.copy
    static let top = PageTextCreditTests.top
    static let share = PageTextCreditTests.share

    /// «هذه التدوينة كُتبت في رياضة. أضف الرابط الثابت إلى المفضلة.»: vowelled or not, in any
    /// of the words translations use, the entry's footer and no copy, nor the writer's box under it.
    @Test func aClassicThemesEntrySentence() throws {
        for line in ["هذه التدوينة كُتبت في رياضة. أضف الرابط الثابت إلى المفضلة.", "أضف الرابط الثابت إلى المفضلة.",
                     "هذه المقالة منشورة في الرأي العام وقد قام فريق التحرير في سودارس بالتأكد منها وربما تم التعديل فيها."] {
            #expect(CategoryLine.opensEntryStatement(line), "\(line)")
        }
        #expect(!CategoryLine.opensEntryStatement("وهذه المقالة تعود إلى عام 1990 حين كتبها الشاعر في بيروت."))
        let footer = ["هذه التدوينة كُتبت في رياضة ووُسمت بـ إسرائيل، السعودية. أضف الرابط الثابت إلى المفضلة.", "ماجد القحطاني",
                      "من فريق تحرير سوق الخبر، يغطي أخبار رياضة.", "← برشلونة يحسم الكلاسيكو بهدف في الوقت القاتل"]
        #expect(try parse(Self.top + Self.copy + footer).body.map(\.text) == Self.copy)
    }

    /// «المزيد في هذه الفئة :» over other stories' titles in guillemets, then the footer's links.
    @Test func moreInThisCategory() throws {
        #expect(PageChrome.isMoreFromHeading("المزيد في هذه الفئة :"))
        #expect(!PageChrome.isMoreFromHeading("المزيد في هذه المرحلة يعتمد على الحكومة."))
        let more = ["المزيد في هذه الفئة :", "« وزير الصحة يزور مستشفى كيفة ويعد بتعزيز الطواقم »", "« وزارة التهذيب تعلن نتائج مسابقة دخول السنة الأولى »",
                    "الرئيسية", "من نحن", "اتصل بنا"]
        #expect(try parse(Self.top + Self.copy + more).body.map(\.text) == Self.copy)
    }

    /// A poll's heading, its question and its answers after the other stories' titles; the
    /// comment form's rules and the site's description under them are sentences too.
    @Test func aPoll() throws {
        #expect(PageTextChrome.isPollQuestion("هل تعتقد أن التعاون الأمني بين دول المنطقة كاف؟", over: ["نعم", "لا"]))
        #expect(!PageTextChrome.isPollQuestion("فهل تنجح الحكومة في خطتها هذا العام؟", over: ["وقال الوزير إن الخطة ستنجح."]))
        let top = ["السبت 20 أكتوبر 2018", "صحة", PageTextWholePageTests.headline, "بقلم سامي الهادي للواحة من تونس – 20/10/2018"]
        let poll = ["قيّم هذا المقال", "المعدل: 3.6 من 5", "أرسل هذا المقال", "طباعة", "Facebook", "Twitter", "مقالات ذات صلة",
                    "تونس: المجتمع المدني يطالب بإصلاح قانون الجمعيات", "الأئمة يتدربون على خطاب الوسطية", "ليبيا: مبادرة جديدة لجمع الفرقاء في غدامس",
                    "استطلاع الرأي", "هل تعتقد أن التعاون الأمني بين دول المنطقة كاف لمواجهة الإرهاب؟", "نعم", "لا", "لا أدري", "صوّت", "النتائج", "التعليقات (0)",
                    "أضف تعليقا", "الاسم", "البلد", "تعليقك", "إرسال", "تخضع التعليقات للمراجعة ولا تعبر بالضرورة عن رأي الواحة.",
                    "الواحة موقع إخباري مستقل يغطي شؤون المنطقة من تونس منذ عام 2004.", "حول الواحة", "شروط الاستخدام", "© 2018 Alwaha"]
        #expect(try parse(top + Self.copy + poll).body.map(\.text) == Self.copy)
    }

    /// A newsletter's box whose name is a call of five words, its field's placeholder closing on
    /// an ellipsis: the pitch («… في بريدك كل جمعة.») goes with it.
    @Test func aNewslettersBoxWithALongerName() throws {
        #expect(PageTextBody.isEmailField("اكتب بريدك الإلكتروني…"))
        let box = ["#المغرب", "اشترك في نشرة خط الأفق", "أهم أخبار الأسبوع في بريدك كل جمعة.", "اكتب بريدك الإلكتروني…", "اشترك", "اترك رداً",
                   "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق *"]
        #expect(try parse(Self.top + Self.copy + box).body.map(\.text) == Self.copy)
    }

    /// «ترجمة -وبتصرّف- للخبر المنشور على موقع فرانس 24.»: where the translated story came from.
    @Test func aTranslationsNote() throws {
        #expect(PageTextBody.isSourcingNote("ترجمة -وبتصرّف- للخبر المنشور على موقع فرانس 24."))
        #expect(!PageTextBody.isSourcingNote("ترجمة الكتاب إلى العربية استغرقت ثلاث سنوات بتصرف محدود من المترجم في فصوله الأولى."))
        #expect(try parse(Self.top + Self.copy + ["ترجمة -وبتصرّف- للخبر المنشور على موقع فرانس 24.", "الوسوم", "مقالات"]).body.map(\.text) == Self.copy)
    }

    /// A wiki's references under «المراجع», each behind its back-link's arrow.
    @Test func aWikisReferences() throws {
        let notes = ["المراجع", "↑ \"افتتاح مستشفى جديد في العاصمة\"، www.example.com، اطّلع عليه بتاريخ 12-03-2018.",
                     "↑ \"وزارة الصحة تعلن خطتها\"، www.example.org، اطّلع عليه بتاريخ 13-03-2018.", "مقالات ذات صلة"]
        #expect(try parse(Self.top + Self.copy + notes).body.map(\.text) == Self.copy)
    }

    /// An opt-in box between paragraphs with no field: its name, its pitch, its button and the
    /// privacy note under it.
    @Test func anOptInBoxWithNoField() throws {
        let box = ["لا تفوّت أي خبر", "انضم إلى آلاف القراء الذين يتلقون موجزنا الصباحي.", "اشترك الآن", "نحترم خصوصيتك ولن نرسل لك رسائل مزعجة."]
        let content = try parse(Self.top + [Self.copy[0]] + box + Self.copy.dropFirst() + Self.share)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// «ساهمت وكالة فرانس برس في إعداد هذا التقرير.», a writer's note behind its star, a
    /// read-also link «اقرأوا المزيد: …» inside the copy.
    @Test func notesAndCallsAroundTheCopy() throws {
        let middle = [Self.copy[0], "اقرأوا المزيد: مهرجان الطعام العربي في حيفا يجذب الآلاف"] + Self.copy.dropFirst()
        #expect(try parse(Self.top + middle + Self.share).body.map(\.text) == Self.copy)
        #expect(try parse(Self.top + Self.copy + ["ساهمت وكالة فرانس برس في إعداد هذا التقرير."] + Self.share).body.map(\.text) == Self.copy)
        #expect(try parse(Self.top + Self.copy + ["* ناقد ومترجم من فلسطين."] + Self.share).body.map(\.text) == Self.copy)
    }
}
