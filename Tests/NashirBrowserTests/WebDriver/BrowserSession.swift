import Foundation

/// One WebDriver session (one headless Chromium): navigation, elements, scripts, logs, screenshots.
struct BrowserSession: Sendable {
    let client: WebDriverClient
    let id: String

    private var path: String { "/session/\(id)" }

    static func start(on client: WebDriverClient, options: ChromeOptions) async throws -> BrowserSession {
        let reply = try await client.post("/session", options.newSessionBody)
        guard let id = reply["sessionId"]?.string else {
            throw WebDriverError(error: "session", message: "no sessionId in reply", command: "POST /session")
        }
        return BrowserSession(client: client, id: id)
    }

    /// Ends the session and closes its browser; failures are ignored since this runs on cleanup paths.
    func quit() async {
        _ = try? await client.delete(path)
    }

    /// Loads `url` and waits for the load event (WebDriver's normal page-load strategy).
    func navigate(to url: String) async throws {
        _ = try await client.post("\(path)/url", ["url": .string(url)])
    }

    /// The open windows and tabs, as WebDriver names them.
    func windowHandles() async throws -> [String] {
        try await client.get("\(path)/window/handles").strings
    }

    /// Sends the next commands to another window or tab.
    func switchToWindow(_ handle: String) async throws {
        _ = try await client.post("\(path)/window", ["handle": .string(handle)])
    }

    func currentURL() async throws -> String {
        try await client.get("\(path)/url").string ?? ""
    }

    func element(_ css: String) async throws -> WebElement {
        let reply = try await client.post("\(path)/element", ["using": "css selector", "value": .string(css)])
        return try makeElement(reply)
    }

    func elements(_ css: String) async throws -> [WebElement] {
        let reply = try await client.post("\(path)/elements", ["using": "css selector", "value": .string(css)])
        return try (reply.array ?? []).map(makeElement)
    }

    private func makeElement(_ reference: JSON) throws -> WebElement {
        guard let elementID = reference[WebElement.referenceKey]?.string else {
            throw WebDriverError(error: "no such element", message: "reply held no element reference", command: "find element")
        }
        return WebElement(id: elementID, client: client, sessionPath: path)
    }

    /// Runs `script` as a function body in the page (synchronously) and returns what it returns.
    @discardableResult
    func execute(_ script: String, _ arguments: JSON...) async throws -> JSON {
        try await client.post("\(path)/execute/sync", ["script": .string(script), "args": .array(arguments)])
    }

    /// Runs `script` as a function body whose last argument is a callback, and returns what the
    /// page passes to it: for promises (axe.run), within the session's script timeout.
    @discardableResult
    func executeAsync(_ script: String, _ arguments: JSON...) async throws -> JSON {
        try await client.post("\(path)/execute/async", ["script": .string(script), "args": .array(arguments)])
    }

    /// How long scripts may run before WebDriver gives up on them (30 s unless set).
    func setScriptTimeout(_ duration: Duration) async throws {
        _ = try await client.post("\(path)/timeouts", ["script": .number(duration.milliseconds)])
    }

    /// The browser console since the last call (chromedriver drains the buffer on each read).
    func consoleLog() async throws -> [ConsoleEntry] {
        let reply = try await client.post("\(path)/se/log", ["type": "browser"])
        return (reply.array ?? []).map {
            ConsoleEntry(level: $0["level"]?.string ?? "", message: $0["message"]?.string ?? "", source: $0["source"]?.string ?? "")
        }
    }

    /// Sizes the page's viewport exactly (the window size includes browser chrome), via Chrome DevTools.
    func emulateViewport(width: Int, height: Int, mobile: Bool) async throws {
        let parameters: JSON = [
            "width": .number(Double(width)), "height": .number(Double(height)),
            "deviceScaleFactor": 1, "mobile": .bool(mobile),
        ]
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride", "params": parameters])
    }

    /// Makes the page see `prefers-reduced-motion: reduce`, as a reader who turned animations off, via Chrome DevTools.
    func emulateReducedMotion() async throws {
        let feature: JSON = ["name": "prefers-reduced-motion", "value": "reduce"]
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Emulation.setEmulatedMedia", "params": ["features": [feature]]])
    }

    /// Delays every request the page makes by `latency`, like a slow mobile connection, via Chrome DevTools.
    func emulateNetwork(latency: Duration) async throws {
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Network.enable", "params": [:]])
        let parameters: JSON = [
            "offline": false, "latency": .number(latency.milliseconds),
            "downloadThroughput": -1, "uploadThroughput": -1,
        ]
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Network.emulateNetworkConditions", "params": parameters])
    }

    /// Turns the browser's HTTP cache off, so every page is asked of the server, via Chrome DevTools.
    func disableCache() async throws {
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Network.enable", "params": [:]])
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Network.setCacheDisabled", "params": ["cacheDisabled": true]])
    }

