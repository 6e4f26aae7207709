/// Failures of a store, phrased for the person running the command or using the newsroom.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The database cannot be opened or brought up to date.
    case cannotOpen(path: String, reason: String)
    /// The draft at `index` of a batch failed validation; nothing of the batch was stored.
    case invalidArticle(index: Int, origin: ArticleOrigin, problem: String)
    /// No article has this id.
    case notFound(ArticleID)
    /// Someone saved the article since the editor opened it.
    case conflict(ArticleID, expected: Int, actual: Int)
    /// Another article already came from this origin.
    case duplicateOrigin(ArticleOrigin)
    /// The workflow does not allow this change of status.
    case forbiddenTransition(ArticleID, from: ArticleStatus, to: ArticleStatus)
    /// A feed source of this name exists already.
    case duplicateSource(String)
    /// The database takes no writes (the disk is full, or it is read-only); nothing of the write
    /// was stored, and reads go on.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open database \(path): \(reason)"
        case .invalidArticle(let index, let origin, let problem):
            "article \(index + 1) (\(origin.source) \(origin.key)): \(problem)"
        case .notFound(let id): "article \(id) does not exist"
        case .conflict(let id, let expected, let actual):
            "article \(id) was changed by someone else: it is at revision \(actual), not \(expected)"
        case .duplicateOrigin(let origin): "an article from \(origin.source) \(origin.key) already exists"
        case .forbiddenTransition(let id, let from, let to): "article \(id) cannot go from \(from.rawValue) to \(to.rawValue)"
        case .duplicateSource(let name): "a source named \(name) exists already"
        case .cannotWrite(let path, let reason): "cannot write to database \(path): \(reason); nothing was saved"
        }
    }
}
