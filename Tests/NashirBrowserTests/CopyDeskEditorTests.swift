import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

extension BrowserTests {
    /// The copy desk in the editor as a writer and an editor use it: findings appear as the story
    /// is typed, a click selects the words, «أصلح» fixes them, and publishing with an error waits
    /// for a confirmation.
    @Suite("Copy desk in the editor")
    struct CopyDeskEditorTests {
        static let story = StoryText(
            section: "أخبار", headline: "الوفد يصل إلى العاصمة",
            paragraphs: ["وصل الوفد إلى العاصمة صباح اليوم في زيارة رسمية.", "وقال المتحدث إنهم لن يسعون للحرب، وإن المحادثات ستبدأ غدًا."],
            tags: [])

        /// The panel's findings as «rule-less» text lines.
        static func findings(in browser: BrowserSession) async throws -> [String] {
            try await browser.execute("return Array.from(document.querySelectorAll('#copy-findings li'), (li) => li.querySelector('.go').innerText.trim())").strings
        }

        @Test("A writer types «لن يسعون»; the panel flags it, a click selects the verb in the text, and «أصلح» writes «يسعوا»")
        func findingsAppearSelectAndFix() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("amal", displayName: "أمل", role: .writer)
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(writer, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.newArticle))
                    try await DeskScreen.fill(Self.story, in: browser)
                    let flagged = try await eventually(timeout: .seconds(10)) {
                        try await Self.findings(in: browser).contains { $0.contains("بعد «لن» تُحذف نون الأفعال الخمسة") }
                    }
                    let listed = try await Self.findings(in: browser)
                    try #require(flagged, "the panel never listed the verb: \(listed)")
                    #expect(try await browser.element("#copy-findings [role=status]").text().contains("خطأ"))
                    // Marked in the text itself, on the backdrop behind the field, where the verb is.
                    let marked = try await browser.execute("""
                        const mark = document.querySelector('.marked-field .marks mark.error');
                        if (!mark) { return null; }
                        const box = mark.getBoundingClientRect(), field = document.getElementById('body').getBoundingClientRect();
                        return [mark.textContent, box.top >= field.top && box.bottom <= field.bottom && box.left >= field.left && box.right <= field.right];
                        """)
                    #expect(marked.array?.first?.string == "يسعون")
                    #expect(marked.array?.last?.bool == true, "the mark lies outside the text field")

                    try await browser.element("#copy-findings li .go").click()
                    let selected = try await browser.execute("""
                        const body = document.getElementById('body');
                        return [document.activeElement === body, body.value.slice(body.selectionStart, body.selectionEnd)];
                        """)
                    #expect(selected.array?.first?.bool == true, "the click did not focus the story's text")
                    #expect(selected.array?.last?.string == "يسعون")

                    let fix = try await browser.element("#copy-findings li .fix")
                    #expect(try await fix.text() == "أصلح: يسعوا")
                    try await fix.click()
                    #expect(try await browser.execute("return document.getElementById('body').value").string?.contains("لن يسعوا للحرب") == true)
                    let cleared = try await eventually(timeout: .seconds(10)) { try await Self.findings(in: browser).isEmpty }
                    let left = try await Self.findings(in: browser)
                    #expect(cleared, "after the fix the panel still lists: \(left)")
                    #expect(try await browser.element("#copy-findings [role=status]").text() == "لم يجد التدقيق شيئًا.")
                }
            }
        }

        @Test("An editor presses «نشر الآن» on a story with an error: it is held back until «انشر رغم هذه الأخطاء» is ticked")
        func publishingWithAnErrorAsksFirst() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let editor = try await newsroom.addAccount("omar", displayName: "عمر", role: .editor)
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(editor, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.newArticle))
                    try await DeskScreen.fill(Self.story, in: browser)
                    #expect(try await DeskScreen.press("publish", labelled: "نشر الآن", in: browser) == 422)
                    #expect(try await browser.element("#copy-errors h2").text() == "أخطاء وجدها التدقيق")
                    #expect(try await browser.element("#copy-errors li").text().contains("«يسعون»"))
                    let box = try await browser.element("#confirmFindings")
                    try await FormInput.scrollIntoView(box, in: browser).click()
                    #expect(try await DeskScreen.press("publish", labelled: "نشر الآن", in: browser) == 200)
                    #expect(try await DeskScreen.statusLine(in: browser).contains("منشور"))
                }
            }
        }
    }
}
