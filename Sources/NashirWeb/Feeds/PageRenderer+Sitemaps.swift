import Foundation
import NashirDomain
import NashirFeeds
import NashirRoutes

extension PageRenderer {
    /// `/robots.txt`: everything readers see may be crawled; the newsroom, the API and search
    /// result pages (endless, and thin) may not.
    func robots() -> PageCache.Entry {
        let text = """
            User-agent: *
            Disallow: /admin
            Disallow: /api/
            Disallow: /search

            Sitemap: \(SiteRoute.sitemapIndex.url(on: baseURL))
            Sitemap: \(SiteRoute.newsSitemap.url(on: baseURL))

            """
        return .init(page: Self.document(text, contentType: "text/plain; charset=utf-8", lastModified: clock.now()), tags: [.site])
    }

    /// The index: one sitemap per month with stories, then the sections', the tags' and the news sitemap.
    func sitemapIndex() async throws -> PageCache.Entry {
        let now = clock.now()
        let months = try await store.publicationMonths(now: now)
        let latest = months.map(\.lastModified).max()
        var entries = months.map { Sitemap.Entry(url: SiteRoute.sitemap(.articles(year: $0.year, month: $0.month)).url(on: baseURL), lastModified: $0.lastModified) }
        entries += [SiteRoute.sitemap(.sections), .sitemap(.tags), .newsSitemap].map { Sitemap.Entry(url: $0.url(on: baseURL), lastModified: latest) }
        let next = try await store.list(ArticleQuery(limit: 0, countsTotal: false), now: now).nextPublication
        return .init(
            page: await Self.offLoopDocument(Sitemap.index(entries), contentType: Sitemap.mediaType, lastModified: latest ?? now), tags: [.latest],
            expiresAt: next)
    }

    /// One sitemap of the index; not found for a month without stories.
    func sitemap(_ part: SitemapPart) async throws -> PageCache.Entry {
        let now = clock.now()
        switch part {
        case .articles(let year, let month):
            guard let (start, end) = Self.month(year: year, month: month, in: TimeZone(identifier: "UTC")!) else { return .init(page: .notFound, tags: [.site]) }
            let tags: Set<ContentTag> = [.month(year: year, month: month)]
            let found = try await store.list(
                ArticleQuery(publishedFrom: start, publishedBefore: end, limit: Sitemap.maximumURLs, countsTotal: false), now: now)
            guard !found.items.isEmpty else { return .init(page: .notFound, tags: tags, expiresAt: found.nextPublication) }
            let entries = found.items.map { summary in
                Sitemap.Entry(url: SiteRoute.article(summary.id, slug: summary.slug).url(on: baseURL), lastModified: summary.updatedAt ?? summary.publishedAt)
            }
            let latest = entries.compactMap(\.lastModified).max()
            return .init(
                page: await Self.offLoopDocument(Sitemap.urls(entries), contentType: Sitemap.mediaType, lastModified: latest ?? now), tags: tags,
                expiresAt: found.nextPublication)
        case .sections:
            let entries = [Sitemap.Entry(url: SiteRoute.home().url(on: baseURL), lastModified: nil)]
                + (try await store.sections()).map { Sitemap.Entry(url: SiteRoute.section(slug: $0.slug).url(on: baseURL), lastModified: nil) }
            return .init(page: await Self.offLoopDocument(Sitemap.urls(entries), contentType: Sitemap.mediaType, lastModified: now), tags: [.site])
        case .tags:
            // Only tags readers can reach: a tag page without stories is thin content.
            let tags = try await store.publishedTags(now: now, limit: Sitemap.maximumURLs)
            let entries = tags.map { Sitemap.Entry(url: SiteRoute.tag(slug: $0.tag.slug).url(on: baseURL), lastModified: nil) }
            // A scheduled story may bring a tag of its own when its time comes.
            let next = try await store.list(ArticleQuery(limit: 0, countsTotal: false), now: now).nextPublication
            return .init(
                page: await Self.offLoopDocument(Sitemap.urls(entries), contentType: Sitemap.mediaType, lastModified: now), tags: [.latest],
                expiresAt: next)
        }
    }

    /// Google News's sitemap: the stories of the last 48 hours; it changes by itself when the
    /// oldest of them ages out or a scheduled one appears.
    func newsSitemap() async throws -> PageCache.Entry {
        let now = clock.now()
        let context = try await context()
        let found = try await store.list(
            ArticleQuery(publishedFrom: now.addingTimeInterval(-NewsSitemap.window), limit: NewsSitemap.maximumArticles, countsTotal: false), now: now)
        let stories = found.items.compactMap { summary in
            summary.publishedAt.map {
                NewsSitemap.Story(
                    url: SiteRoute.article(summary.id, slug: summary.slug).url(on: baseURL), title: summary.headline, published: $0,
                    lastModified: max(summary.updatedAt ?? $0, $0))
            }
        }
        let agesOut = stories.map(\.published).min().map { $0.addingTimeInterval(NewsSitemap.window) }
        let expiry = [agesOut, found.nextPublication].compactMap { $0 }.min()
        let xml = NewsSitemap.xml(stories, publication: context.chrome.name)
        return .init(
            page: await Self.offLoopDocument(xml, contentType: Sitemap.mediaType, lastModified: stories.map(\.lastModified).max() ?? now), tags: [.latest],
            expiresAt: expiry)
    }
}
