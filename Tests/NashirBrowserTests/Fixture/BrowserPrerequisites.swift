import Foundation

/// What the browser suite needs on the machine; when something is missing the suite is skipped.
enum BrowserPrerequisites {
    /// Each missing piece, described; empty when the suite can run.
    static var missing: [String] {
        var missing: [String] = []
        let files = FileManager.default
        if !files.isExecutableFile(atPath: ChromeDriverProcess.executablePath) {
            missing.append("chromedriver at \(ChromeDriverProcess.executablePath) (apt-get install chromium-driver)")
        }
        if !files.isExecutableFile(atPath: ChromeOptions.chromiumPath) {
            missing.append("chromium at \(ChromeOptions.chromiumPath) (apt-get install chromium)")
        }
        if !SeedPage.isPresent {
            missing.append("the seed page at \(SeedPage.file.path)")
        }
        return missing
    }

    static var satisfied: Bool { missing.isEmpty }

    /// The skip message Swift Testing prints.
    static var skipReason: String {
        "browser tests skipped; missing: " + missing.joined(separator: "; ")
    }
}
