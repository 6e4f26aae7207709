import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

extension PageRenderer {
    /// One month's stories, newest first, with links to the neighbouring months that have any.
    /// The month is the site's: a story published at 23:30 UTC on the 31st belongs to the next
    /// month in Tripoli, as its printed date says.
    func archive(year: Int, month: Int, page: Int) async throws -> PageCache.Entry {
        let context = try await context()
        guard let (start, end) = Self.month(year: year, month: month, in: context.timeZone) else {
            // No such month, whatever is published.
            return .init(page: .notFound, tags: [.site])
        }
        let now = clock.now()
        // The index's months are UTC months: close enough to find the neighbours that have stories.
        let months = try await store.publicationMonths(now: now)
        func link(_ found: PublicationMonth?) -> MonthNavigation.Link? {
            found.map { .init(name: context.dates.month($0.month, of: $0.year), path: SiteRoute.archive(year: $0.year, month: $0.month).path) }
        }
        let key = year * 12 + month
        let navigation = MonthNavigation(
            older: link(months.first { $0.year * 12 + $0.month < key }),
            newer: link(months.last { $0.year * 12 + $0.month > key }))
        let heading = context.strings.text(.archiveHeading, ["month": context.dates.month(month, of: year)])
        return try await list(
            heading: heading, query: ArticleQuery(publishedFrom: start, publishedBefore: end), route: .archive(year: year, month: month, page: page),
            page: page, tags: ContentTag.months(from: start, to: end).union([.calendar]), months: navigation, emptyIsNotFound: true)
    }

    /// Every month with stories, newest first, grouped by year, each with its count.
    func archiveIndex() async throws -> PageCache.Entry {
        let context = try await context()
        let months = try await store.publicationMonths(now: clock.now())
        let next = try await store.list(ArticleQuery(limit: 0, countsTotal: false), now: clock.now()).nextPublication
        return .init(page: await html(ArchiveIndexPage(months: months, context: context)), tags: [.latest], expiresAt: next)
    }

    /// The first instant of a month in `timeZone`, and of the next.
    static func month(year: Int, month: Int, in timeZone: TimeZone) -> (Date, Date)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard (1...9999).contains(year), (1...12).contains(month),
              let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return (start, end)
    }
}
