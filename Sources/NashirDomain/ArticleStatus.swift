/// Where an article is in its life; readers only ever see published ones.
public enum ArticleStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case published
}
