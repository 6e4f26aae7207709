import Foundation
@testable import NashirWeb
import Testing

/// The binary carries Themes/default (as Sources/NashirDefaultTheme, written by
/// scripts/embed-default-theme.sh), so a copy of it serves the site from any folder.
@Suite struct DefaultThemeEmbeddingTests {
    @Test func theBuiltInCopyHoldsExactlyTheThemeFolder() throws {
        let folder = try ThemeFiles(directory: ThemeTests.defaultTheme).contents
        let embedded = try ThemeFiles.embeddedDefault().contents
        let stale = Set(folder.keys).union(embedded.keys).filter { folder[$0] != embedded[$0] }.sorted()
        #expect(stale.isEmpty, "Themes/default changed: run scripts/embed-default-theme.sh (differs: \(stale.joined(separator: ", ")))")
    }

    @Test func theBuiltInThemeRendersLikeTheFolder() throws {
        let builtIn = try Theme()
        let folder = try Theme(directory: ThemeTests.defaultTheme)
        #expect(builtIn.origin == "built-in default theme")
        for (fromBuiltIn, fromFolder) in zip(try PageFixtures.all(builtIn), try PageFixtures.all(folder)) {
            #expect(builtIn.render(fromBuiltIn) == folder.render(fromFolder))
        }
    }
}
