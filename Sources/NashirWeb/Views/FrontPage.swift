import NashirDomain
import NashirRoutes

/// The model of the `front` template: the first page of the home page, laid out as a
/// newspaper's: the urgent bar, the lead story, the latest stories, a block per section.
struct FrontPage: PageModel {
    static let template = "front"

    /// One section's newest stories.
    struct SectionBlock: Sendable {
        let name: String
        let path: String
        /// For the block's heading anchor.
        let id: String
        let articles: [ListPage.Item]
    }

    let site: SiteChrome
    let strings: ThemeStrings
    let openGraphType = "website"
    let twitterCard = "summary"
    let title: String
    let canonical: String
    /// Stories flagged urgent in the last hours, newest first.
    let urgent: [ListPage.Item]
    let hasUrgent: Bool
    let lead: ListPage.Item?
    let leadImage: LeadImageView?
    let latest: [ListPage.Item]
    let sections: [SectionBlock]
    /// The stories most read in the last day, most first.
    let mostRead: [ListPage.Item]
    let hasMostRead: Bool
    /// The older stories' list, `/?page=2`.
    let more: String?

    init(content: FrontPageContent, context: RenderContext) {
        site = context.chrome
        strings = context.strings
        title = context.chrome.name
        canonical = SiteRoute.home().url(on: context.baseURL)
        urgent = content.urgent.map { ListPage.Item($0, context: context) }
        hasUrgent = !urgent.isEmpty
        lead = content.lead.map { ListPage.Item($0, context: context) }
        leadImage = content.leadImage.flatMap { LeadImageView($0, baseURL: context.baseURL) }
        latest = content.latest.map { ListPage.Item($0, context: context) }
        sections = content.sections.enumerated().map { index, block in
            SectionBlock(
                name: block.section.name, path: SiteRoute.section(slug: block.section.slug).path, id: "section-\(index + 1)",
                articles: block.articles.map { ListPage.Item($0, context: context) })
        }
        mostRead = content.mostRead.map { ListPage.Item($0, context: context) }
        hasMostRead = !mostRead.isEmpty
        more = content.hasMore ? SiteRoute.home(page: 2).path : nil
    }
}

/// What the front page shows, read from the store in one render.
struct FrontPageContent: Sendable {
    var urgent: [ArticleSummary] = []
    var lead: ArticleSummary?
    var leadImage: MediaItem?
    var latest: [ArticleSummary] = []
    var sections: [(section: Section, articles: [ArticleSummary])] = []
    var mostRead: [ArticleSummary] = []
    var hasMore = false
}
