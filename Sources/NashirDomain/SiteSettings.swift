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
