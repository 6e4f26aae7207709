import Foundation
import Testing

extension BrowserTests {
    /// Whole-page pictures of every public page type at desktop and phone width, for people to
    /// look at, in a folder of their own under the screenshot folder (never in the clone).
    @Suite("Page screenshots")
    struct PageScreenshotTests {
        /// $NASHIR_SCREENSHOT_DIR (or the temporary folder)/nashir-pages.
        static var directory: URL { ScreenshotTests.directory.appendingPathComponent("nashir-pages") }

        @Test("Each page type at desktop and phone width: a whole-page screenshot, without sideways scrolling", arguments: PublicPage.all)
        func screenshots(of page: PublicPage) async throws {
            let site = try BrowserSite.current()
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try await site.withKeptBrowser("page screenshots") { browser in
                // The pictures then are exactly as wide as the screen they show.
                try await browser.hideScrollbars()
                for viewport in Viewport.pageChecks {
                    try await browser.show(page, from: site.server, at: viewport)
                    // clientWidth, not innerWidth: the desktop vertical scrollbar is not sideways overflow.
                    let overflow = try await browser.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth").double
                    #expect(overflow == 0, "\(page.name) scrolls sideways by \(overflow ?? -1) px at \(viewport.width) px wide")

                    let file = Self.directory.appendingPathComponent("\(page.fileName)-\(viewport.name).png")
                    try await browser.fullPageScreenshot().write(to: file)
                    let size = try PNGSize(file: file)
                    // A page wider than a phone is laid out wider (the phone zooms out to show it
                    // all), so the picture's width is checked only where the page fits.
                    if overflow == 0 { #expect(size.width == viewport.width, "\(file.lastPathComponent) is \(size)") }
                    #expect(size.height >= viewport.height / 2, "\(file.lastPathComponent) is \(size)")
                    print("screenshot: \(file.path)")
                }
            }
        }
    }
}
