import Foundation

/// One saved state of an article: every save, import or status change makes one.
public struct ArticleRevision: Sendable, Equatable {
    public var article: ArticleID
    /// 1 for the first save, then one more per change; equals `Article.revision` for the newest.
    public var number: Int
    public var savedAt: Date
    public var author: UserID?
    /// The author's display name when the revision was read; nil for imports and scripts.
    public var authorName: String?
    public var content: ArticleContent
    /// Why it was made, when more than an edit: "restored revision 3".
    public var note: String?

    public init(article: ArticleID, number: Int, savedAt: Date, author: UserID?, authorName: String?, content: ArticleContent, note: String?) {
        self.article = article
        self.number = number
        self.savedAt = savedAt
        self.author = author
        self.authorName = authorName
        self.content = content
        self.note = note
    }
}

/// The kept history of every article.
public protocol RevisionHistory: Sendable {
    /// Every revision of an article, oldest first.
    func revisions(of article: ArticleID) async throws -> [ArticleRevision]
    func revision(of article: ArticleID, number: Int) async throws -> ArticleRevision?
}
