import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

/// What every page's header, menus and footer show.
struct SiteChrome: Sendable {
    struct SectionLink: Sendable {
        let name: String
        let path: String
    }

    /// The assets every page links, which a theme must therefore provide.
    static let assetNames = ["site.css", "site.js", "icon.svg"]

    let name: String
    let home = SiteRoute.home().path
    let search = SiteRoute.search(SearchParameters()).path
    let archive = SiteRoute.archiveIndex.path
    /// Fingerprinted addresses (`/assets/site.3f2a9c1d0b12e4a7.css`): the same on every instance.
    let stylesheet: String
    let script: String
    let icon: String
    let sections: [SectionLink]
    let year: String
    /// The site's feeds, advertised on every page with `<link rel="alternate">`.
    let feeds: [FeedLink]
    /// The theme's site parts rendered for this site, by name (`Theme.sitePartsFolder`).
    var parts: [String: String] = [:]
}

/// What a theme's site parts are rendered with: the site and the theme's text, nothing of a page.
struct SitePartsModel {
    let site: SiteChrome
    let strings: ThemeStrings
}

/// One feed as a page's `<head>` advertises it.
struct FeedLink: Sendable {
    let type: String
    let title: String
    let href: String

    /// The three formats of one feed; `title` names what it carries.
    static func all(_ scope: FeedScope, title: String) -> [FeedLink] {
        FeedFormat.allCases.map { format in
            let name = switch format {
            case .rss: "RSS"
            case .atom: "Atom"
            case .json: "JSON Feed"
            }
            return FeedLink(type: format.linkType, title: "\(title) (\(name))", href: SiteRoute.feed(scope, format).path)
        }
    }
}

/// Formats dates for pages in both calendars, in the site's digits.
struct PageDate: Sendable {
    let iso: String
    let gregorian: String
    let hijri: String
    let time: String

    init(_ date: Date, formatter: ArabicDateFormatter) {
        iso = date.formatted(.iso8601)
        (gregorian, hijri, time) = formatter.dayAndTime(date)
    }
}

/// Everything a render needs that does not come from the article itself.
struct RenderContext: Sendable {
    let chrome: SiteChrome
    let dates: ArabicDateFormatter
    let digits: DigitStyle
    /// The site's public origin (scheme and host), for canonical and share links.
    let baseURL: BaseURL
    /// The newsroom's time zone: dates typed into filters are days there.
    let timeZone: TimeZone
    /// The theme's UI text.
    let strings: ThemeStrings
    /// The site's sections, as the store keeps them (the chrome has their links).
    let sections: [Section]
    /// The year the context was made in, in the site's time zone: its footer prints the year.
    let year: DateInterval

    init(settings: SiteSettings, sections: [Section], theme: Theme, baseURL: BaseURL, now: Date = Date()) {
        self.sections = sections
        digits = DigitStyle(rawValue: settings.digits) ?? .western
        let timeZone = TimeZone(identifier: settings.timeZone) ?? TimeZone(identifier: "UTC")!
        self.timeZone = timeZone
        dates = SharedDateFormatters.formatter(digits: digits, months: GregorianMonthNames(rawValue: settings.months) ?? .egyptian, timeZone: timeZone)
        var chrome = SiteChrome(
            name: settings.name,
            stylesheet: theme.assets.path("site.css"), script: theme.assets.path("site.js"), icon: theme.assets.path("icon.svg"),
            sections: sections.map { .init(name: $0.name, path: SiteRoute.section(slug: $0.slug).path) },
            year: digits.apply(to: String(dates.year(of: now))),
            feeds: FeedLink.all(.site, title: settings.name))
        chrome.parts = theme.renderSiteParts(chrome)
        self.chrome = chrome
        year = dates.yearInterval(of: now)
        self.baseURL = baseURL
        strings = theme.strings
    }
}
