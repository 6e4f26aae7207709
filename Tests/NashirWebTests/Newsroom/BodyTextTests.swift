import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirWeb

/// The editor's plain-text body: every kind of block typed with the keyboard, and back.
@Suite struct BodyTextTests {
    static let typed = """
        فقرة أولى من الخبر
        تكمل في سطر ثانٍ.

        ## ردود الفعل

        > كان فوزًا مستحقًا
        — المدرب

        - الهدف الأول
        - الهدف الثاني

        ١. أولًا
        ٢. ثانيًا

        [صورة ١٢: لحظة الهدف]

        [تضمين https://x.com/post/1]

        * * *

        فقرة بعد الفاصل.
        """

    @Test func everyKindOfBlockIsTypedAsPlainText() {
        #expect(BodyText.blocks(from: Self.typed) == [
            .paragraph("فقرة أولى من الخبر تكمل في سطر ثانٍ."),
            .subheading("ردود الفعل"),
            .quote("كان فوزًا مستحقًا", source: "المدرب"),
            .list(["الهدف الأول", "الهدف الثاني"], ordered: false),
            .list(["أولًا", "ثانيًا"], ordered: true),
            .image(MediaID(12), caption: "لحظة الهدف"),
            .embed(url: "https://x.com/post/1"),
            .divider,
            .paragraph("فقرة بعد الفاصل."),
        ])
        // Any run of three dashes, stars or underscores alone draws the rule too.
        #expect(["---", "___", "*****", "- - -"].allSatisfy { BodyText.blocks(from: "أ.\n\n\($0)\n\nب.")[1] == .divider })
    }

    @Test func printingAndReadingBackChangesNothing() {
        let blocks = BodyText.blocks(from: Self.typed)
        #expect(BodyText.blocks(from: BodyText.text(of: blocks)) == blocks)
    }

    @Test func ordinaryCopyStaysParagraphs() {
        let copy = "قال الوزير - في تصريح - إن «الاتفاق» قريب.\n\n2020 كانت سنة صعبة.\n\n[ملاحظة المحرر]"
        #expect(BodyText.blocks(from: copy).allSatisfy { $0.kind == "paragraph" })
    }
}

/// The editor's buttons say what they do to this story for this person.
@Suite struct EditorActionTests {
    static func story(_ status: ArticleStatus, by author: UserID) -> Article {
        Article(id: ArticleID(1), content: TestDraft.make(key: "s", status: status, publishedAt: nil).content,
                createdAt: TestDraft.baseDate, updatedAt: TestDraft.baseDate, revision: 1, author: author)
    }

    static let writer = User(id: UserID(1), name: "amal", displayName: "أمل", role: .writer, createdAt: TestDraft.baseDate)
    static let editor = User(id: UserID(2), name: "omar", displayName: "عمر", role: .editor, createdAt: TestDraft.baseDate)

    static func buttons(_ user: User, _ article: Article) -> [String] {
        EditorAction.available(to: user, for: article, now: TestDraft.baseDate).map { "\($0.value): \($0.label)" }
    }

    @Test func aStoryInReviewGoesBackOneWayNamedForWhoIsAsking() {
        let inReview = Self.story(.inReview, by: Self.writer.id)
        #expect(Self.buttons(Self.writer, inReview).contains("sendBack: سحب من المراجعة"))
        #expect(Self.buttons(Self.editor, inReview).contains("sendBack: إعادة إلى الكاتب"))
        #expect(!Self.buttons(Self.editor, inReview).contains { $0.hasPrefix("take:") })
    }

    @Test func anAgencyItemIsTakenIntoTheDrafts() {
        let incoming = Self.story(.incoming, by: Self.editor.id)
        let buttons = Self.buttons(Self.editor, incoming)
        #expect(buttons.contains("take: نقل إلى المسودات") && !buttons.contains { $0.hasPrefix("sendBack:") })
    }
}
