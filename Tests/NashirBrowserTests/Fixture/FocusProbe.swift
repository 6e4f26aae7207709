/// What the keyboard focus is on, and which controls it should be able to reach, read from the page.
enum FocusProbe {
    /// Everything the browser can put in the Tab order, before filtering out what is not rendered.
    static let focusableSelector = """
        a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable]
        """

    /// The controls inside `scope` (a CSS selector) that Tab should reach: rendered (not in a closed
    /// popover, not hidden), enabled, not taken out of the order with tabindex=-1, and numbered in
    /// document order on `data-focus-index`, which `current` reads back.
    static func reachableControls(in scope: String, of browser: BrowserSession) async throws -> [String] {
        try await browser.execute("""
            const scope = document.querySelector(arguments[0]);
            const controls = Array.from(scope.querySelectorAll(arguments[1])).filter((element) =>
              !element.disabled && element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }));
            controls.forEach((element, index) => { element.dataset.focusIndex = String(index); });
            return controls.map((element) => element.outerHTML.slice(0, 160));
            """, .string(scope), .string(focusableSelector)).strings
    }

    /// The focused element: its number from `reachableControls` (nil when it has none), whether
    /// it lies inside `scope`, whether it is within the viewport, and its markup, for messages.
    struct Focus: Sendable {
        let index: Int?
        let insideScope: Bool
        let onScreen: Bool
        let html: String
    }

    static func current(scope: String = "body", in browser: BrowserSession) async throws -> Focus {
        let reply = try await browser.execute("""
            const element = document.activeElement;
            if (!element || element === document.body) return { index: null, inside: false, onScreen: false, html: '(nothing: body)' };
            const box = element.getBoundingClientRect();
            return {
              index: element.dataset.focusIndex === undefined ? null : Number(element.dataset.focusIndex),
              inside: !!document.querySelector(arguments[0])?.contains(element),
              onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
              html: element.outerHTML.slice(0, 160),
            };
            """, .string(scope))
        return Focus(
            index: reply["index"]?.double.map { Int($0) }, insideScope: reply["inside"]?.bool ?? false,
            onScreen: reply["onScreen"]?.bool ?? false, html: reply["html"]?.string ?? "")
    }
}
