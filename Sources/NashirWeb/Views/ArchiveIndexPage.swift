import ArabicText
import NashirDomain
import NashirRoutes

/// The model of the `archive-index` template: every month with stories, by year.
struct ArchiveIndexPage: PageModel {
    static let template = "archive-index"

    struct Year: Sendable {
        /// In the site's digits; `id` in Western ones, for the heading's anchor.
        let name: String
        let id: String
        let months: [Month]
    }

    struct Month: Sendable {
        let name: String
        let path: String
        /// «312 خبرًا», in the plural form the count takes.
        let count: String
    }

    let site: SiteChrome
    let strings: ThemeStrings
    let title: String
    let canonical: String
    let years: [Year]

    init(months: [PublicationMonth], context: RenderContext) {
        site = context.chrome
        strings = context.strings
        title = context.strings.pageTitle(context.strings.table["archive"] ?? "", site: context.chrome.name)
        canonical = SiteRoute.archiveIndex.url(on: context.baseURL)
        var years: [Year] = []
        for month in months {
            let entry = Month(
                name: context.dates.months.name(ofMonth: month.month), path: SiteRoute.archive(year: month.year, month: month.month).path,
                count: ArabicPlural.Forms.articles.render(month.articles, digits: context.digits))
            let id = "year-\(month.year)"
            if let last = years.last, last.id == id {
                years[years.count - 1] = Year(name: last.name, id: id, months: last.months + [entry])
            } else {
                years.append(Year(name: context.digits.apply(to: String(month.year)), id: id, months: [entry]))
            }
        }
        self.years = years
    }
}
