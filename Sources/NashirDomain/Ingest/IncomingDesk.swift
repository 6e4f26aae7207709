import Foundation

/// One item on the incoming list: agency copy waiting for an editor.
public struct IncomingItem: Sendable, Equatable {
    public var summary: ArticleSummary
    /// The feed it came from (the origin's source), e.g. «رويترز».
    public var source: String
    /// The credit the supplier asks for, when it differs from the source's name.
    public var credit: String?
    public var receivedAt: Date
    public var embargo: Date?

    public init(summary: ArticleSummary, source: String, credit: String?, receivedAt: Date, embargo: Date?) {
        self.summary = summary
        self.source = source
        self.credit = credit
        self.receivedAt = receivedAt
        self.embargo = embargo
    }
}

/// The same story as several suppliers sent it: the incoming list shows it once, with its sources.
public struct IncomingStory: Sendable, Equatable {
    /// Newest first; the first is the one the list shows.
    public var items: [IncomingItem]

    public init(items: [IncomingItem]) {
        self.items = items
    }

    /// The sources that sent it, each once, in the order of `items`.
    public var sources: [String] {
        var seen = Set<String>()
        return items.map(\.source).filter { seen.insert($0).inserted }
    }
}

/// A newer version from the source of a story the newsroom has changed, held for an editor.
public struct HeldVersion: Sendable, Equatable {
    public var content: ArticleContent
    public var receivedAt: Date

    public init(content: ArticleContent, receivedAt: Date) {
        self.content = content
        self.receivedAt = receivedAt
    }
}

/// The newsroom's incoming desk: what the feeds brought, grouped by story.
public protocol IncomingDesk: Sendable {
    /// Stories with at least one item still incoming, the latest arrival first.
    func incomingStories(limit: Int) async throws -> [IncomingStory]
    /// Turns an incoming item into a draft of `editor`'s; `StoreError.forbiddenTransition` when
    /// it is no longer incoming (a colleague took it first).
    func take(_ id: ArticleID, by editor: UserID) async throws -> Article
    /// The source's newer version of a story the newsroom changed, if one arrived.
    func heldVersion(of id: ArticleID) async throws -> HeldVersion?
    /// Forgets the held version once an editor has dealt with it.
    func discardHeldVersion(of id: ArticleID) async throws
}

extension IncomingStory {
    /// Items, newest first, each with the id of its story group, gathered into at most `limit`
    /// stories; a story takes its place in the list from its newest item.
    public static func grouped(_ items: [(story: Int64, item: IncomingItem)], limit: Int) -> [IncomingStory] {
        var order: [Int64] = []
        var stories: [Int64: [IncomingItem]] = [:]
        for (story, item) in items {
            if stories[story] == nil {
                guard order.count < limit else { continue }
                order.append(story)
            }
            stories[story, default: []].append(item)
        }
        return order.map { IncomingStory(items: stories[$0] ?? []) }
    }
}
