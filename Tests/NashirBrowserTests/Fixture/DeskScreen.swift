import Foundation
import NashirDomain
import NashirRoutes
import Testing

/// A story as a person types it into the editor.
struct StoryText: Sendable {
    var section: String
    var headline: String
    var paragraphs: [String]
    var tags: [String]

    /// The body field as the editor asks for it: a blank line between paragraphs.
    var body: String { paragraphs.joined(separator: "\n\n") }
    /// The tags field: separated by the Arabic comma.
    var tagList: String { tags.joined(separator: "، ") }
}

/// The newsroom's pages as a person uses them: signing in, filling the editor, pressing its
/// buttons, and reading what the next page says.
enum DeskScreen {
    /// Signs in by typing into the form and pressing Enter; fails the test unless the dashboard opens.
    static func signIn(_ account: Newsroom.Account, at newsroom: Newsroom, in browser: BrowserSession) async throws {
        try await browser.navigate(to: newsroom.url(.signIn))
        try await browser.element("#username").sendKeys(account.name)
        let password = try await browser.element("#password")
        try await password.sendKeys(account.password)
        try await password.sendKeys(Key.enter)
        try await requirePath(NewsroomRoute.dashboard.path, in: browser, "signing in as \(account.name) did not open the dashboard")
    }

    /// Waits for the browser to show `path` (any query) and fails the test if it does not.
    static func requirePath(
        _ path: String, in browser: BrowserSession, _ problem: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let (reached, address) = try await SearchScreen.awaitAddress(in: browser) { SearchScreen.path(of: $0) == path }
        try #require(reached, "\(problem); the browser is at \(address)", sourceLocation: sourceLocation)
    }

    /// The story an editor address names, `/admin/articles/{id}`.
    static func articleID(in address: String) -> ArticleID? {
        let parts = SearchScreen.path(of: address).split(separator: "/")
        guard parts.count == 3, parts[0] == "admin", parts[1] == "articles", let id = Int64(parts[2]) else { return nil }
        return ArticleID(id)
    }

    /// Types `story` into the empty fields of a new story's editor.
    static func fill(_ story: StoryText, in browser: BrowserSession) async throws {
        try await browser.element("#section").sendKeys(story.section)
        try await browser.element("#headline").sendKeys(story.headline)
        try await browser.element("#body").sendKeys(story.body)
        try await browser.element("#tags").sendKeys(story.tagList)
    }

    /// The editor's buttons, as `value: label`, in the order shown.
    static func actions(in browser: BrowserSession) async throws -> [String] {
        try await browser.execute("""
            return Array.from(document.querySelectorAll('form.editor button[name=action]'), (button) => button.value + ': ' + button.innerText.trim());
            """).strings
    }

