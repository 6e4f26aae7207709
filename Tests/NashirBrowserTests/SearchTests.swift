import Foundation
import NashirDomain
import Testing

extension BrowserTests {
    /// The search results page as a reader uses it: reached from the overlay, the matched words
    /// marked, «هل تقصد», filters and pagination, a clean console, and without JavaScript.
    /// The articles searched for are `SearchArticles`.
    @Suite("Search results")
    struct SearchTests {
        static let coach = SearchArticles.coachHeadline
        static let analyst = SearchArticles.analystHeadline

        @Test("Searching «احمد» from the overlay lists both stories with «أحمد» marked as written, in headline and excerpt")
        func overlaySearchMarksTheWordsAsWritten() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                let input = try await SearchScreen.openOverlay(in: browser)
                try await input.sendKeys("احمد")
                // The suggestions open under the box; the «بحث» button must stay within reach.
                _ = try await SearchScreen.awaitSuggestions(for: "search-query", in: browser)
                try await browser.element("#search-overlay button[type=submit]").click()
                let (landed, address) = try await SearchScreen.awaitAddress(in: browser) { SearchScreen.path(of: $0) == "/search" }
                try #require(landed, "submitting the overlay did not reach /search; the browser is at \(address)")
                #expect(SearchScreen.queryItems(of: address)["q"] == "احمد")

