import Foundation
import NashirDomain
import NashirRoutes

/// The model the `article` template renders: plain strings (escaped by Mustache) except the
/// fields named `…HTML` in comments, which are escaped here and carry `<bdi>` isolation.
struct ArticlePage: PageModel {
    static let template = "article"

    struct DatelineView: Sendable {
        let place: String?
        /// HTML: the agency name, Latin names isolated.
        let source: String?
        let placeAndSource: Bool
    }

    struct TagLink: Sendable {
        let name: String
        let path: String
    }

    let site: SiteChrome
    let strings: ThemeStrings
    let openGraphType = "article"
    /// A large card when there is a picture to show.
    let twitterCard: String
    let title: String
    let description: String?
    let canonical: String
    let sectionName: String
    let sectionPath: String
    let headline: String
    /// Breaking news: the theme marks it.
    let urgent: Bool
    let highlights: [String]
    let hasHighlights: Bool
    let byline: String?
    /// The author page the byline links to: only a member's with a public profile, whose name
    /// the byline is («وكالات» links nowhere).
    let bylinePath: String?
    /// The supplier the copy is credited to («رويترز»), unless the dateline names it already.
    let credit: String?
    let published: PageDate
    let updated: PageDate?
    let dateline: DatelineView?
    /// The body's blocks, typed.
    let blocks: [BlockView]
    let tags: [TagLink]
    let hasTags: Bool
    /// JSON-LD, already made safe for a `<script>` element.
    let structuredData: String
    /// «دقيقتان للقراءة».
    let readingTime: String
    let shareX: String
    let shareFacebook: String
    let shareWhatsApp: String
    let shareTelegram: String
    /// Where the page's script reports the read (`POST /read/{id}`), counted once with the page request.
    let readBeacon: String
    /// The canonical address again, for the copy-link button.
    let shareURL: String
    /// Stories sharing tags or words with this one.
    private(set) var related: [ListPage.Item]
    private(set) var hasRelated: Bool
    /// The section's previous (older) and next (newer) story.
    let previous: ListPage.Item?
    let next: ListPage.Item?
    let hasSectionNeighbours: Bool
    let leadImage: LeadImageView?
    /// Corrections, oldest first, each with its date.
    let corrections: [CorrectionView]
    /// The newsroom's preview of unsaved text: the theme says so above the story.
    let preview: Bool

    /// Shows `stories` as the related stories: a store may find them after the rest of the page.
    mutating func relate(_ stories: [ArticleSummary], context: RenderContext) {
        related = stories.map { ListPage.Item($0, context: context) }
        hasRelated = !related.isEmpty
    }

    /// The fields `relate` sets, by name: what a model read ahead of its render reads again.
    var relatedFields: KeyValuePairs<String, Any> {
        ["related": related, "hasRelated": hasRelated]
    }

    struct CorrectionView: Sendable {
        let date: PageDate
        let note: String
    }

    init(
        article: Article, media: [MediaID: MediaItem] = [:], context: RenderContext, preview: Bool = false,
        neighbours: ArticleNeighbours = .init(), author: User? = nil
    ) {
        self.preview = preview
        related = neighbours.related.map { ListPage.Item($0, context: context) }
        hasRelated = !related.isEmpty
        previous = neighbours.previous.map { ListPage.Item($0, context: context) }
        next = neighbours.next.map { ListPage.Item($0, context: context) }
        hasSectionNeighbours = previous != nil || next != nil
        readingTime = context.strings.readingTime(ReadingTime.minutes(article.content), digits: context.digits)
        let leadImage = article.content.leadImage.flatMap { media[$0] }
        self.leadImage = leadImage.flatMap { LeadImageView($0, baseURL: context.baseURL) }
        twitterCard = self.leadImage == nil ? "summary" : "summary_large_image"
        let content = article.content
        site = context.chrome
        strings = context.strings
        title = context.strings.pageTitle(content.searchTitle, site: context.chrome.name)
        description = content.searchDescription
        canonical = SiteRoute.of(article).url(on: context.baseURL)
        sectionName = content.section.name
        sectionPath = SiteRoute.section(slug: content.section.slug).path
        headline = content.headline
        urgent = content.urgent
        highlights = content.highlights
        hasHighlights = !content.highlights.isEmpty
        let linked = author.flatMap { author in
            content.byline == nil || content.byline == author.displayName ? author : nil
        }
        byline = content.byline ?? linked?.displayName
        bylinePath = linked.map { SiteRoute.author(slug: $0.authorSlug).path }
        credit = content.credit.flatMap { $0 == content.dateline?.source || $0 == content.byline ? nil : $0 }
        let publishedAt = content.publishedAt ?? article.createdAt
        published = PageDate(publishedAt, formatter: context.dates)
        // Show an update only when it is a real correction, not the import a minute later.
        updated = article.updatedAt.timeIntervalSince(publishedAt) > 3600 ? PageDate(article.updatedAt, formatter: context.dates) : nil
        dateline = content.dateline.map {
            DatelineView(place: $0.place, source: $0.source.map(HTMLText.isolatingLatin), placeAndSource: $0.place != nil && $0.source != nil)
        }
        blocks = content.body.compactMap { BlockView($0, media: media) }
        corrections = content.corrections.map { CorrectionView(date: PageDate($0.at, formatter: context.dates), note: $0.note) }
        tags = content.tags.map { TagLink(name: $0.name, path: SiteRoute.tag(slug: $0.slug).path) }
        hasTags = !tags.isEmpty
        structuredData = StructuredData.json(
            for: article, canonical: canonical, image: self.leadImage, author: byline.map { ($0, linked.map { SiteRoute.author(slug: $0.authorSlug).url(on: context.baseURL) }) },
            context: context)
        let url = PercentEncoding.encode(canonical)
        let text = PercentEncoding.encode(content.headline)
        shareURL = canonical
        readBeacon = SiteRoute.readBeacon(article.id).path
        shareX = "https://x.com/intent/post?text=\(text)&url=\(url)"
        shareFacebook = "https://www.facebook.com/sharer/sharer.php?u=\(url)"
        shareWhatsApp = "https://wa.me/?text=\(text)%20\(url)"
        shareTelegram = "https://t.me/share/url?url=\(url)&text=\(text)"
    }
}