    /// Presses the editor's button for `action` (checking it reads `label`), waits for the page
    /// the server answers with, and returns that page's HTTP status.
    @discardableResult
    static func press(
        _ action: String, labelled label: String, in browser: BrowserSession, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Int {
        let button = try await browser.element("form.editor button[value=\(action)]")
        #expect(try await button.text() == label, "the \(action) button is labelled otherwise", sourceLocation: sourceLocation)
        return try await awaitNewPage(in: browser, sourceLocation: sourceLocation) {
            try await FormInput.scrollIntoView(button, in: browser).click()
        }
    }

    /// Runs `trigger` (a click, a key) and waits for the browser to load the page it leads to;
    /// returns that page's HTTP status. Compares documents, not addresses: a save answers with the
    /// editor at the address it was already at.
    @discardableResult
    static func awaitNewPage(
        in browser: BrowserSession, sourceLocation: SourceLocation = #_sourceLocation, _ trigger: () async throws -> Void
    ) async throws -> Int {
        let before = try await browser.execute("return performance.timeOrigin").double
        try await trigger()
        // While the old page unloads, scripts may fail to run: that counts as not there yet.
        let arrived = try await eventually(timeout: .seconds(15)) {
            let page = try? await browser.execute("return [performance.timeOrigin, document.readyState]")
            return page?.array?.first?.double != before && page?.array?.last?.string == "complete"
        }
        try #require(arrived, "no new page loaded", sourceLocation: sourceLocation)
        return try await responseStatus(in: browser)
    }

    /// Fills the editor's «رفع صورة رئيسية» form, picking `file` as a person picks it from the
    /// disk (chromedriver takes a local path for a file input), presses «رفع الصورة», and returns
    /// the HTTP status of the page the upload leads to.
    static func uploadLeadImage(
        _ file: URL, alt: String, caption: String, credit: String, in browser: BrowserSession,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Int {
        #expect(try await browser.element("section.upload h2").text() == "رفع صورة رئيسية", sourceLocation: sourceLocation)
        try await browser.element("section.upload #file").sendKeys(file.path)
        try await browser.element("section.upload #alt").sendKeys(alt)
        try await browser.element("section.upload #caption").sendKeys(caption)
        try await browser.element("section.upload #credit").sendKeys(credit)
        let button = try await browser.element("section.upload button[type=submit]")
        #expect(try await button.text() == "رفع الصورة", "the upload button is labelled otherwise", sourceLocation: sourceLocation)
        return try await awaitNewPage(in: browser, sourceLocation: sourceLocation) {
            try await FormInput.scrollIntoView(button, in: browser).click()
        }
    }

    /// The newsroom's line confirming what the last action did («حُفظ الخبر.»), empty when none.
    static func notice(in browser: BrowserSession) async throws -> String {
        try await browser.elements("p.notice").first?.text() ?? ""
    }

    /// The HTTP status the current page came with (Navigation Timing's responseStatus).
    static func responseStatus(in browser: BrowserSession) async throws -> Int {
        Int(try await browser.execute("return performance.getEntriesByType('navigation')[0].responseStatus").double ?? 0)
    }

    /// The editor's line under its heading: status and revision.
    static func statusLine(in browser: BrowserSession) async throws -> String {
        try await browser.element("main > p.meta").text()
    }

    /// The dashboard's lists: each heading (without its count) with the headlines under it.
    static func dashboard(in browser: BrowserSession) async throws -> [String: [String]] {
        let lists = try await browser.execute("""
            return Array.from(document.querySelectorAll('main section.card'), (card) => ({
              heading: card.querySelector('h2').firstChild.textContent.trim(),
              headlines: Array.from(card.querySelectorAll('ul.stories a'), (link) => link.innerText.trim()),
            }));
            """)
        let pairs = (lists.array ?? []).map { ($0["heading"]?.string ?? "", $0["headlines"]?.strings ?? []) }
        return Dictionary(pairs) { first, _ in first }
    }

    /// Installed before a page's scripts (`addScriptBeforePageScripts`), keeps every
    /// `setInterval` callback, so a test can run the editor's autosave at once rather than wait
    /// the 20 s of real time it waits between looks.
    static let intervalRecorder = """
        window.nashirTestIntervals = [];
        const setIntervalAsBuilt = window.setInterval;
        window.setInterval = function (callback, ...rest) {
          window.nashirTestIntervals.push(callback);
          return setIntervalAsBuilt.call(window, callback, ...rest);
        };
        """

    /// Runs once each repeating timer the page set, as if its interval had passed.
    static func runIntervals(in browser: BrowserSession) async throws {
        try await browser.execute("window.nashirTestIntervals.forEach((callback) => callback())")
    }

    /// The headlines a list page of the reader site shows, in order.
    static func listedHeadlines(in browser: BrowserSession) async throws -> [String] {
        try await browser.execute("""
            // The front page leads with one story, then lists the rest.
            return Array.from(document.querySelectorAll('.lead-headline a, ol.article-list .card-headline a'), (link) => link.innerText.trim());
            """).strings
    }
}
