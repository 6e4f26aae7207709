import NashirDomain
import Testing

@testable import NashirImport

/// Shapes other themes leave in and around the copy of a page dump: breadcrumbs, Latin buttons,
/// repeated lines, other stories with their dates, subheadings, one-line share bars, the agency
/// in brackets. None of the words below is in `PageChrome`'s list unless a test says so.
@Suite struct PageTextBodyTests: PageLinesParsing {
    static let headline = "افتتاح مستشفى جديد في العاصمة"
    static let copy = PageTextChromeTests.copy

    @Test("A breadcrumb above the headline gives its last step as the section", arguments: [
        "الرئيسية » محليات » صحة", "الرئيسية صحة", "الصفحة الرئيسية / صحة",
    ])
    func breadcrumbGivesTheSection(_ breadcrumb: String) throws {
        let content = try parse(["القائمة", breadcrumb, Self.headline] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    @Test func latinButtonsAroundTheHeadlineAreDropped() throws {
        let content = try parse(["صحة", "Tweet", Self.headline, "Share on FacebookShare on Twitter", "بقلم سارة أحمد"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
        #expect(!content.highlights.contains { $0.hasPrefix("Share") })
    }

    @Test func aRepeatedHeadlineAndCaptionGoButARepeatedSentenceStays() throws {
        let caption = "الوزير يتفقد أقسام المستشفى الجديد"
        let lines = ["صحة", Self.headline, Self.headline, caption, caption, Self.copy[0], Self.copy[1], Self.copy[1], Self.copy[2]]
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.highlights == [caption])
        // Printed twice in the copy is an error the copy desk flags, not chrome to hide.
        #expect(content.body.map(\.text) == [Self.copy[0], Self.copy[1], Self.copy[1], Self.copy[2]])
    }

    @Test func otherStoriesListedWithTheirDatesInsideTheCopyGo() throws {
        let list = [
            "لا تفوّت", "وزير المالية يعلن موعد صرف رواتب الشهر المقبل للموظفين", "مارس 4, 2024",
            "ارتفاع درجات الحرارة في معظم المناطق خلال الأيام القادمة", "مارس 3, 2024",
        ]
        let content = try parse(["صحة", Self.headline, Self.copy[0]] + list + Array(Self.copy[1...]))
        #expect(content.body.map(\.text) == Self.copy)
    }

    @Test func aWidgetInsideTheCopyGoesWithItsClosingLabel() throws {
        let widget = [
            "تجاوز القصص المقترحة", "قصص مقترحة", "هل ترتفع أسعار الدواء في الشهر المقبل؟",
            "الحكومة تدرس خطة جديدة لدعم المزارعين في الجنوب", "نقابة الأطباء تطالب بزيادة الأجور", "قصص مقترحة نهاية",
        ]
        let content = try parse(["صحة", Self.headline, Self.copy[0]] + widget + Array(Self.copy[1...]))
        #expect(content.body.map(\.text) == Self.copy)
    }

    @Test func anImagesCreditAndCaptionInsideTheCopyGoAndTheSubheadingUnderThemStays() throws {
        let figure = ["مصدر الصورة، Reuters", "التعليق على الصورة،", "الوزير يتفقد جناح الأطفال في المستشفى الجديد بالعاصمة", "أجنحة جديدة"]
        let content = try parse(["صحة", Self.headline, Self.copy[0]] + figure + Array(Self.copy[1...]))
        #expect(content.body == [.plainParagraph(Self.copy[0]), .subheading("أجنحة جديدة"), .plainParagraph(Self.copy[1]), .plainParagraph(Self.copy[2])])
        // Over the first paragraph, the label printed against its credit.
        let top = try parse(["صحة", Self.headline, "مصدر الصورة،Getty Images", "التعليق على الصورة،", "الوزير في جناح الأطفال"] + Self.copy)
        #expect(top.body.map(\.text) == Self.copy)
    }

    /// The writer's box closing the copy goes: «عن …» over who they are, or who they are alone
    /// when it says what they cover; a last paragraph about a journalist stays.
    @Test func theWritersBoxUnderTheCopyGoes() throws {
        let boxes = [
            ["عن رامي حداد", "صحفي في قسم رياضة بموقع نبض المدينة، يغطي الأخبار منذ عام 2011.", "عرض جميع المقالات بواسطة رامي حداد ←", "التنقل بين المقالات"],
            ["محرر في الرصيف، مهتم بشؤون الاقتصاد.", "المقالة السابقة", "المغرب يطلق برنامجا وطنيا لدعم تشغيل الشباب"],
            ["عن فريق تحرير أفق", "فريق صغير من الصحفيين المستقلين يتابع أخبار المنطقة والعالم.", "السابق"],
        ]
        for box in boxes {
            let content = try parse(["صحة", Self.headline] + Self.copy + box)
            #expect(content.body.map(\.text) == Self.copy, "\(box)")
        }
        let journalist = "صحفي فلسطيني يصاب برصاص الاحتلال خلال تغطيته المواجهات في غزة."
        let content = try parse(["صحة", Self.headline] + Self.copy + [journalist])
        #expect(content.body.map(\.text) == Self.copy + [journalist])
        let closing = ["عن أسباب الأزمة", "وأرجع خبراء الأزمة إلى نقص التمويل وتأخر صرف المخصصات المالية للمستشفيات الحكومية."]
        let subheaded = try parse(["صحة", Self.headline] + Self.copy + closing)
        #expect(subheaded.body.map(\.text) == Self.copy + closing)
    }

    @Test func aShortLineBetweenParagraphsIsASubheading() throws {
        let content = try parse(["صحة", Self.headline, Self.copy[0], "أقسام جديدة", Self.copy[1], Self.copy[2]])
        #expect(content.body == [.plainParagraph(Self.copy[0]), .subheading("أقسام جديدة"), .plainParagraph(Self.copy[1]), .plainParagraph(Self.copy[2])])
    }

    @Test func aShareBarOnOneLineAndAFollowCallGo() throws {
        let content = try parse(["صحة", Self.headline] + Self.copy + ["تابعوا آخر الأخبار عبر قناتنا في تلغرام", "اطبع Email فيسبوك Whats App"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A newsletter platform's interface in English among the Arabic copy; a name or a quoted title in Latin letters stays.
    @Test func anInterfaceSentenceInLatinLettersGoes() throws {
        let prompt = "Thanks for reading نشرة الأسبوع! Subscribe for free to receive new posts and support my work."
        let content = try parse(["صحة", Self.headline, Self.copy[0], prompt, "Subscribe"] + Array(Self.copy[1...]))
        #expect(content.body.map(\.text) == Self.copy)
        #expect(!PageTextBody.isLatinInterface("قال المدير التنفيذي لشركة Apple Inc إن الجهاز الجديد يصل الأسواق قريبا"))
        #expect(!PageTextBody.isLatinInterface("Deutsche Welle"))
    }

    @Test func theAgencyInBracketsIsTheCredit() throws {
        let content = try parse(["صحة", Self.headline] + Self.copy + ["--(بترا)"])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(content.credit == "بترا")
    }

    @Test func aTagsLineAboveACommentFormGoes() throws {
        let content = try parse(["صحة", Self.headline] + Self.copy + ["كلمات: مستشفى العاصمة وزارة الصحة", "أضف ردك", "الاسم *", "البريد *"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    @Test func dashedItemsUnderADateHeadingAreCopyAndTheNameAfterThemTheSignature() throws {
        let items = ["السبت 9 مارس 2024:", "- فريق الشمال * فريق الجنوب الحكم : سامي علي", "- فريق الشرق * فريق الغرب الحكم : كريم حسن"]
        let content = try parse(["رياضة", "مواعيد مباريات الجولة القادمة", Self.copy[0]] + items + ["هدى منصور"])
        #expect(content.body.map(\.text) == [Self.copy[0]] + items)
        #expect(content.byline == "هدى منصور")
    }
}
