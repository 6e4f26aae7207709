import Foundation

/// One element of the page, as WebDriver references it; commands go through its session.
struct WebElement: Sendable {
    /// The W3C key under which element references travel in JSON.
    static let referenceKey = "element-6066-11e4-a52e-4f735466cecf"

    let id: String
    let client: WebDriverClient
    let sessionPath: String

    private var path: String { "\(sessionPath)/element/\(id)" }

    /// How to pass this element to a script as an argument.
    var asScriptArgument: JSON { [Self.referenceKey: .string(id)] }

    func click() async throws {
        _ = try await client.post("\(path)/click")
    }

    /// Types `text` into the element (a form field).
    func sendKeys(_ text: String) async throws {
        _ = try await client.post("\(path)/value", ["text": .string(text)])
    }

    /// Empties a form field, as selecting its text and deleting it would.
    func clear() async throws {
        _ = try await client.post("\(path)/clear")
    }

    /// The rendered text, as a reader sees it (empty when hidden).
    func text() async throws -> String {
        try await client.get("\(path)/text").string ?? ""
    }

    func attribute(_ name: String) async throws -> String? {
        try await client.get("\(path)/attribute/\(name)").string
    }

    func property(_ name: String) async throws -> JSON {
        try await client.get("\(path)/property/\(name)")
    }

    func isDisplayed() async throws -> Bool {
        try await client.get("\(path)/displayed").bool ?? false
    }

    /// The accessible name the browser computes, what a screen reader announces.
    func accessibleName() async throws -> String {
        try await client.get("\(path)/computedlabel").string ?? ""
    }
}
