import Foundation

/// A piece of content a page shows, named so a change can say which pages it makes stale:
/// a page cached with the tags of what it shows is evicted exactly when one of them changes.
public enum ContentTag: Hashable, Sendable, CustomStringConvertible {
    /// Everything: site settings, and the section list every page's navigation shows.
    case site
    /// The lists of all published articles: the home page (and later the main feeds and sitemaps).
    case latest
    /// One article's own page, whatever it currently answers (the page, a redirect, not found).
    case article(ArticleID)
    /// A section's list.
    case section(String)
    /// A tag's list.
    case tag(String)
    /// An author's page: the stories under their byline.
    case author(UserID)
    /// The stories published in a calendar month (UTC): its sitemap, and the archive pages of
    /// the site's months that overlap it.
    case month(year: Int, month: Int)
    /// Which months have stories at all: the archive's links to the neighbouring months.
    case calendar
    /// Which published stories a section has, in publication order: the previous and next
    /// story an article page links. An edit that moves nothing leaves it alone.
    case sectionOrder(String)
    /// Which published stories carry a tag, in publication order: an article page's stories
    /// related by tags.
    case tagOrder(String)

    /// The stored form, e.g. "article:12" or "section:sport".
    public var description: String {
        switch self {
        case .site: "site"
        case .latest: "latest"
        case .article(let id): "article:\(id)"
        case .section(let slug): "section:\(slug)"
        case .tag(let slug): "tag:\(slug)"
        case .author(let id): "author:\(id.rawValue)"
        case .month(let year, let month): "month:" + String(format: "%04d-%02d", year, month)
        case .calendar: "calendar"
        case .sectionOrder(let slug): "section-order:\(slug)"
        case .tagOrder(let slug): "tag-order:\(slug)"
        }
    }

    /// Reads the stored form back; nil for anything else.
    public init?(_ text: String) {
        if text == "site" { self = .site; return }
        if text == "latest" { self = .latest; return }
        if text == "calendar" { self = .calendar; return }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = String(text[text.index(after: colon)...])
        switch text[..<colon] {
        case "article": guard let id = Int64(value) else { return nil }; self = .article(ArticleID(id))
        case "section": self = .section(value)
        case "tag": self = .tag(value)
        case "section-order": self = .sectionOrder(value)
        case "tag-order": self = .tagOrder(value)
        case "author": guard let id = Int64(value) else { return nil }; self = .author(UserID(id))
        case "month":
            let parts = value.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            self = .month(year: year, month: month)
        default: return nil
        }
    }

    /// The lists an article in this state appears on (or will, once its time comes). A save
    /// touches the article's own page always, and the lists of its old and new state: so a draft
    /// saved again and again never empties a reader's page.
    public static func lists(
        status: ArticleStatus, section: String, tags: [String], author: UserID? = nil, publishedAt: Date? = nil
    ) -> Set<ContentTag> {
        guard status == .published else { return [] }
        var lists: Set<ContentTag> = [.latest, .section(section)]
        lists.formUnion(tags.map { ContentTag.tag($0) })
        if let author { lists.insert(.author(author)) }
        if let publishedAt { lists.insert(month(of: publishedAt)) }
        return lists
    }

    /// What a save changes in the order of published stories: the section and tag orders it
    /// leaves or joins, all of them when the story moves in time or in or out of publication,
    /// none when it stays where it was (a correction). `old` and `new` are the story before and
    /// after, as (status, section, tags, publication time).
    public static func orders(
        old: (status: ArticleStatus, section: String, tags: [String], publishedAt: Date?)?,
        new: (status: ArticleStatus, section: String, tags: [String], publishedAt: Date?)
    ) -> Set<ContentTag> {
        func placed(_ story: (status: ArticleStatus, section: String, tags: [String], publishedAt: Date?)?) -> (section: String, tags: Set<String>, time: Date?)? {
            guard let story, story.status == .published else { return nil }
            return (story.section, Set(story.tags), story.publishedAt)
        }
        let before = placed(old), after = placed(new)
        var orders: Set<ContentTag> = []
        if before?.section != after?.section || before?.time != after?.time {
            for story in [before, after].compactMap({ $0 }) {
                orders.insert(.sectionOrder(story.section))
                orders.formUnion(story.tags.map { .tagOrder($0) })
            }
        } else {
            orders.formUnion((before?.tags ?? []).symmetricDifference(after?.tags ?? []).map { .tagOrder($0) })
        }
        return orders
    }

    /// The month (UTC) `date` falls in.
    public static func month(of date: Date) -> ContentTag {
        let parts = utc.dateComponents([.year, .month], from: date)
        return .month(year: parts.year ?? 1970, month: parts.month ?? 1)
    }

    /// Every month (UTC) that overlaps the interval from `start` up to, not including, `end`:
    /// a month in the site's time zone straddles two.
    public static func months(from start: Date, to end: Date) -> Set<ContentTag> {
        var months: Set<ContentTag> = []
        var day = start
        while day < end {
            months.insert(month(of: day))
            day = day.addingTimeInterval(86_400)
        }
        if end > start { months.insert(month(of: end.addingTimeInterval(-1))) }
        return months
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

/// What changed since a cache last looked: the tags to evict, or everything.
public struct ContentChanges: Sendable, Equatable {
    /// Where to continue reading next time.
    public var cursor: Int64
    public var touched: Set<ContentTag>
    /// True when the changes since the old cursor are no longer all known (the feed was
    /// pruned past it): the reader must drop everything it holds.
    public var isIncomplete: Bool

    public init(cursor: Int64, touched: Set<ContentTag> = [], isIncomplete: Bool = false) {
        self.cursor = cursor
        self.touched = touched
        self.isIncomplete = isIncomplete
    }
}

/// The record of which content each write touched, shared by every process and instance that
/// uses the store, so each can evict exactly what went stale: read at most every half second,
/// and at once when the store announces a change (`ChangeAnnouncing`).
public protocol ChangeFeed: Sendable {
    /// The changes after `cursor`; nil asks for the current position only (nothing to evict).
    func changes(after cursor: Int64?) async throws -> ContentChanges
}

/// A store that tells every instance the moment any of them commits a change (PostgreSQL's
/// NOTIFY), so caches read the feed then instead of at their next look.
public protocol ChangeAnnouncing: Sendable {
    /// Yields once or more after each committed change, until the iterating task is cancelled.
    func changeSignals() -> AsyncStream<Void>
}
