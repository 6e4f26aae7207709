import Foundation
import NashirDomain
@testable import NashirImport

/// The feed fixtures beside these tests, read in place.
enum FeedFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Feeds")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A fixture read the way `nashir import --format feed` reads it.
    static func read(_ name: String, importer: FeedImporter = FeedImporter(), format: ImportFormat = .feed) throws(ImportError) -> FileImport {
        try ArticleFileReader(format: format, registry: .standard(feed: importer)).read(path: path(name))
    }

    static func date(_ text: String) -> Date? { Timestamp.parse(text) }
}

extension Block {
    /// The paragraph's runs, for checking marks and links.
    var runs: [TextRun] {
        if case .paragraph(let text) = self { text.runs } else { [] }
    }
}
