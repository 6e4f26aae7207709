import Foundation
import Hummingbird
import HTTPTypes
import NashirDomain
import NashirRoutes
@testable import NashirWeb
import ArabicText

/// One model per page type with every optional filled and every list non-empty, built through the
/// models' own initialisers, so the contract test sees every name a template can print.
enum PageFixtures {
    static let sport = Section(slug: "sport", name: "رياضة")
    static let published = Date(timeIntervalSince1970: 1_600_000_000)

    static func context(_ theme: Theme) -> RenderContext {
        RenderContext(settings: SiteSettings(), sections: [sport], theme: theme, baseURL: BaseURL("https://news.example")!)
    }

    /// Every page model, for the theme's templates.
    static func all(_ theme: Theme) throws -> [any PageModel] {
        let context = context(theme)
        return [article(context), front(context), list(context), archiveIndex(context), try search(context), NotFoundPage(context: context),
                ErrorPage(status: 400, reason: "رقم الصفحة (page) يجب أن يكون عددًا صحيحًا من 1 فصاعدًا", context: context)]
    }

    static func article(_ context: RenderContext, related: [ArticleSummary] = [summary]) -> ArticlePage {
        let content = ArticleContent(
            origin: ArticleOrigin(source: "test", key: "1"), slug: "الترجي-يفوز", section: sport, headline: "الترجي يفوز بالكأس",
            highlights: ["أول عنوان فرعي"], dateline: Dateline(place: "تونس", source: "وات"),
            body: [
                .paragraph("فاز الترجي على منافسه في مباراة نقلتها قناة beIN Sports."), .subheading("ردود الفعل"),
                .quote("كان فوزًا مستحقًا", source: "المدرب"), .list(["الهدف الأول", "الهدف الثاني"], ordered: true),
                .list(["جمهور", "لاعبون"], ordered: false), .image(MediaID(1), caption: "لحظة الهدف"), .embed(url: "https://x.com/post/1"),
            ],
            tags: [NashirDomain.Tag(slug: "libya", name: "ليبيا")], byline: "كاتب الخبر", summary: "ملخص الخبر",
            publishedAt: published, leadImage: MediaID(1),
            corrections: [Correction(at: published.addingTimeInterval(86_400), note: "صُحّح اسم المدرب.")], credit: "فرانس برس")
        // Updated a day later: a real correction, so the page shows the update.
        let article = Article(id: ArticleID(1), content: content, createdAt: published, updatedAt: published.addingTimeInterval(86_400))
        let image = MediaItem(
            id: MediaID(1), width: 1600, height: 1067, alt: "وزير الدفاع التركي في طرابلس", caption: "خلال الزيارة", credit: "رويترز",
            renditions: [
                MediaRendition(path: "2020/09/a-480.webp", width: 480, height: 320, mediaType: "image/webp", role: "responsive"),
                MediaRendition(path: "2020/09/a-1200.webp", width: 1200, height: 800, mediaType: "image/webp", role: "responsive"),
                MediaRendition(path: "2020/09/a-social.jpg", width: 1200, height: 630, mediaType: "image/jpeg", role: "social"),
            ],
            uploadedBy: nil, uploadedAt: article.createdAt)
        let neighbours = ArticleNeighbours(related: related, previous: summary, next: summary)
        let author = User(id: UserID(1), name: "amal", displayName: "كاتب الخبر", role: .writer, createdAt: published, hasPublicProfile: true)
        return ArticlePage(article: article, media: [image.id: image], context: context, neighbours: neighbours, author: author)
    }

    static func list(_ context: RenderContext) -> ListPage {
        // Page 2 of 3, so the pagination links both ways.
        ListPage(heading: "رياضة", title: "رياضة – ناشر", summaries: [summary], page: 2, total: 45, pageSize: 20,
                 route: .section(slug: "sport"), context: context,
                 months: MonthNavigation(older: .init(name: "أغسطس 2020", path: "/archive/2020/08"), newer: .init(name: "أكتوبر 2020", path: "/archive/2020/10")),
                 intro: "كاتب يغطي الرياضة المغاربية.")
    }

    static func front(_ context: RenderContext) -> FrontPage {
        let image = article(context).leadImage.map { _ in
            MediaItem(
                id: MediaID(1), width: 1200, height: 800, alt: "صورة الخبر", caption: "التعليق", credit: "رويترز",
                renditions: [MediaRendition(path: "2020/09/a-1200.webp", width: 1200, height: 800, mediaType: "image/webp", role: "responsive")],
                uploadedBy: nil, uploadedAt: published)
        }
        let content = FrontPageContent(
            urgent: [summary], lead: summary, leadImage: image, latest: [summary], sections: [(sport, [summary])], mostRead: [summary], hasMore: true)
        return FrontPage(content: content, context: context)
    }

    static func archiveIndex(_ context: RenderContext) -> ArchiveIndexPage {
        ArchiveIndexPage(months: [PublicationMonth(year: 2020, month: 9, articles: 12, lastModified: published)], context: context)
    }

    static func search(_ context: RenderContext) throws -> SearchPage {
        let parameters = SearchParameters(text: "الترجي", tag: "libya", from: "2020-01-01", to: "2020-12-31", page: 2)
        let hit = SearchHit(
            summary: summary, headline: HighlightedText(parts: [.init("الترجي", isMatch: true), .init(" يفوز", isMatch: false)]),
            snippet: HighlightedText(parts: [.init("فاز ", isMatch: false), .init("الترجي", isMatch: true)], isCutAfter: true), score: 1)
        var partial = hit
        partial.partial = true
        // Hits, partial hits and a suggestion together, so every part of the template is checked.
        let results = SearchResults(total: 45, hits: [hit, partial], suggestion: "الترجى")
        return SearchPage(parameters: parameters, results: results, searched: true, pageSize: 20,
                          sections: [sport], context: context)
    }

    static let summary = ArticleSummary(
        id: ArticleID(1), slug: "الترجي-يفوز", section: sport, headline: "الترجي يفوز بالكأس", highlight: "أول عنوان فرعي",
        publishedAt: published)

    /// Where a fixture leaves an optional nil or a list empty (one line each), looked for
    /// through its stored properties; `ThemeStrings` is the theme's, not the fixture's.
    static func gaps(in value: Any, path: String = "") -> [String] {
        if value is ThemeStrings { return [] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return ["\(path) is nil"] }
            return gaps(in: wrapped, path: path)
        case .collection, .set:
            // Elements may be of several kinds (an article's blocks): a gap is one no element fills.
            let elements = mirror.children.map(\.value)
            guard !elements.isEmpty else { return ["\(path) is empty"] }
            let each = elements.map { Set(gaps(in: $0, path: path + "[]")) }
            return each.dropFirst().reduce(each[0]) { $0.intersection($1) }.sorted()
        case .struct, .class:
            return mirror.children.flatMap { child in gaps(in: child.value, path: path + "." + (child.label ?? "?")) }
        default:
            return []
        }
    }
}
