import Foundation

extension ImportFormat {
    /// One JSON object per line, in the corpus schema or Nashir's export.
    public static let jsonl = ImportFormat(name: "jsonl")
}

/// Reads JSON Lines (`JSONLinesParser`), one article per line, in the corpus schema or Nashir's export.
public struct JSONLinesImporter: ArticleImporter {
    /// Leave out records that fail validation (reported) instead of failing the whole file.
    public var skipInvalid: Bool
    /// Take about this many records spread evenly through the file; nil reads them all.
    public var sampleSize: Int?
    /// Where the feed's section labels go.
    public var sections: SectionMap

    public init(skipInvalid: Bool = false, sampleSize: Int? = nil, sections: SectionMap = .corpus) {
        self.skipInvalid = skipInvalid
        self.sampleSize = sampleSize
        self.sections = sections
    }

    public var format: ImportFormat { .jsonl }

    /// By extension, or a file whose first character is «{».
    public func sniff(path: String, text: String) -> Bool {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ["jsonl", "ndjson"].contains(ext) || text.first(where: { !$0.isWhitespace }) == "{"
    }

    public func read(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        try JSONLinesParser(skipInvalid: skipInvalid, sampleSize: sampleSize, sections: sections).parse(text, file: file)
    }
}
