import Testing

/// Moving through a page with the keyboard alone: Tab to a control, then type or press Enter.
enum Keyboard {
    /// Presses Tab until the focus is on an element matching `css`, as a keyboard user moves
    /// through a page; fails the test if `limit` presses never get there.
    static func tab(
        to css: String, in browser: BrowserSession, limit: Int = 40, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        var reached = false
        for _ in 0..<limit where !reached {
            try await browser.pressKeys(Key.tab)
            reached = try await focusIsOn(css, in: browser)
        }
        try #require(reached, "\(limit) presses of Tab never reached \(css)", sourceLocation: sourceLocation)
    }

    static func focusIsOn(_ css: String, in browser: BrowserSession) async throws -> Bool {
        try await browser.execute("return document.activeElement.matches(arguments[0])", .string(css)).bool ?? false
    }
}
