import Foundation
import Testing

extension BrowserTests {
    /// Pictures of the seed article for people to look at, on a desktop and a phone screen.
    @Suite("Screenshots")
    struct ScreenshotTests {
        /// Where screenshots go: $NASHIR_SCREENSHOT_DIR, or the system temporary folder.
        static var directory: URL {
            if let folder = ProcessInfo.processInfo.environment["NASHIR_SCREENSHOT_DIR"], !folder.isEmpty {
                return URL(fileURLWithPath: folder)
            }
            return FileManager.default.temporaryDirectory
        }

        @Test("Desktop 1280×900 and mobile 390×844 screenshots, without sideways scrolling", arguments: [
            Viewport(name: "desktop", width: 1280, height: 900, mobile: false),
            Viewport(name: "mobile", width: 390, height: 844, mobile: true),
        ])
        func screenshot(of viewport: Viewport) async throws {
            let site = try BrowserSite.current()
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try await site.withBrowser { browser in
                try await browser.emulateViewport(width: viewport.width, height: viewport.height, mobile: viewport.mobile)
                try await browser.navigate(to: site.server.articleURL)
                // clientWidth, not innerWidth: the desktop vertical scrollbar is not sideways overflow.
                let overflow = try await browser.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth").double
                #expect(overflow == 0, "the page scrolls sideways by \(overflow ?? -1) px at \(viewport.width) px wide")

                let file = try await browser.saveScreenshot(named: "nashir-article-\(viewport.name).png", in: Self.directory)
                let size = try PNGSize(file: file)
                #expect(size.width == viewport.width && size.height == viewport.height, "screenshot is \(size)")
                print("screenshot: \(file.path)")
            }
        }
    }
}

/// A screen to emulate.
struct Viewport: Sendable, CustomTestStringConvertible {
    let name: String
    let width: Int
    let height: Int
    let mobile: Bool

    var testDescription: String { "\(name) \(width)×\(height)" }
}

/// A PNG's pixel size, read from its IHDR chunk (bytes 16–23, big-endian).
struct PNGSize: Equatable, CustomStringConvertible {
    let width: Int
    let height: Int

    init(file: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: file).prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            throw WebDriverError(error: "screenshot", message: "\(file.path) is not a PNG", command: "PNG size")
        }
        func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = number(at: 16)
        height = number(at: 20)
    }

    var description: String { "\(width)×\(height)" }
}
