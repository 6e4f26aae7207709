import NashirDomain
import Testing

@testable import NashirImport

/// The lines wire copy and the sites that run it put round a story, on sites never tuned on:
/// credits, datelines, read-also boxes, notes under the copy. None is a paragraph, and none
/// takes a paragraph with it.
@Suite struct PageTextWireTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    // The same page round the copy as the credits' suite.
    static let top = PageTextCreditTests.top
    static let share = PageTextCreditTests.share

    /// A last paragraph whose quotation closes after its question mark ends a sentence: the
    /// hashtags under it are the tags, not the other way round.
    @Test func aQuotationClosingAfterItsMark() throws {
        let last = "وتابع قائلا: \"ثم نتحدث عن مؤامرات خارجية ومعايير مزدوجة! هل فقدنا الثقة في أنفسنا إلى هذا الحد؟\""
        #expect(PageTextChrome.endsSentence(last))
        #expect(PageTextChrome.endsSentence("وقال الوزير: «انتهى الأمر.»"))
        #expect(!PageTextChrome.endsSentence("الاتحاد الدولي لكرة القدم (فيفا)"))
        let content = try parse(Self.top + Self.copy + [last, "#مصر", "#قطر"] + Self.share)
        #expect(content.body.map(\.text) == Self.copy + [last])
    }

    /// The site's credit parted from the wire's by a slash («عدن تايم / وكالات :») signs the story:
    /// the short first paragraph under it is copy, not a deck.
    @Test func aSlashedCreditUnderTheStamp() throws {
        #expect(PageTextHead.isCredit("عدن تايم / وكالات :"))
        #expect(!PageTextHead.isCredit("الولايات المتحدة / الصين"))
        let first = "طالب برلمانيون مغاربة الاثنين بمثول مسؤولي التلفزيون الحكومي أمام المؤسسة التشريعية، للمساءلة على خلفية دراما رمضان"
        let content = try parse(Self.top + ["مشاهدات: 7503", "عدن تايم / وكالات :", "إعلان", first] + Self.copy)
        #expect(content.highlights.isEmpty)
        #expect(content.body.map(\.text) == [first] + Self.copy)
    }

    /// A dateline alone on its line under the stamp opens the copy, however short its first sentence.
    @Test func aBracketedDatelineOverTheCopy() throws {
        let first = "انتهى كأس العالم وبدأ السياح يغادرون روسيا بعد مباريات حاسمة حبست فيها الأنفاس!"
        let content = try parse(Self.top + ["روسيا (وكالات)", first] + Self.copy)
        #expect(content.highlights.isEmpty)
        #expect(content.dateline?.source == "وكالات")
        #expect(content.body.map(\.text) == [first] + Self.copy)
    }

    /// A read-also box whose titles give way to a line of the copy that is no sentence: the box
    /// goes, the line stays.
    @Test func aReadAlsoBoxOverALineOfTheCopy() throws {
        let line = "البشير بن بركة لفرانس 24: \"نتوجه للجميع للكشف عن مصير والدي\""
        let box = ["اقرأ أيضًا", "شركات العقارات تتوسع في مشروعات العاصمة الإدارية الجديدة", "أسعار الحديد اليوم في السوق المحلي"]
        let content = try parse(Self.top + [Self.copy[0]] + box + [line] + Self.copy.dropFirst())
        #expect(content.body.map(\.text) == [Self.copy[0], line] + Self.copy.dropFirst())
    }

    /// A read-also call over one title, then the copy's own lead-in to a numbered list: the call and
    /// its title go, the lead-in and the list stay.
    @Test func aReadAlsoBoxOverTheCopysList() throws {
        let rest = ["في ما يلي خمسة أمور يؤمن بها:", "1-شن ضربة وقائية ضد كوريا الشمالية أمر مبرر"] + Self.copy.dropFirst()
        let box = ["اقرأ أيضاً:", "الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في مناطق النزاع"]
        let content = try parse(Self.top + [Self.copy[0]] + box + rest)
        #expect(content.body.map(\.text) == [Self.copy[0]] + rest)
        // A box of dated titles is no call over one title: the line over it stays copy.
        let last = "إلا أن يسرا لم تثبت أو تنفي الأمر، وأغلقت هاتفها المحمول ."
        let dated = ["إقرأ أيضاً", "المدير الفني لفريق الفيوم: هدفنا المربع الذهبي هذا الموسم.. فيديو", "ديسمبر 25, 2020",
                     "مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما.. زيادة كبيرة", "ديسمبر 25, 2020"]
        #expect(try parse(Self.top + [Self.copy[0], last] + dated + Self.copy.dropFirst()).body.map(\.text) == [Self.copy[0], last] + Self.copy.dropFirst())
    }

    /// A ticker's label closing the menu makes the lines under it the ticker's titles: the
    /// section and the headline are the ones under them.
    @Test func aTickerUnderTheMenu() throws {
        let menu = ["جراءة نيوز", "الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "منوعات", "وفيات", "اتصل بنا"]
        let ticker = ["عاجل", "وفيات الأردن اليوم", "الأرصاد تحذر من تشكل الضباب في ساعات الصباح الباكر"]
        let content = try parse(menu + ticker + ["رياضة", Self.headline, "جراءة نيوز - وكالات", "26-06-2018 5:15 م"] + Self.copy)
        #expect(content.section.name == "رياضة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A subheading in quotation marks that the lead said before heads the paragraph that says it again.
    @Test func aQuotedSubheadingTheLeadForetold() throws {
        let lead = "العودة إلى الاتفاق النووي قبل المفاوضات، فيما صرح المتحدث أن المحادثات مع الإدارة الأمريكية الحالية مستحيلة."
        let subheading = "\"المحادثات مع الإدارة الأمريكية الحالية مستحيلة\""
        let under = "إلا أن المتحدث باسم الخارجية صرح الاثنين أن المحادثات مع الإدارة الأمريكية الحالية مستحيلة."
        let content = try parse(Self.top + [lead] + Self.copy + [subheading, under] + Self.share)
        #expect(content.body.map(\.text) == [lead] + Self.copy + [subheading, under])
    }

    /// Notes under the copy: the writer's footnote, the site's terms for reusing it, a translation's note.
    @Test func notesUnderTheCopy() throws {
        let notes = [
            "* صحافي، متخصص في شؤون العلاقات الدولية",
            "إذا استخدمت أي محتوى من موقع روسيا ما وراء العناوين، جزئياً أو كلياً، يجب دائماً توفير رابط إلكتروني فعال يؤدي إلى المادة الأصلية.",
            "(النص الأصلي باللغة اليابانية، الترجمة من اللغة الإنجليزية)",
        ]
        for note in notes {
            let content = try parse(Self.top + Self.copy + [note] + Self.share)
            #expect(content.body.map(\.text) == Self.copy, "\(note)")
        }
        // A comment box's rules, an agency's sign-off, a call to watch on the site's service, a
        // paywall's meter, a newsletter's consent, the tags' heading on the tags' line.
        let more = [
            ["إرشادات", "جميع التعليقات تخضع للمراجعة من قبل المشرفين. لا ترسل تعليقك أكثر من مرة وإلا سيعامل كرسالة غير مرغوب فيها.",
             "الرجاء معاملة الآخرين باحترام. التعليقات التي تحتوي على خطاب كراهية أو بذاءات أو هجوم شخصي لن تتم الموافقة عليها."],
            ["-- برناما"], ["شاهد أبرز اللقطات على FIFA+", "شاهد الآن"],
            ["لديك مقالة مجانية واحدة متبقية هذا الشهر.", "اشترك للحصول على وصول غير محدود"],
            ["اشترك في نشرة VICE عربية", "بالاشتراك في نشرتنا، أنت توافق على شروط الاستخدام وسياسة الخصوصية"],
            ["الوسوم سوريا إسرائيل الأسد الإمارات الشرق الأوسط"],
            ["أُنجز هذا التحقيق بدعم من شبكة إعلاميون من أجل صحافة استقصائية عربية (أريج) وبإشراف الزميل محمد علي."],
            ["الحدود مؤسسة إعلامية مستقلة لا تتلقى تمويلاً من أي حكومة أو حزب.", "ساهم في استمرار الحدود بالانضمام إلى برنامج العضوية"],
            // A column's writer, translator and copyright; a think tank's disclaimer; a portal's terms and publisher.
            ["إلينا روسي أستاذة الاقتصاد السياسي في جامعة بوكوني.", "ترجمة: مايسة كامل Translated by: Maysa Kamel", "حقوق النشر: بروجيكت سنديكيت، 2018."],
            ["ترجمة من الفرنسية: حميد العربي", "أوريان 21 مجلة مستقلة لا تعيش إلا بدعم قرائها."],
            ["لا تتّخذ مؤسسة كارنيغي مواقف مؤسّسية بشأن قضايا السياسة العامة؛ والآراء الواردة هنا تعبّر عن آراء المؤلّف ولا تعكس بالضرورة آراء المؤسسة."],
            ["يمكن استخدام المقالات والصور المنشورة على Korea.net بحرية مع الإشارة إلى المصدر."],
            ["يصدر موقع deutschland.de عن دار Frankfurter Societäts-Medien بالتعاون مع وزارة الخارجية الاتحادية في برلين.",
             "ابقَ على اطلاع: نشرة deutschland.de الإخبارية تصلك مرة كل أسبوع."],
        ]
        for lines in more {
            let content = try parse(Self.top + Self.copy + lines + Self.share)
            #expect(content.body.map(\.text) == Self.copy, "\(lines)")
        }
        // The copy may say the same words of what it reports.
        let report = "وقالت الوزارة إن القوات انسحبت جزئياً أو كلياً من المواقع دون إذن من القيادة، بحسب ما نقل محتوى البيان الذي تلقت الوكالة رابطه."
        let comments = "وعلى موقع تويتر، احتل وسم #حذف_التطبيق مرتبة متقدمة بين الوسوم الأكثر نشاطاً، وفيما يلي بعض التعليقات."
        let used = "ويمكن أن تصل العقوبة إلى الإعدام إذا استُخدِمَت هذه المتفجرات في غرض إرهابي وفق نص إحدى المواد المعدَلة."
        // A closing paragraph that names someone and what they do is copy.
        let named = "وقال محمد سالم الباحث في معهد الدراسات إن الخطة تحتاج إلى تمويل إضافي."
        for line in [report, comments, used, named] {
            #expect(try parse(Self.top + Self.copy + [line] + Self.share).body.map(\.text) == Self.copy + [line])
        }
    }
}
