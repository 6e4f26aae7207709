/// Regional Arabic names for Gregorian months, because each audience reads only its own set.
// A Tunisian reader finds «يناير» as foreign as an Egyptian finds «جانفي».
public enum GregorianMonthNames: String, Sendable, Codable, CaseIterable {
    /// Egypt, the Gulf and most pan-Arab outlets: names transliterated from Latin.
    case egyptian
    /// Syria, Lebanon, Jordan, Palestine and Iraq: the Syriac-derived names.
    case levantine
    /// Tunisia and Algeria: names transliterated from French.
    case maghrebi

    /// The name of `month` (1 = January … 12 = December), or "" when out of range.
    public func name(ofMonth month: Int) -> String {
        // An empty name degrades one page; a trap would take down the server.
        let names = self.names
        guard names.indices.contains(month - 1) else { return "" }
        return names[month - 1]
    }

    /// All twelve names in calendar order.
    var names: [String] {
        switch self {
        case .egyptian: Self.egyptianNames
        case .levantine: Self.levantineNames
        case .maghrebi: Self.maghrebiNames
        }
    }

    private static let egyptianNames = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]

    private static let levantineNames = [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ]

    private static let maghrebiNames = [
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]
}
