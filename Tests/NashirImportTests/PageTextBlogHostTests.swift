import NashirDomain
import Testing

@testable import NashirImport

/// A post on a blog host or a link community, on pages first seen in sets 155–162: the host's bar
/// and the blog's name and description over the post, the links to its neighbours, the community
/// it was posted to.
@Suite struct PageTextBlogHostTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy

    /// Movable Type links the previous and the next entry over the title with a guillemet set
    /// apart, never closed: they point the way, as an arrow does.
    @Test func neighboursBetweenGuillemetsOverTheTitle() throws {
        #expect(PageTextChrome.isPostLink("« لماذا نحب الأخبار السيئة؟"))
        #expect(PageTextChrome.isPostLink("عن المدينة التي لا تنام ولا تستيقظ »"))
        #expect(!PageTextChrome.isPostLink("«المدينة التي لا تنام» رواية جديدة للكاتب"))
        let top = ["دفتر عادل", "يوميات صحفي عربي", "الرئيسية", "« لماذا نحب الأخبار السيئة؟", "|", "الرئيسية", "|", "عن المدينة التي لا تنام ولا تستيقظ »"]
        let content = try parse(top + [Self.headline, "بقلم عادل ناصر في 23 فبراير 2018 10:40 م"] + Self.copy + ["التعليقات (0)"])
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Blogger's bar over every blog («إنشاء مدونة»), then the blog's name, its description closing
    /// on a full stop and the post's date: the title under them is the headline, however short.
    @Test func bloggersBarAndADescriptionOverThePostsDate() throws {
        #expect(PageChrome.isChrome("إنشاء مدونة"))
        let top = ["المزيد", "إنشاء مدونة", "تسجيل الدخول", "نشرة الحي", "ما يصلنا من أخبار، ننقله لكم كما هو مع المصدر.", "الخميس، 29 مارس، 2018"]
        let short = "افتتاح مستشفى جديد في العاصمة"
        let content = try parse(top + [short] + Self.copy + ["مرسلة بواسطة سامي نور في 5:44 م", "التسميات: صحة"])
        #expect(content.headline == short)
        #expect(content.section.name != "نشرة الحي")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// LiveJournal prints the journal's Arabic name among its bar and links in Latin letters, and
    /// again in its sidebar: the journal's, not the post's section.
    @Test func aJournalsNameAmongTheHostsLatinLinks() throws {
        let top = ["LiveJournal", "Find more", "Communities", "Log in", "CREATE BLOG", "English (en)", "كشكول الأخبار", "kashkool_news",
                   "Recent Entries", "Archive", "Friends", "Profile", "Previous Entry", "Share", "Next Entry", "Jun. 7th, 2018", "08:43 pm"]
        let bottom = ["Current Mood: awake", "Tags: صحة, العاصمة", "1 comment", "Leave a comment", "Profile", "kashkool_news", "كشكول الأخبار",
                      "Latest Month", "June 2018", "Powered by LiveJournal.com"]
        let content = try parse(top + [Self.headline] + Self.copy + bottom)
        #expect(content.headline == Self.headline)
        #expect(content.section == PageTextParser().defaultSection)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Lemmy names the community a post went to after «to», under the poster's name: its section,
    /// though the Latin words go with the page's buttons.
    @Test func theCommunityAPostWentTo() throws {
        let top = ["lemmy.arabi.social", "Communities", "Create Post", "Search", "Login", "Sign Up"]
        let meta = ["example.com", "abu_omar", "to", "أخبار العالم", "• 5h"]
        let content = try parse(top + [Self.headline] + meta + Self.copy + ["8", "7 comments", "save", "reply"])
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "أخبار العالم")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A short title right under the blog's own links, over its stamp and who posted it («نُشر
    /// بتاريخ … بواسطة أم عبد الله»): the title is the headline, the stamp no title, the poster's
    /// kunya a name.
    @Test func aShortTitleUnderTheBlogsLinks() throws {
        let stamp = "نُشر بتاريخ 8 أبريل، 2018 بواسطة أم عبد الله"
        #expect(BylineLine.datedName(stamp) == "أم عبد الله")
        #expect(!PageTextHead.isHeadlineLike(stamp))
        let short = "مستشفى العاصمة الجديد"
        let top = ["مدونة النخلة", "متابعات يومية لأخبار المنطقة والعالم", "القائمة", "الرئيسية", "عن المدونة", "الأرشيف", "تواصل"]
        let content = try parse(top + [short, stamp] + Self.copy + ["شارك هذه المقالة:", "تويتر"])
        #expect(content.headline == short)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Thesis prints the blog's name and description under its pages' links and over the post's
    /// title, which its writer signs: the description shares no word with the title, and no
    /// section is named.
    @Test func aDescriptionOverASignedTitle() throws {
        let top = ["الرئيسية", "من أنا", "الأرشيف", "اتصل بي", "اشترك", "يوميات الخبر", "مدونة شخصية في متابعة الأخبار والتعليق عليها"]
        let content = try parse(top + [Self.headline, "بقلم حسن عبد الرحمن في 13 أكتوبر 2018"] + Self.copy + ["موسومة بـ: صحة، العاصمة"])
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
        // A headline signed over its deck shares the deck's words: it stays the headline.
        let deck = "افتتاح المستشفى الجديد يخفف الضغط عن مستشفيات العاصمة"
        let decked = try parse(["أخبار", "صحة", "رياضة", "اقتصاد", "صحة", Self.headline, deck, "بقلم حسن عبد الرحمن"] + Self.copy)
        #expect(decked.headline == Self.headline)
    }
}
