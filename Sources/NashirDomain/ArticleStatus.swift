/// Where an article is in its life; readers only ever see published ones whose time has come
/// (a published article with a time still ahead is what the newsroom calls scheduled).
public enum ArticleStatus: String, Sendable, Codable, CaseIterable {
    /// An agency item waiting on the incoming desk for an editor to take it.
    case incoming
    case draft
    /// Submitted by its writer; editors and copy editors work on it.
    case inReview = "in-review"
    case published
    /// Taken down: its address answers 410 Gone.
    case unpublished
    /// A tombstone: kept so its address answers 410 Gone and its history stays.
    case deleted
}
