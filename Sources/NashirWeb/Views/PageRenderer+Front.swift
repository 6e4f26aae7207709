import Foundation
import NashirDomain

extension PageRenderer {
    /// Stories in the front page's latest list, besides the lead: together a page of the plain
    /// list, so `/?page=2` goes on where the front page stops.
    static let frontLatestCount = pageSize - 1
    /// Stories in each section's block.
    static let frontSectionCount = 4
    /// How long a story flagged urgent stays in the «عاجل» bar.
    static let urgentWindow: TimeInterval = 6 * 3600
    /// «الأكثر قراءة» ranks the reads of the last day, and is redrawn this often as they come in.
    static let mostReadWindow: TimeInterval = 24 * 3600
    static let mostReadRefresh: TimeInterval = 300

    /// The front page: the pinned story (or the newest) as lead, the latest after it, then each
    /// section's newest in the settings' order. It changes with any published story, with the
    /// settings, and by itself when an urgent story ages out or a scheduled one appears.
    func frontPage() async throws -> PageCache.Entry {
        let now = clock.now()
        let context = try await context()
        let settings = try await store.siteSettings()
        var content = FrontPageContent()
        // One more than shown (a pinned lead may take one's place) and one to tell whether there are more.
        let newest = try await store.list(ArticleQuery(limit: Self.frontLatestCount + 2, countsTotal: false), now: now)
        var tags: Set<ContentTag> = [.latest]
        if let pinned = settings.pinnedLead, let article = try await store.article(id: pinned), article.isVisible(at: now) {
            // Its own page's tag: unpublishing or editing it changes the lead.
            content.lead = ArticleSummary(article)
            tags.insert(.article(pinned))
        }
        content.lead = content.lead ?? newest.items.first
        content.latest = Array(newest.items.filter { $0.id != content.lead?.id }.prefix(Self.frontLatestCount))
        content.hasMore = newest.items.count > Self.frontLatestCount + 1
        if let lead = content.lead, let article = try await store.article(id: lead.id), let image = article.content.leadImage {
            content.leadImage = try await store.media(id: image)
        }
        for section in settings.ordered(try await store.sections()) {
            let found = try await store.list(ArticleQuery(sectionSlug: section.slug, limit: Self.frontSectionCount, countsTotal: false), now: now)
            if !found.items.isEmpty { content.sections.append((section, found.items)) }
        }
        var urgentQuery = ArticleQuery(publishedFrom: now.addingTimeInterval(-Self.urgentWindow), limit: 5, countsTotal: false)
        urgentQuery.urgentOnly = true
        let urgent = try await store.list(urgentQuery, now: now)
        content.urgent = urgent.items
        content.mostRead = try await store.mostRead(since: now.addingTimeInterval(-Self.mostReadWindow), limit: 5, now: now).map(\.summary)
        let agesOut = urgent.items.compactMap(\.publishedAt).min().map { $0.addingTimeInterval(Self.urgentWindow) }
        // Reads change no content, so no change in the feed evicts the page: it expires to show them.
        let expiresAt = [agesOut, newest.nextPublication, now.addingTimeInterval(Self.mostReadRefresh)].compactMap { $0 }.min()
        return .init(page: await html(FrontPage(content: content, context: context)), tags: tags, expiresAt: expiresAt)
    }
}