    /// Runs `source` in every page this browser loads from now on, before the page's own scripts,
    /// via Chrome DevTools.
    func addScriptBeforePageScripts(_ source: String) async throws {
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Page.addScriptToEvaluateOnNewDocument", "params": ["source": .string(source)]])
    }

    /// Presses the mouse button on the centre of `element`, holds it for `duration` and lets go: a
    /// slow click, through WebDriver's input actions.
    func press(_ element: WebElement, holding duration: Duration) async throws {
        let mouse: JSON = [
            "type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"],
            "actions": [
                ["type": "pointerMove", "duration": 0, "origin": element.asScriptArgument, "x": 0, "y": 0],
                ["type": "pointerDown", "button": 0],
                ["type": "pause", "duration": .number(duration.milliseconds)],
                ["type": "pointerUp", "button": 0],
            ],
        ]
        _ = try await client.post("\(path)/actions", ["actions": [mouse]])
        _ = try await client.delete("\(path)/actions")
    }

    /// Presses each key of `keys` in turn at whatever has the focus, through WebDriver's input
    /// actions, as a person at the keyboard does: characters, and `Key` codes such as Tab.
    /// One code point a key, as chromedriver demands: a tanween is typed after its letter, as on
    /// an Arabic keyboard.
    func pressKeys(_ keys: String) async throws {
        let strokes: [JSON] = keys.unicodeScalars.flatMap { key -> [JSON] in
            [["type": "keyDown", "value": .string(String(key))], ["type": "keyUp", "value": .string(String(key))]]
        }
        let keyboard: JSON = ["type": "key", "id": "keyboard", "actions": .array(strokes)]
        _ = try await client.post("\(path)/actions", ["actions": [keyboard]])
        _ = try await client.delete("\(path)/actions")
    }

    /// Presses `key` while `modifier` is held down (Shift+Tab), through WebDriver's input actions.
    func pressKey(_ key: String, holding modifier: String) async throws {
        let strokes: [JSON] = [
            ["type": "keyDown", "value": .string(modifier)], ["type": "keyDown", "value": .string(key)],
            ["type": "keyUp", "value": .string(key)], ["type": "keyUp", "value": .string(modifier)],
        ]
        _ = try await client.post("\(path)/actions", ["actions": [["type": "key", "id": "keyboard", "actions": .array(strokes)]]])
        _ = try await client.delete("\(path)/actions")
    }

    /// Lays pages out without scrollbars, as phones and overlay-scrollbar desktops do, via Chrome
    /// DevTools: the page then takes the viewport's full width.
    func hideScrollbars() async throws {
        _ = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Emulation.setScrollbarsHidden", "params": ["hidden": true]])
    }

    /// A PNG of the whole page, top to bottom, as wide as the viewport (whatever sticks out
    /// sideways is left out, as a reader's screen leaves it out), via Chrome DevTools.
    func fullPageScreenshot() async throws -> Data {
        let metrics = try await client.post("\(path)/goog/cdp/execute", ["cmd": "Page.getLayoutMetrics", "params": [:]])
        let width = metrics["cssLayoutViewport"]?["clientWidth"]?.double ?? 0
        let height = metrics["cssContentSize"]?["height"]?.double ?? 0
        let clip: JSON = ["x": 0, "y": 0, "scale": 1, "width": .number(width.rounded(.up)), "height": .number(height.rounded(.up))]
        let reply = try await client.post(
            "\(path)/goog/cdp/execute",
            ["cmd": "Page.captureScreenshot", "params": ["format": "png", "captureBeyondViewport": true, "clip": clip]])
        guard let data = Data(base64Encoded: reply["data"]?.string ?? "") else {
            throw WebDriverError(error: "screenshot", message: "reply was not base64", command: "Page.captureScreenshot")
        }
        return data
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        let encoded = try await client.get("\(path)/screenshot").string ?? ""
        guard let data = Data(base64Encoded: encoded) else {
            throw WebDriverError(error: "screenshot", message: "reply was not base64", command: "GET screenshot")
        }
        return data
    }

    /// Saves a screenshot as `name` in `directory`, returning the file.
    @discardableResult
    func saveScreenshot(named name: String, in directory: URL) async throws -> URL {
        let file = directory.appendingPathComponent(name)
        try await screenshot().write(to: file)
        return file
    }
}

/// One message from the browser console.
struct ConsoleEntry: Sendable, CustomStringConvertible {
    let level: String
    let message: String
    let source: String

    var description: String { "[\(level) \(source)] \(message)" }
}

extension Duration {
    /// Whole milliseconds, as WebDriver and DevTools take them.
    fileprivate var milliseconds: Double {
        Double(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
    }
}
