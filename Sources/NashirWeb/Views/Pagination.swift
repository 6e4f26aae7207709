import ArabicText
import NashirRoutes

/// «الأحدث / الصفحة 2 من 5 / الأقدم» under a list; nil when everything fits on one page.
struct Pagination: Sendable {
    /// «الصفحة 2 من 5», in the site's digits.
    let position: String
    let newer: String?
    let older: String?

    /// `route` is the list's own address; its other pages are the same route on another page.
    init?(page: Int, total: Int, pageSize: Int, route: SiteRoute, context: RenderContext) {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        guard pages > 1 else { return nil }
        func link(_ number: Int) -> String { route.onPage(number).path }
        position = context.strings.text(
            .pagePosition, ["page": context.digits.apply(to: String(page)), "pages": context.digits.apply(to: String(pages))])
        newer = page > 1 ? link(page - 1) : nil
        older = page < pages ? link(page + 1) : nil
    }
}
