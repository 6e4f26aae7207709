import Foundation
import NashirDomain
import NashirFeeds
import NashirRoutes

extension PageRenderer {
    /// Stories in a feed: a day of a small paper, a few hours of a large one.
    static let feedSize = 20

    /// A feed of the site's, a section's or a tag's newest stories, in full, cached with the
    /// tags of its list so a save to any story in it refreshes it.
    func feed(_ scope: FeedScope, _ format: FeedFormat) async throws -> PageCache.Entry {
        let context = try await context()
        var query = ArticleQuery(limit: Self.feedSize, countsTotal: false)
        let heading: String
        let tags: Set<ContentTag>
        switch scope {
        case .site:
            (heading, tags) = (context.strings.text(.latestNews), [.latest])
        case .section(let slug):
            tags = [.section(slug)]
            guard let section = try await store.section(slug: slug) else { return .init(page: .notFound, tags: tags) }
            (heading, query.sectionSlug) = (section.name, slug)
        case .tag(let slug):
            tags = [.tag(slug)]
            guard let tag = try await store.tag(slug: slug) else { return .init(page: .notFound, tags: tags) }
            (heading, query.tagSlug) = (tag.name, slug)
        }
        let found = try await store.list(query, now: clock.now())
        var items: [FeedItem] = []
        for summary in found.items {
            guard let article = try await store.article(id: summary.id) else { continue }
            items.append(feedItem(article, media: try await media(of: article), context: context))
        }
        let siteName = context.chrome.name
        let feed = Feed(
            title: scope == .site ? siteName : context.strings.pageTitle(heading, site: siteName),
            description: context.strings.pageTitle(heading, site: siteName),
            pageURL: scope.page.url(on: baseURL),
            urls: FeedURLs(
                rss: SiteRoute.feed(scope, .rss).url(on: baseURL), atom: SiteRoute.feed(scope, .atom).url(on: baseURL),
                json: SiteRoute.feed(scope, .json).url(on: baseURL)),
            // An empty feed has changed never, not now: its validators stay the same between renders.
            updated: items.map(\.updated).max() ?? Date(timeIntervalSince1970: 0),
            iconURL: baseURL.origin + theme.assets.path("icon.svg"), items: items)
        let page = await CPUWork.run {
            switch format {
            case .rss: Self.document(RSSFeed.xml(feed), contentType: RSSFeed.mediaType, lastModified: feed.updated)
            case .atom: Self.document(AtomFeed.xml(feed, siteName: siteName), contentType: AtomFeed.mediaType, lastModified: feed.updated)
            case .json: Self.document(JSONFeed.json(feed, siteName: siteName), contentType: JSONFeed.mediaType, lastModified: feed.updated)
            }
        }
        return .init(page: page, tags: tags, expiresAt: found.nextPublication)
    }

    private func feedItem(_ article: Article, media: [MediaID: MediaItem], context: RenderContext) -> FeedItem {
        let content = article.content
        let published = content.publishedAt ?? article.createdAt
        let lead = content.leadImage.flatMap { media[$0] }
        let image = (lead?.social ?? lead?.responsive.last).map {
            FeedImage(url: SiteRoute.media($0.path).url(on: baseURL), mediaType: $0.mediaType, length: nil)
        }
        return FeedItem(
            id: SiteRoute.article(article.id, slug: nil).url(on: baseURL), url: SiteRoute.of(article).url(on: baseURL),
            title: content.headline, summary: content.searchDescription,
            contentHTML: FeedContentHTML.html(article, media: media, baseURL: baseURL),
            published: published, updated: max(article.updatedAt, published), author: content.byline,
            section: content.section.name, tags: content.tags.map(\.name), image: image)
    }
}
