import Foundation

extension Fixtures {
    /// A WordPress export written for the tests: every post status, a block-editor post, a
    /// classic post with shortcodes, an Arabic slug, two authors, an attachment and a page.
    public static let wordPressExport = packageRoot.appendingPathComponent("Tests/NashirImportTests/Fixtures/WordPress/site-export.xml")
}
