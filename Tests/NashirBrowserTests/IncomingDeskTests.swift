import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

extension BrowserTests {
    /// The incoming desk as an editor works it: agency copy arrives, the same story from two
    /// agencies shows once, and one click makes an item the editor's draft to publish.
    @Suite("Incoming desk")
    struct IncomingDeskTests {
        static func wire(_ source: String, key: String, headline: String, body: [String], credit: String) -> ArticleDraft {
            var draft = TestDraft.make(key: key, source: source, headline: headline, body: body, status: .incoming, publishedAt: nil)
            draft.content.credit = credit
            draft.content.sourceURL = "https://wire.example/\(key)"
            return draft
        }

        @Test("An item arrives on «الوارد»; an editor presses «تحرير ونشر», edits the headline, publishes, and readers see the story credited to its agency")
        func editorTakesEditsAndPublishesAnIncomingItem() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let editor = try await newsroom.addAccount("salma", displayName: "سلمى يوسف", role: .editor)
                let body = ["أعلنت الحكومة الليبية صباح اليوم عن اتفاق جديد لوقف إطلاق النار في طرابلس برعاية أممية.",
                            "وقال المتحدث باسم الحكومة إن الاتفاق يدخل حيز التنفيذ منتصف الليل."]
                let saved = try await newsroom.store.save([
                    Self.wire("رويترز", key: "LYB-1", headline: "اتفاق لوقف إطلاق النار في طرابلس", body: body, credit: "رويترز"),
                ])
                let item = try #require(saved.first?.article)

                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(editor, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.incoming))
                    #expect(try await browser.element("main h1").text() == "الوارد")
                    #expect(try await browser.element("ol.incoming li.story h2 a").text() == "اتفاق لوقف إطلاق النار في طرابلس")
                    #expect(try await browser.element("ol.incoming li.story .source").text() == "رويترز")
                    let take = try await browser.element("ol.incoming li.story > article > form button[type=submit]")
                    #expect(try await take.text() == "تحرير ونشر")
                    #expect(try await DeskScreen.awaitNewPage(in: browser) { try await FormInput.scrollIntoView(take, in: browser).click() } == 200)
                    try await DeskScreen.requirePath(NewsroomRoute.article(item.id).path, in: browser, "«تحرير ونشر» did not open the editor")
                    #expect(try await DeskScreen.notice(in: browser) == "صار الخبر الوارد مسودة باسمك: حرّره ثم انشره.")
                    #expect(try await DeskScreen.statusLine(in: browser).contains("المصدر: رويترز"))

                    let headline = try await browser.element("#headline")
                    try await headline.clear()
                    try await headline.sendKeys("وقف لإطلاق النار في طرابلس منتصف الليل")
                    #expect(try await DeskScreen.press("publish", labelled: "نشر الآن", in: browser) == 200)

                    // Taken, it has left the incoming list.
                    try await browser.navigate(to: newsroom.url(.incoming))
                    #expect(try await browser.elements("ol.incoming li.story").isEmpty)
                }
                let published = try #require(try await newsroom.store.article(id: item.id))
                #expect(published.content.status == .published)
                #expect(published.author == editor.user.id, "the draft is not the editor's")

                try await site.withBrowser { reader in
                    try await reader.navigate(to: newsroom.url(SiteRoute.of(published)))
                    #expect(try await DeskScreen.responseStatus(in: reader) == 200)
                    #expect(try await reader.element("h1.headline").text() == "وقف لإطلاق النار في طرابلس منتصف الليل")
                    #expect(try await reader.element(".article-meta .source-credit").text() == "المصدر: رويترز")
                }
            }
        }
    }
}