                let page = try await SearchScreen.results(in: browser)
                #expect(page.heading == "نتائج البحث عن «احمد»")
                #expect(page.count == "نتيجتان", "the count line reads «\(page.count)» for the two stories naming أحمد")
                #expect(Set(page.headlines) == [Self.coach, Self.analyst], "results: \(page.headlines)")
                // The reader typed no hamza; the page marks the words as the stories spell them.
                #expect(page.headlineMarks == ["أحمد", "أحمد"], "marked in the headlines: \(page.headlineMarks)")
                #expect(page.excerptMarks == ["أحمد", "أحمد"], "marked in the excerpts: \(page.excerptMarks)")
                #expect(page.query == "احمد", "the search box on the results page lost the query")
            }
        }

        @Test("A misspelt query offers «هل تقصد: البورصة؟», and following it runs the corrected search", arguments: [
            "البورضة",  // ص typed as ض
            "hgf,vwm",  // البورصة typed with the keyboard left on the Latin layout
        ])
        func didYouMeanRunsTheCorrectedSearch(typed: String) async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/search"))
                let input = try await browser.element("#search-page-query")
                try await input.sendKeys(typed)
                try await input.sendKeys(Key.enter)
                try await SearchScreen.requireQuery("q", typed, in: browser)
                var page = try await SearchScreen.results(in: browser)
                #expect(page.count == "لا توجد نتائج")
                #expect(page.didYouMean == "البورصة", "no «هل تقصد» correction to «البورصة» for «\(typed)»; offered «\(page.didYouMean)»")
                #expect(try await browser.element(".did-you-mean").text() == "هل تقصد: البورصة؟")

                try await browser.element(".did-you-mean a").click()
                try await SearchScreen.requireQuery("q", "البورصة", in: browser, "following «هل تقصد» did not search «البورصة»")
                page = try await SearchScreen.results(in: browser)
                #expect(page.heading == "نتائج البحث عن «البورصة»")
                #expect(page.count == "نتيجة واحدة")
                #expect(page.headlines == [Self.analyst])
                #expect(page.headlineMarks == ["البورصة"])
                #expect(page.didYouMean.isEmpty, "a search that found something still offers a correction")
            }
        }

        // MARK: - Filters and pagination

        @Test("A section and a start date narrow «الدوري» from 26 to 22 results and stay chosen; «التالي» keeps both filters")
        func filtersNarrowAndSurvivePagination() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/search?q=" + SearchScreen.encoded("الدوري")))
                var page = try await SearchScreen.results(in: browser)
                #expect(page.count == "26 نتيجة", "before filtering, «الدوري» should match the 23 sport and 3 economy stories")
                #expect(page.selectedSection.isEmpty, "a section is preselected: \(page.selectedSection)")

                // Sport from 2 October: rounds 2 to 23, two pages of results.
                try await browser.element(".search-filters summary").click()
                try await FormInput.choose("sport", in: try await browser.element(".search-filters select[name=section]"))
                try await FormInput.setDate("2020-10-02", in: try await browser.element(".search-filters input[name=from]"), browser: browser)
                try await browser.element(".search-form button[type=submit]").click()
                try await SearchScreen.requireQuery("section", "sport", in: browser, "submitting the form did not apply the section")
                page = try await SearchScreen.results(in: browser)
                #expect(page.count == "22 نتيجة", "sport from 2 October left «\(page.count)»")
                #expect(page.selectedSection == "sport", "the chosen section is not selected on the results page")
                #expect(page.from == "2020-10-02", "the start date is gone from the form: «\(page.from)»")
                #expect(Set(page.sections) == [SearchArticles.sport.name], "results outside the chosen section: \(page.sections)")
                let firstPage = page.headlines

                try #require(page.nextPage != nil, "no «التالي» link for 22 results at 20 a page")
                try await FormInput.scrollIntoView(try await browser.element("nav.pagination a[rel=next]"), in: browser).click()
                let query = try await SearchScreen.requireQuery("page", "2", in: browser, "«التالي» did not lead to page 2")
                #expect(query["q"] == "الدوري" && query["section"] == "sport" && query["from"] == "2020-10-02",
                        "page 2's address dropped the search or a filter: \(query)")
                page = try await SearchScreen.results(in: browser)
                #expect(page.count == "22 نتيجة")
                #expect(page.selectedSection == "sport" && page.from == "2020-10-02", "page 2's form lost the filters")
                #expect(Set(page.sections) == [SearchArticles.sport.name], "page 2 lists other sections: \(page.sections)")
                let rounds = (2...SearchArticles.sportLeagueCount).map(SearchArticles.leagueHeadline(round:))
                #expect(firstPage.count + page.headlines.count == rounds.count && Set(firstPage + page.headlines) == Set(rounds),
                        "pages 1 and 2 should list rounds 2 to 23 once each; got \(firstPage.count) + \(page.headlines.count)")
            }
        }

        @Test("From and to dates narrow the results to those days, and the form keeps them")
        func dateFilterNarrowsToTheChosenDays() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/search?q=" + SearchScreen.encoded("الدوري") + "&section=sport"))
                try await browser.element(".search-filters summary").click()
                try await FormInput.setDate("2020-10-05", in: try await browser.element(".search-filters input[name=from]"), browser: browser)
                try await FormInput.setDate("2020-10-09", in: try await browser.element(".search-filters input[name=to]"), browser: browser)
                try await browser.element(".search-form button[type=submit]").click()
                try await SearchScreen.requireQuery("from", "2020-10-05", in: browser, "submitting the form did not apply the dates")

                let page = try await SearchScreen.results(in: browser)
                #expect(page.count == "5 نتائج", "5 October to 9 October should leave 5 rounds, not «\(page.count)»")
                #expect(Set(page.headlines) == Set((5...9).map(SearchArticles.leagueHeadline(round:))), "results: \(page.headlines)")
                #expect(page.published.allSatisfy { ("2020-10-05"..."2020-10-09").contains(String($0.prefix(10))) },
                        "a result outside the chosen days: \(page.published)")
                #expect(page.from == "2020-10-05" && page.to == "2020-10-09", "the form lost the dates: \(page.from)–\(page.to)")
                #expect(page.selectedSection == "sport")
                #expect(try await browser.element(".search-filters").property("open") == .bool(true), "the filters fold away although dates are set")
            }
        }

        // MARK: - Console, and without JavaScript

        @Test("Typing, choosing and searching on the search page logs no errors and no CSP violations")
        func searchPageLogsNoProblems() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/search"))
                let input = try await browser.element("#search-page-query")
                try await input.sendKeys("احم")
                // Without suggestions the fetch under test never ran, and a clean console would prove nothing.
                try #require(!(try await SearchScreen.awaitSuggestions(for: "search-page-query", in: browser)).isEmpty,
                             "no suggestions on the search page for «احم»")
                try await input.sendKeys(Key.arrowDown)
                try await input.sendKeys(Key.escape)
                try await input.sendKeys("د")
                _ = try await SearchScreen.awaitSuggestions(for: "search-page-query", in: browser)
                try await browser.element(".search-form button[type=submit]").click()
                try await SearchScreen.requireQuery("q", "احمد", in: browser)
                #expect(try await SearchScreen.results(in: browser).count == "نتيجتان")
                let problems = try await browser.consoleProblems()
                #expect(problems.isEmpty, "console: \(problems)")
            }
        }

        @Test("With JavaScript off the search form still submits, and no suggestion list appears")
        func searchPageWorksWithoutJavaScript() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser(.withoutJavaScript) { browser in
                try await browser.navigate(to: site.server.url("/search"))
                let input = try await browser.element("#search-page-query")
                // site.js makes the box a combobox; without that role, page scripts did not run.
                try #require(try await input.attribute("role") == nil, "page scripts ran; JavaScript is not disabled")
                try await input.sendKeys("احمد")
                // Longer than the type-ahead's debounce and a local fetch.
                try await Task.sleep(for: .milliseconds(400))
                #expect(try await browser.elements(".typeahead-list, [role=listbox]").isEmpty, "a suggestion list appeared without JavaScript")

                try await browser.element(".search-form button[type=submit]").click()
                try await SearchScreen.requireQuery("q", "احمد", in: browser, "the form did not submit «احمد»")
                let page = try await SearchScreen.results(in: browser)
                #expect(page.count == "نتيجتان")
                #expect(page.headlineMarks == ["أحمد", "أحمد"])
            }
        }
    }
}
