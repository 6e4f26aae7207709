import Foundation

/// Who has which story open in the editor, kept where every instance sees it, so two editors
/// know before they collide even when their requests reach different servers (the revision
/// check still guards every save).
public protocol EditorPresence: Sendable {
    /// Records that `user` has `article` open at `now`, and returns the display names of the
    /// others seen on it within `window`, sorted.
    func visit(_ article: ArticleID, by user: User, at now: Date, window: TimeInterval) async throws -> [String]
}
