import Foundation
import NashirDomain

extension ImportFormat {
    /// A plain-text dump of one article page, like the seed.
    public static let pageText = ImportFormat(name: "page-text")
}

/// Reads a page dump (`PageTextParser`) as one article, keyed by the file's name.
public struct PageTextImporter: ArticleImporter {
    public var parser: PageTextParser

    public init(parser: PageTextParser = PageTextParser()) {
        self.parser = parser
    }

    public var format: ImportFormat { .pageText }

    /// Any text may be a page dump: registered last, this takes what no other importer claimed.
    public func sniff(path: String, text: String) -> Bool { true }

    public func read(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let draft = try parser.parse(text, key: name, file: file)
        // A page is one record, which starts where the file does.
        return ImportBatch(drafts: [ImportedDraft(draft: draft, position: SourcePosition(file: file, line: 1))])
    }
}
