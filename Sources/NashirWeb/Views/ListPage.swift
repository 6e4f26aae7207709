import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

/// The model of the `list` template: the home, section and tag pages.
struct ListPage: Sendable {
    struct Item: Sendable {
        let headline: String
        let path: String
        let sectionName: String
        let sectionPath: String
        let highlight: String?
        let published: PageDate?
    }

    let site: SiteChrome
    let openGraphType = "website"
    let title: String
    let description: String?
    let canonical: String?
    let heading: String
    let articles: [Item]
    let pagination: Pagination?

    /// `route` is the list's own address on the page shown.
    init(heading: String, title: String, summaries: [ArticleSummary], page: Int, total: Int, pageSize: Int, route: SiteRoute, context: RenderContext) {
        site = context.chrome
        self.title = title
        self.heading = heading
        description = nil
        canonical = context.baseURL + route.onPage(page).path
        articles = summaries.map { summary in
            Item(
                headline: summary.headline, path: SiteRoute.article(summary.id, slug: summary.slug).path,
                sectionName: summary.section.name, sectionPath: SiteRoute.section(slug: summary.section.slug).path,
                highlight: summary.highlight, published: summary.publishedAt.map { PageDate($0, formatter: context.dates) })
        }
        pagination = Pagination(page: page, total: total, pageSize: pageSize, route: route, digits: context.digits)
    }
}

/// The model of the `not-found` template.
struct NotFoundPage: Sendable {
    let site: SiteChrome
    let title: String
    let description: String? = nil
    let canonical: String? = nil

    init(context: RenderContext) {
        site = context.chrome
        title = "الصفحة غير موجودة – \(context.chrome.name)"
    }
}
