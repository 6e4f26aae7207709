import ArabicText
import Foundation

/// The publisher's choices for the whole site.
public struct SiteSettings: Sendable, Equatable, Codable {
    /// The masthead name.
    public var name: String
    /// "western" (0-9) or "arabic-indic" (٠-٩) for every number the site prints.
    public var digits: String
    /// Gregorian month names: "egyptian" (يناير), "levantine" (كانون الثاني) or "maghrebi" (جانفي).
    public var months: String
    /// The newsroom's time zone, which decides the calendar day a story is dated.
    public var timeZone: String
    /// Section slugs in the order the front page shows their blocks; sections left out follow
    /// in the order they were first used.
    public var sectionOrder: [String]
    /// The story editors pinned as the front page's lead; nil leads with the newest.
    public var pinnedLead: ArticleID?
    /// The address the site had before Nashir (a WordPress site's home, e.g. https://example.com):
    /// its imported stories' old links, categories and tags answer 301 to their new pages.
    public var legacyBaseURL: String?
    /// The copy desk's rules the site turned off, by id («word.repeated»).
    public var disabledCopyRules: [String]
    /// The house style list, one «avoid=prefer» a line; nil keeps the copy desk's own list.
    public var houseStyle: String?
    /// Names, places and agencies the spelling check accepts, one a line.
    public var newsroomWords: [String]

    public init(
        name: String = "ناشر", digits: String = "western", months: String = "egyptian", timeZone: String = "Asia/Riyadh",
        sectionOrder: [String] = [], pinnedLead: ArticleID? = nil, legacyBaseURL: String? = nil,
        disabledCopyRules: [String] = [], houseStyle: String? = nil, newsroomWords: [String] = []
    ) {
        self.disabledCopyRules = disabledCopyRules
        self.houseStyle = houseStyle
        self.newsroomWords = newsroomWords
        self.legacyBaseURL = legacyBaseURL
        self.name = name
        self.digits = digits
        self.months = months
        self.timeZone = timeZone
        self.sectionOrder = sectionOrder
        self.pinnedLead = pinnedLead
    }

    /// `sections` in the front page's order: the listed ones first, as listed, then the rest as given.
    public func ordered(_ sections: [Section]) -> [Section] {
        let rank = Dictionary(sectionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return sections.enumerated().sorted { a, b in
            (rank[a.element.slug] ?? Int.max, a.offset) < (rank[b.element.slug] ?? Int.max, b.offset)
        }.map(\.element)
    }

    /// The settings a new site starts with.
    public static let defaults = SiteSettings()
}

extension SiteSettings {
    /// Longest masthead name accepted.
    public static let maxNameLength = 80

    /// The first setting that cannot be used, as (setting, problem); nil when all can.
    public var problem: (setting: String, problem: String)? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return ("name", "is empty") }
        if trimmed.count > Self.maxNameLength || name.contains("\n") { return ("name", "is longer than \(Self.maxNameLength) characters or spans lines") }
        if DigitStyle(rawValue: digits) == nil { return ("digits", "must be western or arabic-indic") }
        if GregorianMonthNames(rawValue: months) == nil { return ("months", "must be egyptian, levantine or maghrebi") }
        if TimeZone(identifier: timeZone) == nil { return ("timeZone", "is not an IANA time zone such as Africa/Tripoli") }
        if let legacyBaseURL, LegacyAddress.key(forURL: legacyBaseURL) == nil || legacyBaseURL.contains(where: \.isWhitespace) {
            return ("legacyBaseURL", "is not an http or https address such as https://example.com")
        }
        return nil
    }
}
