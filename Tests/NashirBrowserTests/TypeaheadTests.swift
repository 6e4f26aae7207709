import Foundation
import NashirDomain
import Testing

extension BrowserTests {
    /// The type-ahead under the search boxes, as a reader types, arrows, presses Escape or clicks;
    /// on a fast and on a slow connection. The articles suggested are `SearchArticles`.
    @Suite("Search type-ahead")
    struct TypeaheadTests {
        static let coach = SearchArticles.coachHeadline
        static let analyst = SearchArticles.analystHeadline

        @Test("Typing «احم» (no hamza) in the overlay suggests the tag «أحمد حسن» and both «أحمد» headlines; arrows and Enter open one")
        func overlaySuggestionsOpenTheChosenArticle() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                let input = try await SearchScreen.openOverlay(in: browser)
                try await input.sendKeys("احم")
                let suggestions = try await SearchScreen.awaitSuggestions(for: "search-query", in: browser)
                // Tags first, then headlines newest first.
                #expect(suggestions.map { "\($0.kind) \($0.text)" } == ["وسم أحمد حسن", "خبر \(Self.analyst)", "خبر \(Self.coach)"],
                        "suggestions for «احم»: \(suggestions)")
                #expect(SearchScreen.path(of: suggestions.first?.href ?? "") == "/tag/ahmed-hassan", "the tag suggestion does not lead to its tag page")
                #expect(suggestions.allSatisfy { $0.reachable }, "suggestions the reader cannot see or click (clipped or covered): \(suggestions)")
                #expect(try await input.attribute("aria-expanded") == "true", "the combobox does not announce its open list")
                #expect(suggestions.allSatisfy { !$0.selected }, "an option is selected before any arrow key: \(suggestions)")

                // Down past the coach's story (the list wraps), then up back to it.
                let target = try #require(suggestions.firstIndex { $0.text == Self.coach }, "«\(Self.coach)» is not suggested")
                for _ in 0...(target + 1) { try await input.sendKeys(Key.arrowDown) }
                try await input.sendKeys(Key.arrowUp)
                let selected = try await SearchScreen.suggestions(for: "search-query", in: browser).filter(\.selected)
                #expect(selected.map(\.text) == [Self.coach], "after ArrowDown ×\(target + 2) and ArrowUp the selection is \(selected)")
                #expect(try await input.attribute("aria-activedescendant") == suggestions[target].id,
                        "aria-activedescendant does not point at the selected option, so a screen reader cannot announce it")

                try await input.sendKeys(Key.enter)
                let href = suggestions[target].href
                let (opened, address) = try await SearchScreen.awaitAddress(in: browser) { $0 == href }
                #expect(opened, "Enter on the selected suggestion did not open \(href); the browser is at \(address)")
                #expect(SearchScreen.path(of: href).hasPrefix("/news/"), "a headline suggestion should lead to an article, not \(href)")
                #expect(try await browser.element("h1").text() == Self.coach)
            }
        }

        @Test("A suggestion held down like a slow click still opens: «أحمد حسن» leads to its tag page")
        func heldSuggestionOpens() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                let input = try await SearchScreen.openOverlay(in: browser)
                try await input.sendKeys("احم")
                let suggestions = try await SearchScreen.awaitSuggestions(for: "search-query", in: browser)
                let tag = try #require(suggestions.first { $0.kind == "وسم" }, "no tag among the suggestions for «احم»: \(suggestions)")
                try await browser.press(try await browser.element("#\(tag.id) a"), holding: .milliseconds(400))
                let (opened, address) = try await SearchScreen.awaitAddress(in: browser) { SearchScreen.path(of: $0) == "/tag/ahmed-hassan" }
                #expect(opened, "pressing «\(tag.text)» for 0.4 s did not open its tag page; the browser is at \(address)")
                #expect(try await browser.element("h1").text() == SearchArticles.ahmedTag.name)
            }
        }

        @Test("On a phone, Escape closes the suggestions (aria-expanded false) and keeps the overlay and the typed text; Escape then closes the overlay")
        func escapeClosesTheSuggestionsBeforeTheOverlay() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.emulateViewport(width: 390, height: 844, mobile: true)
                try await browser.navigate(to: site.server.articleURL)
                let input = try await SearchScreen.openOverlay(in: browser)
                try await input.sendKeys("احمد")
                let suggestions = try await SearchScreen.awaitSuggestions(for: "search-query", in: browser)
                try #require(!suggestions.isEmpty, "no suggestions for «احمد»")
                #expect(suggestions.allSatisfy { $0.reachable }, "on a phone, suggestions the reader cannot see or tap: \(suggestions)")
                try await input.sendKeys(Key.escape)

                let list = try await browser.element("#search-query-suggestions")
                #expect(try await eventually { try await !list.isDisplayed() }, "Escape left the suggestion list open")
                #expect(try await input.attribute("aria-expanded") == "false", "the combobox still says its list is expanded")
                #expect(try await input.attribute("aria-activedescendant") == nil)
                let overlay = try await browser.element("#search-overlay")
                #expect(try await overlay.isDisplayed(), "the first Escape closed the whole overlay, not just the suggestions")
                #expect(try await input.property("value").string == "احمد", "Escape cleared what the reader typed")

                // Once the list is closed, Escape is the overlay's again. Chromium first empties a search
                // box that holds text, so the overlay closes on the second press or the third.
                var presses = 0
                while try await overlay.isDisplayed(), presses < 2 {
                    try await input.sendKeys(Key.escape)
                    presses += 1
                    _ = try await eventually(timeout: .milliseconds(500)) { try await !overlay.isDisplayed() }
                }
                #expect(try await !overlay.isDisplayed(), "Escape no longer closes the overlay after the suggestions were closed")
            }
        }

        @Test("On a slow connection, suggestions still on their way when the reader presses Escape or leaves the box stay closed")
        func lateSuggestionsStayClosed() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/search"))
                try await browser.emulateNetwork(latency: .milliseconds(600))
                let input = try await browser.element("#search-page-query")
                let typed = ContinuousClock.now
                try await input.sendKeys("احم")
                try #require(!(try await SearchScreen.awaitSuggestions(for: "search-page-query", in: browser)).isEmpty, "no suggestions for «احم»")
                try #require(ContinuousClock.now - typed > .milliseconds(600), "the suggestions came fast: the slow connection is not in effect, so this test proves nothing")

                // «د» sends a new request; Escape comes before its answer.
                try await input.sendKeys("د")
                try await Task.sleep(for: .milliseconds(250))
                try await input.sendKeys(Key.escape)
                try await Task.sleep(for: .milliseconds(900))
                #expect(try await SearchScreen.suggestions(for: "search-page-query", in: browser).isEmpty, "an answer that arrived after Escape reopened the list")
                #expect(try await input.attribute("aria-expanded") == "false")

                // A keystroke sends a request; the reader clicks elsewhere before its answer.
                try await input.sendKeys(" ح")
                try await Task.sleep(for: .milliseconds(250))
                try await browser.element("h1").click()
                try await Task.sleep(for: .milliseconds(900))
                #expect(try await SearchScreen.suggestions(for: "search-page-query", in: browser).isEmpty,
                        "an answer that arrived after the reader left the box opened the list over the page")
            }
        }
    }
}
