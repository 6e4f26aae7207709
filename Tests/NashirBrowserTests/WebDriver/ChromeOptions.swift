/// How a headless Chromium session is started: window size, JavaScript, and the capabilities JSON.
struct ChromeOptions: Sendable {
    static let chromiumPath = "/usr/bin/chromium"

    var windowWidth = 1280
    var windowHeight = 900
    /// Off turns page scripts off in Blink; WebDriver's own script commands keep working.
    var javaScriptEnabled = true

    static let standard = ChromeOptions()
    static let withoutJavaScript = ChromeOptions(javaScriptEnabled: false)

    var arguments: [String] {
        var arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=\(windowWidth),\(windowHeight)",
            // Keep runs quiet and offline: no first-run UI, no background traffic to Google.
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ]
        if !javaScriptEnabled { arguments.append("--blink-settings=scriptEnabled=false") }
        return arguments
    }

    /// The body of POST /session.
    var newSessionBody: JSON {
        let chrome: JSON = [
            "binary": .string(Self.chromiumPath),
            "args": .array(arguments.map(JSON.string)),
        ]
        let capabilities: JSON = [
            "browserName": "chrome",
            "goog:chromeOptions": chrome,
            // Console messages, CSP violations included, are read back through /se/log.
            "goog:loggingPrefs": ["browser": "ALL"],
        ]
        return ["capabilities": ["alwaysMatch": capabilities]]
    }
}
