import Foundation
import NashirDomain

extension ImportFormat {
    /// A plain-text dump of one article page, like the seed.
    public static let pageText = ImportFormat(name: "page-text")
}

/// Reads a page dump (`PageTextParser`) as one article, keyed by the file's name and its headline.
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
        var draft = try parser.parse(text, key: name, file: file)
        draft.content.origin.key = Self.key(name: name, headline: draft.content.headline)
        // A page is one record, which starts where the file does.
        return ImportBatch(drafts: [ImportedDraft(draft: draft, position: SourcePosition(file: file, line: 1))])
    }

    /// «index-5f1c0e8a9b3d2c47»: the file's base name alone would merge every site's index.txt
    /// into one article; with the headline's digest, the same dump re-imported still updates its
    /// article while a different page of the same name becomes another one.
    static func key(name: String, headline: String) -> String {
        // The parser has already dropped invisible marks and collapsed spaces; NFC makes a dump
        // saved with decomposed letters hash alike. Not the search normaliser: tuning search must
        // never change an article's identity.
        let digest = StableHash.fnv1a64(headline.precomposedStringWithCanonicalMapping.utf8)
        let hex = String(digest, radix: 16)
        return "\(name)-\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }
}
