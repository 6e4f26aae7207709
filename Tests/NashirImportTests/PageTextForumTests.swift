import NashirDomain
import Testing

@testable import NashirImport

/// A forum's thread, on pages first seen in sets 139–146: the topic's title printed in the top's
/// trail or its heading, then again over the first post under the login box and the poster's
/// details; the post's footer of likes, thanks and edits; the board's notices to guests.
@Suite struct PageTextForumTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let replies = ["رد مع اقتباس", "22-06-2018, 05:30 PM", "#2", "أم عبد الرحمن", "مشرفة", "بارك الله فيك على النقل", "رد مع اقتباس"]

    /// vBulletin 3 prints the trail a step a line, the title last, over the login box; the title
    /// again heads the first post: the title is the headline, the trail's step over it the section.
    @Test func aTrailEndingInTheTitleOverTheLoginBox() throws {
        let top = ["منتديات الواحة لكل الجزائريين و العرب", "منتدى الأخبار و المستجدات", "أخبار الصحة", Self.headline]
        let login = ["اسم العضو", "حفظ البيانات؟", "كلمة المرور", "تسجيل الدخول", "التسجيل", "التعليمـــات", "قائمة الأعضاء", "البحث", "إضافة رد",
                     "أدوات الموضوع", "قديم 2018-02-27, 12:14", "رقم المشاركة : 1", "معلومات العضو", "صقر الصحراء", "عضو متألق",
                     "تاريخ التسجيل: Nov 2013", "المشاركات: 3,439"]
        let content = try parse(top + login + [Self.headline] + Self.copy + Self.replies)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار الصحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// vBulletin 4 and Kunena name the topic in a heading («الموضوع: …») under the trail, then print
    /// it again over the post, a greeting maybe under it: the buttons and the poster's details
    /// between are the forum's.
    @Test func aTopicsHeadingOverThePost() throws {
        #expect(PageTextHead.topicNamed("الموضوع: " + Self.headline) == Self.headline)
        let top = ["عالم الواحة", "المنتدى", "ما الجديد؟", "مشاركات اليوم", "اسم المستخدم", "كلمة المرور", "تسجيل الدخول", "التسجيل",
                   "عالم الواحة", "الملتقى العام", "أخبار الصحة", "الموضوع: " + Self.headline, "أدوات الموضوع", "عرض الموضوع",
                   "النتائج 1 إلى 5 من 5", "22-06-2018, 09:45 AM", "#1", "بنت الحجاز", "حوائية مميزة", "تاريخ التسجيل: Apr 2009", "المشاركات: 11,615"]
        let content = try parse(top + [Self.headline, "السلام عليكم ورحمة الله وبركاته"] + Self.copy + Self.replies)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار الصحة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Who liked, who thanked, who last edited the post close it; so does the board's welcome
    /// to a first visit and the comment box's notice to guests.
    @Test func thePostsFooterAndTheNoticesToGuests() throws {
        for line in ["أعجب بهذا: mounir_tn، hedi.b و 8 آخرين", "الأعضاء الذين قدموا الشكر: ريم، قلم حر", "آخر تعديل: منذ 6 سنوات 2 أشهر بواسطة المحاور الهادئ.",
                     "آخر تعديل أبو خالد ; 2018-06-30 الساعة 10:47."] {
            #expect(PageChrome.isPostFooter(line), "\(line)")
        }
        #expect(!PageChrome.isPostFooter("آخر تعديل وزاري شهدته البلاد كان قبل عامين، حين غادر خمسة وزراء الحكومة."))
        #expect(!PageChrome.isPostFooter("آخر تعديل على الخميس، 4 تشرين الأول/أكتوبر 2018 20:21"))
        #expect(PageChrome.isCommentRules("يمكنك أن تنشر الآن وتسجل لاحقًا. إذا كان لديك حساب، فسجل الدخول الآن لتنشر باسم حسابك."))
        let welcome = "اهلا وسهلا بك في منتديات الواحة لكل العرب، إذا كانت هذه زيارتك الأولى للمنتدى، فيرجى التكرم بزيارة صفحة التعليمات."
        let top = ["الملتقى العام", "أخبار الصحة", Self.headline, welcome]
        let content = try parse(top + Self.copy + ["الأعضاء الذين قدموا الشكر: ريم، قلم حر", "آخر تعديل: منذ 6 سنوات 2 أشهر بواسطة المحاور الهادئ."] + Self.replies)
        #expect(content.body.map(\.text) == Self.copy)
    }
}
