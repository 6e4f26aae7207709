import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

extension BrowserTests {
    /// The editor's writing aids as a writer uses them: tags suggested from the newsroom's own,
    /// inline marks, and the preview in the site's theme that saves nothing.
    @Suite("Editor preview and tags")
    struct EditorPreviewTests {
        @Test("A writer types a second tag and is offered the newsroom's «طرابلس» after the first; «معاينة في قالب الموقع» opens the unsaved story, its emphasis and link, in a new tab, and nothing is saved")
        func writerPreviewsUnsavedStoryWithSuggestedTags() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let tagged = TestDraft.make(key: "older", tags: [Tag(slug: "طرابلس", name: "طرابلس"), Tag(slug: "ليبيا", name: "ليبيا")])
                _ = try await newsroom.store.create(tagged, by: writer.user.id)
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(writer, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.newArticle))
                    try await browser.element("#section").sendKeys("أخبار")
                    try await browser.element("#headline").sendKeys("وفد تركي يصل إلى طرابلس")
                    try await browser.element("#body").sendKeys("وصل الوفد *صباح اليوم* بحسب [وكالة الأنباء](https://example.com/wire).")
                    try await browser.element("#tags").sendKeys("ليبيا، طر")
                    let offered = try await browser.execute("return Array.from(document.querySelectorAll('#known-tags option'), (o) => o.value);").strings
                    #expect(offered == ["ليبيا، طرابلس"], "the datalist offers \(offered)")

                    let before = try await browser.windowHandles()
                    let preview = try await browser.element("form.editor button[formaction='\(NewsroomRoute.preview.path)']")
                    #expect(try await preview.text() == "معاينة في قالب الموقع")
                    try await FormInput.scrollIntoView(preview, in: browser).click()
                    var opened: [String] = []
                    #expect(try await eventually { opened = try await browser.windowHandles().filter { !before.contains($0) }; return opened.count == 1 })
                    try await browser.switchToWindow(try #require(opened.first))
                    #expect(try await eventually { (try? await browser.element(".preview-banner").isDisplayed()) == true }, "the preview tab shows no banner")
                    #expect(try await browser.element("h1.headline").text() == "وفد تركي يصل إلى طرابلس")
                    #expect(try await browser.element(".article-body em").text() == "صباح اليوم")
                    let link = try await browser.element(".article-body a[href='https://example.com/wire']")
                    #expect(try await link.text() == "وكالة الأنباء")
                    #expect(try await link.attribute("rel") == "noopener nofollow")
                    let stories = try await newsroom.store.list(ArticleQuery(publishedOnly: false, limit: 10_000), now: Date.distantFuture)
                    #expect(!stories.items.contains { $0.headline == "وفد تركي يصل إلى طرابلس" }, "the preview saved the story")
                }
            }
        }
    }
}
