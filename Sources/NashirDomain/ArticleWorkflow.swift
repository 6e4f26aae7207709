import Foundation

/// Where an article stands for readers at a given moment.
public enum Publication: Sendable, Equatable {
    /// Not meant for readers (yet).
    case unpublished
    /// Published with a time still to come: it appears by itself at `Date`, no job needed.
    case scheduled(Date)
    /// Readers see it.
    case live
}

/// The article workflow: which status changes are allowed, and what a status means for readers.
/// The newsroom adds review states here; stores and pages ask this type, never compare strings.
public enum ArticleWorkflow {
    /// Whether an article may go from one status to another.
    public static func allows(from: ArticleStatus, to: ArticleStatus) -> Bool {
        // Two states, both ways: publishing, and taking a story down again.
        true
    }

    /// What readers get of `article` at `now`.
    public static func publication(of article: Article, at now: Date) -> Publication {
        guard article.content.status == .published else { return .unpublished }
        let time = article.content.publishedAt ?? article.createdAt
        return time <= now ? .live : .scheduled(time)
    }
}
