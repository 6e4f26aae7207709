import NashirDomain
import Testing

extension BrowserTests {
    /// The seed article's page reads like the seed: Arabic, right to left, the same text in the same order.
    @Suite("Article page")
    struct ArticlePageTests {
        @Test("The page is Arabic, right to left, with one visible h1: the headline")
        func arabicRightToLeftWithOneHeadline() async throws {
            let site = try BrowserSite.current()
            let headline = site.server.article.content.headline
            try await site.withArticle { browser in
                let html = try await browser.element("html")
                #expect(try await html.attribute("lang") == "ar")
                #expect(try await html.attribute("dir") == "rtl")
                var visibleHeadings: [String] = []
                for heading in try await browser.elements("h1") {
                    if try await heading.isDisplayed() { visibleHeadings.append(try await heading.text()) }
                }
                #expect(visibleHeadings == [headline])
                #expect(try await browser.execute("return document.title").string?.hasPrefix(headline) == true)
            }
        }

        @Test("The visible text holds the seed lines in order, section label through «زر الذهاب إلى الأعلى»")
        func visibleTextFollowsSeed() async throws {
            let site = try BrowserSite.current()
            // The page the seed was taken from printed «العلامات» over an empty list; Nashir prints
            // the heading only over tags, so it is expected only when the seed article has some.
            let expected = try SeedPage.visibleAndHiddenLines().visible
                .filter { $0 != "العلامات" || !site.server.article.content.tags.isEmpty }
            try await site.withArticle { browser in
                // innerText is what is rendered: hidden popovers are left out, and the clipped
                // screen-reader text of the back-to-top link is still in.
                let script = "return arguments[0].innerText.split('\\n').map(l => l.trim()).filter(l => l)"
                let lines = try await browser.execute(script, try await browser.element("body").asScriptArgument).strings
                let missing = firstMissingInOrder(expected, in: lines)
                #expect(missing == nil, "seed line missing or out of order in the visible text: \(missing ?? "")")
                // The header's section list also names «أخبار عربية»; the article itself must open with
                // the label and the headline, as the seed does.
                let articleLines = try await browser.execute(script, try await browser.element("article").asScriptArgument).strings
                #expect(Array(articleLines.prefix(2)) == Array(expected.prefix(2)))
            }
        }

        @Test("«إغلاق», «إغلاق», «X» follow the back-to-top text in document order, in closed popovers and the share bar")
        func closedControlsFollowInDocumentOrder() async throws {
            let site = try BrowserSite.current()
            let (visible, hidden) = try SeedPage.visibleAndHiddenLines()
            #expect(hidden == ["إغلاق", "إغلاق", "X"], "the seed's trailing lines changed")
            try await site.withArticle { browser in
                // Every text node's content in document order, hidden or not, from the back-to-top
                // link on: textContent sees into closed popovers where innerText cannot.
                let texts = try await browser.execute("""
                    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                    const texts = [];
                    while (walker.nextNode()) { const text = walker.currentNode.nodeValue.trim(); if (text) texts.push(text); }
                    return texts;
                    """).strings
                let missing = firstMissingInOrder([visible.last ?? ""] + hidden, in: texts)
                #expect(missing == nil, "not found in order in the page's text: \(missing ?? "")")

                let closers = try await browser.elements("#side-menu .close-button, #search-overlay .close-button")
                #expect(closers.count == 2)
                for closer in closers {
                    #expect(try await closer.property("textContent").string?.contains("إغلاق") == true)
                    #expect(try await closer.isDisplayed() == false, "a closed popover's button is on screen")
                }
                let share = try await browser.element(".share-bar .share-x")
                #expect(try await share.text() == "X")
            }
        }
    }
}
