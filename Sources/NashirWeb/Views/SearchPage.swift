import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

/// The model of the `search` template: the form with its filters, the results with the
/// matched words marked, "did you mean", and pagination.
struct SearchPage: PageModel {
    static let template = "search"

    struct Result: Sendable {
        /// Escaped HTML with `<mark>` and `<bdi>`; the template inserts it unescaped.
        let headlineHTML: String
        let snippetHTML: String?
        let path: String
        let sectionName: String
        let sectionPath: String
        let published: PageDate?
    }

    struct SectionOption: Sendable {
        let slug: String
        let name: String
        let selected: Bool
    }

    struct Suggestion: Sendable {
        let text: String
        let path: String
    }

    let site: SiteChrome
    let strings: ThemeStrings
    let title: String
    let heading: String
    let query: String
    let countText: String?
    let sections: [SectionOption]
    let tag: String?
    let from: String?
    let to: String?
    let results: [Result]
    /// Articles lacking one of the words, after every full match, under their own heading.
    let partialResults: [Result]
    let hasPartialResults: Bool
    let suggestion: Suggestion?
    /// A query was given but held nothing searchable (only stop words, say).
    let nothingToSearch: Bool
    let pagination: Pagination?
    let hasQuery: Bool

    init(parameters: SearchParameters, results found: SearchResults, searched: Bool, pageSize: Int, sections: [Section], context: RenderContext) {
        site = context.chrome
        strings = context.strings
        let text = parameters.text
        hasQuery = !text.isEmpty
        heading = text.isEmpty ? strings.text(.searchHeading) : strings.text(.searchResultsHeading, ["query": text])
        title = strings.pageTitle(heading, site: context.chrome.name)
        query = text
        countText = !(hasQuery && searched) ? nil : found.totalIsExact ? PageRenderer.resultCount(found.total, context: context)
            : strings.text(.resultCountMoreThan, ["n": context.digits.apply(to: String(found.total))])
        nothingToSearch = hasQuery && !searched
        self.sections = sections.map { SectionOption(slug: $0.slug, name: $0.name, selected: $0.slug == parameters.section) }
        tag = parameters.tag
        from = parameters.from
        to = parameters.to
        let hits = found.hits.map { hit in
            (hit.partial, Result(
                headlineHTML: HTMLText.marked(hit.headline),
                snippetHTML: hit.snippet.map(HTMLText.marked) ?? hit.summary.highlight.map(HTMLText.isolatingLatin),
                path: SiteRoute.article(hit.summary.id, slug: hit.summary.slug).path,
                sectionName: hit.summary.section.name, sectionPath: SiteRoute.section(slug: hit.summary.section.slug).path,
                published: hit.summary.publishedAt.map { PageDate($0, formatter: context.dates) }))
        }
        results = hits.filter { !$0.0 }.map(\.1)
        partialResults = hits.filter(\.0).map(\.1)
        hasPartialResults = !partialResults.isEmpty
        suggestion = found.suggestion.map { text in
            var corrected = parameters
            corrected.text = text
            corrected.page = 1
            return Suggestion(text: text, path: SiteRoute.search(corrected).path)
        }
        pagination = Pagination(page: parameters.page, total: found.total, pageSize: pageSize, route: .search(parameters), context: context)
    }
}
