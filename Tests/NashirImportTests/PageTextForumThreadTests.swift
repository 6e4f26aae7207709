import NashirDomain
import Testing

@testable import NashirImport

/// A forum's thread, on pages first seen in sets 155–162: vBulletin 4's thread tools and count
/// between the title and the post, vBulletin 3's trail from the forum's name printed twice,
/// Invision's title over its starter however short, and the poster's greeting over the copy.
@Suite struct PageTextForumThreadTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let login = ["اسم العضو", "حفظ البيانات؟", "كلمة المرور", "تسجيل الدخول", "التسجيل", "التعليمات", "قائمة الأعضاء", "التقويم", "البحث", "مشاركات اليوم"]
    static let poster = ["#1", "صقر الجنوب", "عضو فعال", "الدولة: الأردن", "تاريخ التسجيل: Mar 2011", "المشاركات: 4,210", "معدل تقييم المستوى: 31"]
    static let replies = ["رد مع اقتباس", "23-04-2018, 10:02 AM", "#2", "أم سلمى", "بارك الله فيك"]

    /// Parses `top` over the first post (its poster's fields, the copy) and the replies: the title
    /// is the headline, `section` the section, the copy the body.
    private func expectThread(_ top: [String], section: String) throws {
        let content = try parse(top + Self.poster + Self.copy + Self.replies)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == section)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The thread's tools, its view switches and its count of results are the forum's, not the
    /// title: the title stands over them, under the trail and the board's welcome to guests.
    @Test func threadToolsUnderTheTitle() throws {
        for line in ["أدوات الموضوع", "عرض نسخة قابلة للطباعة", "الاشتراك في هذا الموضوع…", "العرض الشجري", "النتائج 1 إلى 5 من 5",
                     "رد وحيد على هذا الموضوع", "3 ردود على هذا الموضوع", "الدولة: مصر", "معدل تقييم المستوى: 84", "الموقع:الرياض"] {
            #expect(PageChrome.isForumInterface(line), "\(line)")
        }
        #expect(!PageChrome.isForumInterface("ردود فعل غاضبة على هذا الموضوع في البرلمان"))
        #expect(!PageChrome.isForumInterface("الدولة: لن نتراجع عن قرار رفع الدعم مهما كانت الضغوط الشعبية."))
        let welcome = "إذا كانت هذه زيارتك الأولى للمنتدى، فيرجى الاطلاع على التعليمات. يجب عليك التسجيل قبل أن تتمكن من المشاركة."
        let top = ["منتديات الواحة"] + Self.login + ["منتديات الواحة", "المنتديات العامة", "أخبار الصحة", welcome, Self.headline,
                   "أدوات الموضوع", "عرض نسخة قابلة للطباعة", "الاشتراك في هذا الموضوع…", "انواع عرض الموضوع", "العرض العادي", "العرض الشجري",
                   "النتائج 1 إلى 5 من 5", "20-04-2018, 11:48 AM"]
        try expectThread(top, section: "أخبار الصحة")
    }

    /// The post opens with its poster's greeting, and the copy under it however its first line
    /// reads («نشر هذا المقال بالتعاون مع …», no sentence's stop): neither is the title.
    @Test func aGreetingOverThePostsCopy() throws {
        #expect(PageTextHead.isGreeting("السلام عليكم ورحمة الله وبركاته"))
        #expect(!PageTextHead.isHeadlineLike("السلام عليكم ورحمة الله وبركاته"))
        let partner = "نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني"
        let top = ["منتديات الواحة"] + Self.login + ["منتديات الواحة", "المنتديات العامة", "أخبار الصحة", Self.headline, "أدوات الموضوع", "النتائج 1 إلى 4 من 4"]
        let content = try parse(top + Self.poster + ["السلام عليكم ورحمة الله وبركاته", partner] + Self.copy + Self.replies)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == [partner] + Self.copy)
    }

    /// vBulletin 3 prints the forum's name under its logo again, first step of the trail, a step
    /// a line down to the title; the login box and the poster's fields follow, no title again.
    @Test func aTrailFromTheForumsNamePrintedTwice() throws {
        let top = ["منتديات الواحة", "منتديات الواحة", "المنتديات العامة", "منتدى الفن والمشاهير", Self.headline] + Self.login
            + ["اجعل كافة المشاركات مقروءة", "إضافة رد", "أدوات الموضوع", "13-02-2018, 05:09 AM"]
        try expectThread(top, section: "منتدى الفن والمشاهير")
    }

    /// Invision prints who started the topic under its title, however short the title is; the
    /// board over the title is the section, the topic's tags and buttons under it the forum's.
    @Test func anInvisionTitleOverItsStarter() throws {
        #expect(PageChrome.isTopicStarter("بدأ بواسطة Tech_Man, 10 أبريل 2018 - 05:20 م"))
        let title = "اللقب في الملعب"
        let top = ["تسجيل الدخول", "التسجيل", "منتديات الواحة", "المنتديات", "الأعضاء", "البحث", "منتديات الواحة", "الساحات العامة", "استراحة الأعضاء",
                   title, "بدأ بواسطة Tech_Man, 10 أبريل 2018 - 05:20 م", "كأس العالم", "انتقالات", "أضف رد", "بدء موضوع جديد", "ردان على هذا الموضوع",
                   "#1", "Tech_Man", "عضو نشيط", "81 المشاركات", "الموقع:الرياض", "أرسلت 10 أبريل 2018 - 05:20 م"]
        let content = try parse(top + Self.copy + Self.replies)
        #expect(content.headline == title)
        #expect(content.section.name == "استراحة الأعضاء")
        #expect(content.body.map(\.text) == Self.copy)
    }
}
