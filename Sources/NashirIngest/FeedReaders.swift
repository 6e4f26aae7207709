import Foundation
import NashirDomain
import NashirImport

/// The readers the poller hands fetched documents to.
public enum FeedReaders {
    /// Every feed format Nashir imports, recognised by content; a document that is none of them
    /// is an error for the source, never an article.
    public static let standard: FeedReader = { bytes, charset, source in
        // Interim: UTF-8 only until the feed importer's byte entry (with legacy encodings) lands.
        guard let text = String(validating: bytes, as: UTF8.self) else { throw FetchError("the feed is not UTF-8") }
        let registry = ImporterRegistry.standard()
        guard let importer = registry.importers.first(where: { $0.format != .pageText && $0.sniff(path: source.settings.url, text: text) }) else {
            throw FetchError("the document is not a feed Nashir reads (RSS, Atom, JSON Feed, ninjs, NewsML-G2)")
        }
        do { return try importer.read(text, file: source.settings.name).drafts.map(\.draft) } catch {
            throw FetchError(String(describing: error))
        }
    }
}
