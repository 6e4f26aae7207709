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

    @Test func aThemeMissingATemplateIsRefusedByName() async throws {
        let folder = try TemporaryDirectory()
        let theme = try copyOfDefaultTheme(in: folder)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("templates/not-found.mustache"))
        await #expect {
            try await Theme(directory: theme)
        } throws: { error in
            "\(error)".contains("not-found.mustache")
        }
    }

    @Test func aFolderWithoutTemplatesIsNotATheme() async throws {
        let folder = try TemporaryDirectory()
        await #expect(throws: ThemeError.self) { try await Theme(directory: folder.url) }
    }
}
