import Testing

extension BrowserTests {
    /// With JavaScript off the menu and search still work, because they are native popovers.
    @Suite("Without JavaScript")
    struct ScriptDisabledTests {
        @Test("Menu and search overlay open and close with page scripts disabled")
        func popoversWorkWithoutJavaScript() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle(.withoutJavaScript) { browser in
                // site.js adds aria-expanded to the openers; its absence proves scripts did not run.
                let opener = try await browser.element(".menu-button")
                try #require(try await opener.attribute("aria-expanded") == nil, "page scripts ran; JavaScript is not disabled")
                try await PopoverChecks.menuOpensAndCloses(in: browser)
                try await PopoverChecks.searchOpensAndCloses(in: browser)
            }
        }
    }
}
