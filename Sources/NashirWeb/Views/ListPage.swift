import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

/// The model of the `list` template: the home, section and tag pages.
struct ListPage: PageModel {
    static let template = "list"

    struct Item: Sendable {
        let headline: String
        let path: String
        let sectionName: String
        let sectionPath: String
        let highlight: String?
        let published: PageDate?

        init(_ summary: ArticleSummary, context: RenderContext) {
            headline = summary.headline
            path = SiteRoute.article(summary.id, slug: summary.slug).path
            sectionName = summary.section.name
            sectionPath = SiteRoute.section(slug: summary.section.slug).path
            highlight = summary.highlight
            published = summary.publishedAt.map { PageDate($0, formatter: context.dates) }
        }
    }

    let site: SiteChrome
    let strings: ThemeStrings
    let openGraphType = "website"
    let twitterCard = "summary"
    let title: String
    let canonical: String
    let heading: String
    let articles: [Item]
    let pagination: Pagination?
    /// A section's or a tag's own feeds; the site's are on every page already.
    let feeds: [FeedLink]
    /// On a month's archive: the nearest older and newer months with stories.
    let months: MonthNavigation?
    /// A line under the heading: an author's bio.
    let intro: String?

    /// `route` is the list's own address on the page shown.
    init(heading: String, title: String, summaries: [ArticleSummary], page: Int, total: Int, pageSize: Int, route: SiteRoute, context: RenderContext, months: MonthNavigation? = nil, intro: String? = nil) {
        self.months = months
        self.intro = intro
        site = context.chrome
        strings = context.strings
        self.title = title
        self.heading = heading
        canonical = route.onPage(page).url(on: context.baseURL)
        articles = summaries.map { Item($0, context: context) }
        pagination = Pagination(page: page, total: total, pageSize: pageSize, route: route, context: context)
        feeds = switch route {
        case .section(let slug, _): FeedLink.all(.section(slug), title: title)
        case .tag(let slug, _): FeedLink.all(.tag(slug), title: title)
        default: []
        }
    }
}

/// Links from one month's archive to its neighbours that have stories.
struct MonthNavigation: Sendable {
    struct Link: Sendable {
        let name: String
        let path: String
    }

    let older: Link?
    let newer: Link?
}

/// The model of the `not-found` template.
struct NotFoundPage: PageModel {
    static let template = "not-found"

    let site: SiteChrome
    let strings: ThemeStrings
    let title: String

    init(context: RenderContext) {
        site = context.chrome
        strings = context.strings
        title = context.strings.pageTitle(context.strings.text(.notFound), site: context.chrome.name)
    }
}
