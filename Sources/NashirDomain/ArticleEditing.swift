/// Changes made by people in the newsroom, one article at a time, guarded against lost updates.
/// Every change is kept as a revision with its author and time (`RevisionHistory`).
public protocol ArticleEditing: Sendable {
    /// Stores a new article written by `author`; its origin must not be taken yet.
    func create(_ draft: ArticleDraft, by author: UserID?) async throws -> Article
    /// Replaces an article's content when it is still at `expectedRevision`; otherwise someone
    /// else saved in between and `StoreError.conflict` says so and nothing changes. The origin
    /// never changes; the status change must be one `ArticleWorkflow` allows. `note` is kept
    /// with the revision (e.g. "restored revision 3").
    func update(id: ArticleID, expectedRevision: Int, content: ArticleContent, by author: UserID?, note: String?) async throws -> Article
}

extension ArticleEditing {
    /// Stores a new article with no known author (an import or a script).
    public func create(_ draft: ArticleDraft) async throws -> Article {
        try await create(draft, by: nil)
    }

    /// An update with no known author and no note.
    public func update(id: ArticleID, expectedRevision: Int, content: ArticleContent) async throws -> Article {
        try await update(id: id, expectedRevision: expectedRevision, content: content, by: nil, note: nil)
    }
}
