import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

extension BrowserTests {
    /// Pictures for people to look at: the seed article on a desktop and a phone screen, and the
    /// newsroom's editor with the seed story open (the README's picture).
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

        /// Where the README's pictures live; a run writes them only when asked to.
        static var docsDirectory: URL { SeedPage.packageRoot.appendingPathComponent("docs") }
        static var writesDocs: Bool { ProcessInfo.processInfo.environment["NASHIR_WRITE_SCREENSHOTS"] == "1" }

        @Test("The editor with the seed story open, 1280×900: right to left, the story in its fields; NASHIR_WRITE_SCREENSHOTS=1 saves it as docs/editor.png")
        func editorScreenshot() async throws {
            let site = try BrowserSite.current()
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try await site.withNewsroom { newsroom in
                let editor = try await newsroom.addAccount("karim", displayName: "كريم منصور", role: .editor)
                let story = newsroom.server.article
                // The seed was imported just now by the wall clock, which is ahead of this
                // newsroom's fixed one: move that clock past it, so the story reads as live.
                if let published = story.content.publishedAt, published > newsroom.clock.now {
                    newsroom.clock.advance(by: published.timeIntervalSince(newsroom.clock.now) + 3600)
                }
                try await site.withBrowser { browser in
                    try await browser.emulateViewport(width: 1280, height: 900, mobile: false)
                    try await DeskScreen.signIn(editor, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.article(story.id)))
                    #expect(try await browser.element("#headline").property("value").string == story.content.headline)
                    #expect(try await DeskScreen.statusLine(in: browser).hasPrefix("الحالة: منشور"))
                    #expect(try await browser.element("#body").property("value").string?.hasPrefix(story.content.body.first?.text ?? "-") == true)
                    let layout = try await browser.execute("""
                        const field = document.querySelector('#headline'), label = document.querySelector('label[for=headline]');
                        return {
                          dir: document.documentElement.dir, lang: document.documentElement.lang,
                          direction: getComputedStyle(field).direction,
                          labelRight: label.getBoundingClientRect().right, fieldRight: field.getBoundingClientRect().right,
                          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                        };
                        """)
                    #expect(layout["dir"]?.string == "rtl" && layout["lang"]?.string == "ar", "the editor is \(layout)")
                    #expect(layout["direction"]?.string == "rtl")
                    // Right to left: a label starts at the right edge of the field it names.
                    let labelRight = layout["labelRight"]?.double ?? 0, fieldRight = layout["fieldRight"]?.double ?? 0
                    #expect(abs(labelRight - fieldRight) < 2, "the headline's label ends at \(labelRight), its field at \(fieldRight)")
                    #expect(layout["overflow"]?.double == 0, "the editor scrolls sideways")
                    // Nothing focused and the caret hidden: the same picture in every run.
                    try await browser.execute("document.activeElement?.blur(); window.scrollTo(0, 0)")

                    let file = try await browser.saveScreenshot(named: "nashir-editor-desktop.png", in: Self.directory)
                    let size = try PNGSize(file: file)
                    #expect(size == PNGSize(width: 1280, height: 900), "screenshot is \(size)")
                    let bytes = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
                    #expect(bytes < 300_000, "the editor screenshot is \(bytes) bytes")
                    print("screenshot: \(file.path)")
                    if Self.writesDocs {
                        try FileManager.default.createDirectory(at: Self.docsDirectory, withIntermediateDirectories: true)
                        let docs = Self.docsDirectory.appendingPathComponent("editor.png")
                        try? FileManager.default.removeItem(at: docs)
                        try FileManager.default.copyItem(at: file, to: docs)
                        print("screenshot: \(docs.path)")
                    }
                }
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

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

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
