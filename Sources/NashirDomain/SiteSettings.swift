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

    public init(name: String = "ناشر", digits: String = "western", months: String = "egyptian", timeZone: String = "Asia/Riyadh") {
        self.name = name
        self.digits = digits
        self.months = months
        self.timeZone = timeZone
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
        return nil
    }
}
