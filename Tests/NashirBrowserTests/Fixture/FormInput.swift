import Testing

/// Filling in a form as a reader does, where chromedriver's plain commands fall short.
enum FormInput {
    /// Brings `element` on screen at once. The theme scrolls smoothly, and chromedriver clicks where
    /// a far element will be before the animation has brought it there.
    static func scrollIntoView(_ element: WebElement, in browser: BrowserSession) async throws -> WebElement {
        try await browser.execute("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element.asScriptArgument)
        return element
    }

    /// Picks an option with the keyboard, as a reader tabbing through the form does: arrow keys until
    /// the select holds `value`. (chromedriver cannot click an option of a closed select in
    /// headless Chromium: it places the option off the page.)
    static func choose(_ value: String, in select: WebElement) async throws {
        let count = Int(try await select.property("length").double ?? 0)
        for _ in 0..<count {
            if try await select.property("value").string == value { break }
            try await select.sendKeys(Key.arrowDown)
        }
        let chosen = try await select.property("value").string
        try #require(chosen == value, "arrow keys did not reach «\(value)» in the select; it holds «\(chosen ?? "")»")
    }

    /// Fills a date field as its picker does. Typing into it is no option: the order of day,
    /// month and year it expects follows the browser's locale, not the page's.
    static func setDate(_ day: String, in field: WebElement, browser: BrowserSession) async throws {
        try await browser.execute("""
            arguments[0].value = arguments[1];
            arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
            arguments[0].dispatchEvent(new Event('change', { bubbles: true }));
            """, field.asScriptArgument, .string(day))
        #expect(try await field.property("value").string == day, "the date field refused \(day)")
    }
}
