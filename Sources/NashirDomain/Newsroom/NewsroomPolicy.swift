/// Who may do what in the newsroom: one place every admin page, API route and command asks,
/// so a role means the same thing everywhere.
public enum NewsroomPolicy {
    /// Whether `user` may start a new story.
    public static func mayCreate(_ user: User) -> Bool {
        guard !user.isDisabled else { return false }
        return user.role != .copyEditor
    }

    /// Whether `user` may change the copy of `article` (a save that keeps its status).
    public static func mayEdit(_ user: User, _ article: Article) -> Bool {
        guard !user.isDisabled else { return false }
        let status = article.content.status
        switch user.role {
        case .administrator, .editor: return status != .deleted
        case .copyEditor: return status == .inReview
        case .writer: return article.author == user.id && status == .draft
        }
    }

    /// Whether `user` may move `article` to `status` (submitting, sending back, publishing,
    /// scheduling, taking down, deleting).
    public static func mayMove(_ user: User, _ article: Article, to status: ArticleStatus) -> Bool {
        guard !user.isDisabled else { return false }
        let from = article.content.status
        guard ArticleWorkflow.allows(from: from, to: status) else { return false }
        if from == status { return mayEdit(user, article) }
        switch user.role {
        case .administrator, .editor:
            return true
        case .copyEditor:
            // Sends a story back to its writer; publishing stays with editors.
            return from == .inReview && status == .draft
        case .writer:
            guard article.author == user.id else { return false }
            switch (from, status) {
            case (.draft, .inReview), (.inReview, .draft), (.draft, .deleted): return true
            default: return false
            }
        }
    }

    /// Whether `user` may see who works here and change accounts and roles.
    public static func mayManagePeople(_ user: User) -> Bool {
        !user.isDisabled && user.role == .administrator
    }

    /// Whether `user` may change the site's settings.
    public static func mayChangeSettings(_ user: User) -> Bool {
        !user.isDisabled && user.role == .administrator
    }

    /// Whether `user` may publish at all (shown or hidden in the editor).
    public static func mayPublish(_ user: User) -> Bool {
        !user.isDisabled && user.role >= .editor
    }
}
