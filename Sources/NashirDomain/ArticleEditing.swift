/// Changes made by people in the newsroom, one article at a time, guarded against lost updates.
public protocol ArticleEditing: Sendable {
    /// Stores a new article; its origin must not be taken yet.
    func create(_ draft: ArticleDraft) async throws -> Article
    /// Replaces an article's content when it is still at `expectedRevision`; otherwise someone
    /// else saved in between and `StoreError.conflict` says so. The origin never changes.
    func update(id: ArticleID, expectedRevision: Int, content: ArticleContent) async throws -> Article
}
