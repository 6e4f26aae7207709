import Foundation
import NashirDomain
import Testing

extension BrowserTests {
    /// The side menu and the search overlay: native popovers opened and closed by their buttons.
    @Suite("Menu and search")
    struct PopoverTests {
        @Test("The menu button opens the side menu; its «إغلاق» button closes it")
        func menuOpensAndCloses() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                try await PopoverChecks.menuOpensAndCloses(in: browser)
                // site.js mirrors the state on the opener for assistive technology.
                let opener = try await browser.element(".menu-button")
                #expect(try await opener.attribute("aria-expanded") == "false")
            }
        }

        @Test("The search button opens the overlay with the cursor in the search box; «إغلاق» closes it")
        func searchOpensFocusedAndCloses() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                try await PopoverChecks.searchOpensAndCloses(in: browser) {
                    // site.js focuses the box in the popover's toggle event, which the browser
                    // fires in a task of its own after showing it: the box may not have it yet.
                    let focused = try await eventually {
                        try await browser.execute("return document.activeElement && document.activeElement.id").string == "search-query"
                    }
                    #expect(focused, "site.js should focus the search box when the overlay opens")
                }
            }
        }

        @Test("Searching from the overlay leads to results, not a missing page")
        func searchFindsTheSeed() async throws {
            let site = try BrowserSite.current()
            let headline = site.server.article.content.headline
            try await site.withArticle { browser in
                try await browser.element(".search-button").click()
                try await browser.element("#search-query").sendKeys("حفتر")
                try await browser.element("#search-overlay button[type=submit]").click()
                _ = try await eventually { try await browser.currentURL().contains("q=") }
                let heading = try await browser.element("h1").text()
                #expect(heading != "الصفحة غير موجودة", "search results page is the 404 page")
                let body = try await browser.element("body").text()
                #expect(body.contains(headline), "search for «حفتر» does not list the seed article")
            }
        }
    }
}

/// Popover checks shared by the scripted and the script-free runs.
enum PopoverChecks {
    static func menuOpensAndCloses(in browser: BrowserSession) async throws {
        let menu = try await browser.element("#side-menu")
        #expect(try await menu.isDisplayed() == false, "the side menu shows before it is opened")
        try await browser.element(".menu-button").click()
        #expect(try await eventually { try await menu.isDisplayed() }, "the menu button did not open #side-menu")

        let close = try await browser.element("#side-menu .close-button")
        #expect(try await close.accessibleName() == "إغلاق")
        try await close.click()
        #expect(try await eventually { try await !menu.isDisplayed() }, "«إغلاق» did not close #side-menu")
    }

    static func searchOpensAndCloses(in browser: BrowserSession, whileOpen: () async throws -> Void = {}) async throws {
        let overlay = try await browser.element("#search-overlay")
        #expect(try await overlay.isDisplayed() == false, "the search overlay shows before it is opened")
        try await browser.element(".search-button").click()
        #expect(try await eventually { try await overlay.isDisplayed() }, "the search button did not open #search-overlay")
        try await whileOpen()

        let close = try await browser.element("#search-overlay .close-button")
        #expect(try await close.accessibleName() == "إغلاق")
        try await close.click()
        #expect(try await eventually { try await !overlay.isDisplayed() }, "«إغلاق» did not close #search-overlay")
    }
}
