import Foundation
import NashirDomain
import NashirImport

/// The readers the poller hands fetched documents to.
public enum FeedReaders {
    /// Every feed format Nashir imports (RSS, Atom, JSON Feed, ninjs, NewsML-G2), in any encoding
    /// the server or the document declares; anything else is an error for the source, never an
    /// article. Items are credited to the source; its routing is applied by the poller.
    public static let standard: FeedReader = { bytes, charset, source in
        let importer = FeedImporter(sourceName: source.settings.name, section: source.settings.section ?? FeedImporter.defaultSection)
        do {
            return try importer.read(bytes: bytes, file: source.settings.url, charset: charset).drafts.map(\.draft)
        } catch {
            throw FetchError(String(describing: error))
        }
    }
}
