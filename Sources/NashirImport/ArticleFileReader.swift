import Foundation
import NashirDomain

/// What one input file yields: the drafts to save, and records left out with the reason.
public struct FileImport: Sendable {
    public var format: ImportFormat
    public var drafts: [ArticleDraft]
    /// Records skipped under `skipInvalid`; empty otherwise, since then any bad record fails the file.
    public var skipped: [ImportError]
}

/// Reads one input file of any supported format into drafts, all or nothing.
public struct ArticleFileReader: Sendable {
    public var format: ImportFormat
    /// Leave out records that fail validation (reported) instead of failing the whole file.
    public var skipInvalid: Bool
    /// Larger files are refused: a 100 MB "article" is a mistake, not copy.
    public var maxBytes: Int
    public var pageText: PageTextParser
    /// Take about this many JSON Lines records spread evenly through the file (a sample for
    /// demos); nil reads them all.
    public var sampleSize: Int?

    public static let defaultMaxBytes = 64 << 20

    public init(format: ImportFormat = .auto, skipInvalid: Bool = false, maxBytes: Int = Self.defaultMaxBytes, pageText: PageTextParser = PageTextParser(), sampleSize: Int? = nil) {
        self.sampleSize = sampleSize
        self.format = format
        self.skipInvalid = skipInvalid
        self.maxBytes = maxBytes
        self.pageText = pageText
    }

    public func read(path: String) throws(ImportError) -> FileImport {
        let text = try InputChecks.text(at: path, maxBytes: maxBytes)
        let format = resolvedFormat(path: path, text: text)
        switch format {
        case .jsonl:
            let (drafts, skipped) = try JSONLinesParser(skipInvalid: skipInvalid, sampleSize: sampleSize).parse(text, file: path)
            return FileImport(format: format, drafts: drafts, skipped: skipped)
        case .pageText, .auto:
            let key = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return FileImport(format: .pageText, drafts: [try pageText.parse(text, key: key, file: path)], skipped: [])
        }
    }

    private func resolvedFormat(path: String, text: String) -> ImportFormat {
        guard format == .auto else { return format }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ["jsonl", "ndjson"].contains(ext) { return .jsonl }
        return text.first(where: { !$0.isWhitespace }) == "{" ? .jsonl : .pageText
    }
}
