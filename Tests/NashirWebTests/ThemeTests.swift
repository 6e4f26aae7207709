import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// A publisher changes the look by editing files, never by recompiling.
@Suite struct ThemeTests {
    static let defaultTheme = Fixtures.packageRoot.appendingPathComponent("Themes/default")

    private func copyOfDefaultTheme(in folder: TemporaryDirectory) throws -> URL {
        let copy = folder.url.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Self.defaultTheme, to: copy)
        return copy
    }

    /// Rewrites strings.json in a copied theme through `change`.
    private func editStrings(in theme: URL, _ change: (inout [String: String]) -> Void) throws {
        let file = theme.appendingPathComponent("strings.json")
        var table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
        change(&table)
        try JSONEncoder().encode(table).write(to: file)
    }

    @Test func anEditedTemplateChangesThePage() async throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        let template = theme.appendingPathComponent("templates/article.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        try original.replacingOccurrences(of: "<main id=\"content\">", with: "<main id=\"content\"><p class=\"house-banner\">نسخة الناشر</p>")
            .write(to: template, atomically: true, encoding: .utf8)
        let site = try await SiteFixture(themeDirectory: theme)
        let article = try await site.store.save([SitePagesTests.draft("1", headline: "الترجي يفوز")])[0].article
        try await site.test { client in
            let html = try await client.execute(uri: SiteRoute.of(article).path, method: .get).text
            #expect(html.contains("<p class=\"house-banner\">نسخة الناشر</p>"))
        }
    }

    @Test func anEditedStringChangesEveryPage() async throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try editStrings(in: theme) { $0["backToTop"] = "إلى رأس الصفحة" }
        let site = try await SiteFixture(themeDirectory: theme)
        try await site.test { client in
            for path in ["/", "/search", "/no/such/page"] {
                let html = try await client.execute(uri: path, method: .get).text
                #expect(html.contains("إلى رأس الصفحة"), "\(path)")
            }
        }
    }

    @Test func aBrokenTemplateIsRefusedWithItsFilesLine() throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        let template = theme.appendingPathComponent("templates/article.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        try ("<p>\n<p>{{/stray}}\n" + original).write(to: template, atomically: true, encoding: .utf8)
        #expect {
            try Theme(directory: theme)
        } throws: { error in
            let message = "\(error)"
            return message.contains("templates/article.mustache") && message.contains("line 2,")
        }
    }

    @Test func aThemeMissingATemplateIsRefusedByName() throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("templates/not-found.mustache"))
        #expect { try Theme(directory: theme) } throws: { "\($0)".contains("not-found.mustache") }
    }

    @Test(arguments: [("tags", "templates/article.mustache"), ("latestNews", "Nashir")])
    func aThemeMissingAStringIsRefusedNamingTheKeyAndTheFile(_ key: String, _ neededBy: String) throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try editStrings(in: theme) { $0[key] = nil }
        #expect { try Theme(directory: theme) } throws: { error in
            let message = "\(error)"
            return message.contains("\"\(key)\"") && message.contains(theme.appendingPathComponent("strings.json").path) && message.contains(neededBy)
        }
    }

    @Test func aStringThatLostItsPlaceholderIsRefused() throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try editStrings(in: theme) { $0["resultCountFew"] = "نتائج" }
        #expect { try Theme(directory: theme) } throws: { "\($0)".contains("\"resultCountFew\" must contain {n}") }
    }

    @Test func aThemeMissingAnAssetThePagesLinkIsRefused() throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("assets/site.js"))
        #expect { try Theme(directory: theme) } throws: { "\($0)".contains("assets/site.js") }
    }

    @Test func aFolderWithoutTemplatesIsNotATheme() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: ThemeError.self) { try Theme(directory: folder.url) }
    }
}
