/// What saving one article did, so importers can report it.
public enum SaveOutcome: String, Sendable, Codable {
    case created, updated, unchanged
    /// A newer version from the source of a story the newsroom has changed: kept beside it for
    /// an editor to look at, never written over the editor's work.
    case held
}

/// A saved article and what saving did.
public struct SaveResult: Sendable, Equatable {
    public var article: Article
    public var outcome: SaveOutcome

    public init(article: Article, outcome: SaveOutcome) {
        self.article = article
        self.outcome = outcome
    }
}

/// Copy arriving from outside (files, feeds, other systems), matched to stored articles by origin.
public protocol ArticleImporting: Sendable {
    /// Creates or updates (by origin) every draft in one transaction: all of them are stored, or
    /// none is. An article whose content did not change keeps its revision and times.
    func save(_ drafts: [ArticleDraft]) async throws -> [SaveResult]
}
