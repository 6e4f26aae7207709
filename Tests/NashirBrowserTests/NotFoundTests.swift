import Foundation
import Testing

extension BrowserTests {
    /// Addresses that lead nowhere get the theme's Arabic 404 page.
    @Suite("Not found")
    struct NotFoundTests {
        @Test("An unknown path shows the Arabic 404 page", arguments: ["/no/such/page", "/news/999999", "/section/لا-يوجد"])
        func unknownPathShowsArabicNotFound(path: String) async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                try await browser.navigate(to: site.server.url(encoded))
                let html = try await browser.element("html")
                #expect(try await html.attribute("lang") == "ar")
                #expect(try await html.attribute("dir") == "rtl")
                let headings = try await browser.elements("h1")
                #expect(headings.count == 1)
                #expect(try await headings.first?.text() == "الصفحة غير موجودة")
                // The way out is a link home.
                let home = try await browser.element("main a").property("href").string
                #expect(home == site.server.url("/"))
            }
        }
    }
}
