import NashirDomain

/// Reads one input file of any registered format into drafts, all or nothing: the checks every
/// file passes first, then the importer its format names (or, for `auto`, the first that sniffs it).
public struct ArticleFileReader: Sendable {
    public var format: ImportFormat
    /// Larger files are refused: a 100 MB "article" is a mistake, not copy.
    public var maxBytes: Int
    public var registry: ImporterRegistry

    public static let defaultMaxBytes = 64 << 20

    /// A reader over the standard importers. `skipInvalid` leaves out (and reports) records that
    /// fail validation instead of failing the file; `sampleSize` takes about that many JSON Lines
    /// records spread evenly through a file (a sample for demos), nil all of them.
    public init(format: ImportFormat = .auto, skipInvalid: Bool = false, maxBytes: Int = Self.defaultMaxBytes, pageText: PageTextParser = PageTextParser(), sampleSize: Int? = nil) {
        self.init(format: format, maxBytes: maxBytes, registry: .standard(skipInvalid: skipInvalid, sampleSize: sampleSize, pageText: pageText))
    }

    /// A reader over `registry`'s importers, e.g. ones configured for another feed's sections.
    public init(format: ImportFormat = .auto, maxBytes: Int = Self.defaultMaxBytes, registry: ImporterRegistry) {
        self.format = format
        self.maxBytes = maxBytes
        self.registry = registry
    }

    public func read(path: String) throws(ImportError) -> FileImport {
        let text = try InputChecks.text(at: path, maxBytes: maxBytes)
        guard let importer = registry.importer(for: format, path: path, text: text) else {
            throw ImportError(file: path, problem: format == .auto ? "is in no format Nashir can import" : "no importer reads the format \(format)")
        }
        return FileImport(format: importer.format, batch: try importer.read(text, file: path))
    }
}

/// What one input file yields: the format it was read as, its drafts with their positions, and
/// the records left out with the reason.
public struct FileImport: Sendable {
    public var format: ImportFormat
    public var batch: ImportBatch

    public init(format: ImportFormat, batch: ImportBatch) {
        self.format = format
        self.batch = batch
    }

    /// The drafts alone, in file order, for callers that only save them.
    public var drafts: [ArticleDraft] { batch.drafts.map(\.draft) }
    /// Records skipped under `skipInvalid`.
    public var skipped: [ImportError] { batch.skipped }
}
