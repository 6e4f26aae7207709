/// The source system and that system's key for an article: the identity imports deduplicate on.
public struct ArticleOrigin: Hashable, Sendable, Codable {
    /// The publication or feed the copy came from, e.g. "CNN Arabic (arabic.cnn.com)" or "page-text".
    public var source: String
    /// The source's own identifier for the article.
    public var key: String

    public init(source: String, key: String) {
        self.source = source
        self.key = key
    }
}
