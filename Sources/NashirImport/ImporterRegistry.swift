/// The importers Nashir knows, in the order `--format auto` asks them whether a file is theirs.
public struct ImporterRegistry: Sendable {
    /// Most particular first: the first whose `sniff` accepts a file reads it.
    public var importers: [any ArticleImporter]

    public init(_ importers: [any ArticleImporter]) {
        self.importers = importers
    }

    /// Nashir's importers. A new source format is a new `ArticleImporter` file and one line here.
    public static func standard(
        skipInvalid: Bool = false, sampleSize: Int? = nil, sections: SectionMap = .corpus, pageText: PageTextParser = PageTextParser(),
        feed: FeedImporter? = nil
    ) -> ImporterRegistry {
        ImporterRegistry([
            // Before the feeds: an export is RSS too, with WordPress's own namespace.
            WXRImporter(),
            // Before JSON Lines, which takes any text starting with «{»: a feed says what it is.
            feed ?? FeedImporter(skipInvalid: skipInvalid),
            JSONLinesImporter(skipInvalid: skipInvalid, sampleSize: sampleSize, sections: sections),
            HTMLPageImporter(),
            // Last: any text can be a page dump, so it takes what no other importer claimed.
            PageTextImporter(parser: pageText),
        ])
    }

    /// The importer registered for `format`, or for `auto` the first that recognises `text`.
    public func importer(for format: ImportFormat, path: String, text: String) -> (any ArticleImporter)? {
        if format == .auto { return importers.first { $0.sniff(path: path, text: text) } }
        return importers.first { $0.format == format }
    }
}
