import Foundation

/// Where an article stands for readers at a given moment.
public enum Publication: Sendable, Equatable {
    /// Not meant for readers (yet).
    case unpublished
    /// Published with a time still to come: it appears by itself at `Date`, no job needed.
    case scheduled(Date)
    /// Readers see it.
    case live
    /// It was public once and was taken down or deleted: its address answers 410 Gone.
    case withdrawn
}

/// The article workflow: which status changes are allowed, and what a status means for readers.
/// Stores and pages ask this type, never compare strings. Who may make a change is
/// `NewsroomPolicy`'s question; this one only knows which changes make sense at all.
public enum ArticleWorkflow {
    /// The statuses each status may move to. Publishing again (a correction, a new time) is
    /// allowed; a deleted article stays a tombstone.
    static let next: [ArticleStatus: Set<ArticleStatus>] = [
        .incoming: [.draft, .deleted],
        .draft: [.draft, .inReview, .published, .deleted],
        .inReview: [.inReview, .draft, .published, .deleted],
        .published: [.published, .unpublished],
        .unpublished: [.unpublished, .published, .draft, .deleted],
        .deleted: [],
    ]

    /// Whether an article may go from one status to another.
    public static func allows(from: ArticleStatus, to: ArticleStatus) -> Bool {
        next[from, default: []].contains(to)
    }

    /// What readers get of `article` at `now`.
    public static func publication(of article: Article, at now: Date) -> Publication {
        switch article.content.status {
        case .published:
            // An embargo holds even a published story back: the supplier's release time wins.
            let time = max(article.content.publishedAt ?? article.createdAt, article.content.embargo ?? .distantPast)
            return time <= now ? .live : .scheduled(time)
        case .unpublished, .deleted:
            return .withdrawn
        case .incoming, .draft, .inReview:
            return .unpublished
        }
    }
}
