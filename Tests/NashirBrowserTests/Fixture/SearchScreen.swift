import Foundation
import Testing

/// What a reader sees of the search page and of a type-ahead list, read in one script call each
/// (innerText, so only rendered text counts) and compared in the tests.
enum SearchScreen {
    /// The search page after a search: heading, count, results with their marked words, form state.
    struct Results: Sendable {
        var heading = ""
        var count = ""
        var headlines: [String] = []
        var headlineMarks: [String] = []
        var excerptMarks: [String] = []
        var sections: [String] = []
        /// Each result's `<time datetime>`, an ISO 8601 instant.
        var published: [String] = []
        var query = ""
        var selectedSection = ""
        var from = ""
        var to = ""
        var didYouMean = ""
        var nextPage: String?
    }

    static func results(in browser: BrowserSession) async throws -> Results {
        let json = try await browser.execute("""
            const text = (element) => element ? element.innerText.trim() : '';
            const all = (css, read) => Array.from(document.querySelectorAll(css), read);
            const field = (css) => document.querySelector(css)?.value ?? '';
            return {
              heading: text(document.querySelector('h1')),
              count: text(document.querySelector('.list-subheading')),
              headlines: all('ol.search-results .card-headline a', text),
              headlineMarks: all('ol.search-results .card-headline mark', text),
              excerptMarks: all('ol.search-results .card-highlight mark', text),
              sections: all('ol.search-results .card-section', text),
              published: all('ol.search-results time', (time) => time.getAttribute('datetime')),
              query: field('#search-page-query'),
              selectedSection: field('.search-form select[name=section]'),
              from: field('.search-form input[name=from]'),
              to: field('.search-form input[name=to]'),
              didYouMean: text(document.querySelector('.did-you-mean a')),
              nextPage: document.querySelector('nav.pagination a[rel=next]')?.href ?? null,
            };
            """)
        return Results(
            heading: json["heading"]?.string ?? "", count: json["count"]?.string ?? "",
            headlines: json["headlines"]?.strings ?? [], headlineMarks: json["headlineMarks"]?.strings ?? [],
            excerptMarks: json["excerptMarks"]?.strings ?? [], sections: json["sections"]?.strings ?? [],
            published: json["published"]?.strings ?? [], query: json["query"]?.string ?? "",
            selectedSection: json["selectedSection"]?.string ?? "", from: json["from"]?.string ?? "",
            to: json["to"]?.string ?? "", didYouMean: json["didYouMean"]?.string ?? "", nextPage: json["nextPage"]?.string)
    }

    /// One option of a type-ahead list.
    struct Suggestion: Sendable, Equatable, CustomStringConvertible {
        let id: String
        /// «خبر» or «وسم», as shown.
        let kind: String
        let text: String
        /// Absolute, as the browser resolved it.
        let href: String
        let selected: Bool
        /// Whether the option is on top at its centre, so a reader sees it and a click lands on it
        /// (false when it is scrolled away, clipped by its container, or covered).
        let reachable: Bool

        var description: String { "\(kind) «\(text)»\(selected ? " (selected)" : "")\(reachable ? "" : " (hidden)")" }
    }

    /// The options of the list under `inputID`, empty while it is hidden.
    static func suggestions(for inputID: String, in browser: BrowserSession) async throws -> [Suggestion] {
        let json = try await browser.execute("""
            const list = document.getElementById(arguments[0] + '-suggestions');
            if (!list || !list.checkVisibility()) return [];
            return Array.from(list.querySelectorAll('[role=option]'), (option) => {
              const link = option.querySelector('a');
              const box = option.getBoundingClientRect();
              const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              const kind = option.querySelector('.typeahead-kind');
              return {
                id: option.id, kind: kind ? kind.innerText.trim() : '',
                text: link ? link.innerText.replace(kind ? kind.innerText : '', '').trim() : '',
                href: link ? link.href : '', selected: option.getAttribute('aria-selected') === 'true',
                reachable: option.contains(top),
              };
            });
            """, .string(inputID))
        return (json.array ?? []).map {
            Suggestion(
                id: $0["id"]?.string ?? "", kind: $0["kind"]?.string ?? "", text: $0["text"]?.string ?? "",
                href: $0["href"]?.string ?? "", selected: $0["selected"]?.bool ?? false, reachable: $0["reachable"]?.bool ?? false)
        }
    }

    /// Waits up to 5 s for the list under `inputID` to show options, and returns them.
    static func awaitSuggestions(for inputID: String, in browser: BrowserSession) async throws -> [Suggestion] {
        var found: [Suggestion] = []
        _ = try await eventually {
            found = try await suggestions(for: inputID, in: browser)
            return !found.isEmpty
        }
        return found
    }

    /// The query parameters of `url`, decoded as a form submission encodes them ("+" is a space).
    static func queryItems(of url: String) -> [String: String] {
        let pairs = (URLComponents(string: url)?.percentEncodedQuery ?? "").split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
        return Dictionary(pairs) { first, _ in first }
    }

    static func path(of url: String) -> String {
        URLComponents(string: url)?.path ?? ""
    }

    // MARK: - Getting there

    /// Opens the header's search overlay with its button and returns the box in it.
    static func openOverlay(in browser: BrowserSession) async throws -> WebElement {
        try await browser.element(".search-button").click()
        let overlay = try await browser.element("#search-overlay")
        try #require(try await eventually { try await overlay.isDisplayed() }, "the search button did not open the overlay")
        return try await browser.element("#search-query")
    }

    /// Waits up to 5 s for the browser's address to satisfy `condition`; returns whether it did, and the address.
    static func awaitAddress(in browser: BrowserSession, _ condition: (String) -> Bool) async throws -> (Bool, String) {
        var address = ""
        let reached = try await eventually {
            address = try await browser.currentURL()
            return condition(address)
        }
        return (reached, address)
    }

    /// Waits for the address to carry `name=value` and fails the test if it does not; returns its parameters.
    @discardableResult
    static func requireQuery(
        _ name: String, _ value: String, in browser: BrowserSession, _ problem: String = "the search did not run",
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [String: String] {
        let (reached, address) = try await awaitAddress(in: browser) { SearchScreen.queryItems(of: $0)[name] == value }
        try #require(reached, "\(problem): no \(name)=\(value) in \(address)", sourceLocation: sourceLocation)
        return SearchScreen.queryItems(of: address)
    }

    /// `text` as a query-string value.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
