import NashirDomain
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
        ])
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
