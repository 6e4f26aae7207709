import Foundation

/// What a reader asks of search in a URL: `q`, `section`, `tag`, `from` and `to` (days,
/// YYYY-MM-DD, read in the site's time zone by the caller) and `page`.
public struct SearchParameters: Hashable, Sendable {
    public static let maximumQueryLength = 500

    /// The query as typed, control characters and runs of white space collapsed.
    public var text: String
    public var section: String?
    public var tag: String?
    public var from: String?
    public var to: String?
    public var page: Int

    public init(text: String = "", section: String? = nil, tag: String? = nil, from: String? = nil, to: String? = nil, page: Int = 1) {
        self.text = text
        self.section = section
        self.tag = tag
        self.from = from
        self.to = to
        self.page = page
    }

    /// Reads and checks the parameters; anything malformed is an error naming it, never a
    /// silently different search.
    init(query: [String: String]) throws(RouteError) {
        // Control characters and runs of white space carry no meaning in a search box.
        text = (query["q"] ?? "").unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }
            .joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count <= Self.maximumQueryLength else {
            throw RouteError(parameter: "q", message: "عبارة البحث (q) أطول من \(Self.maximumQueryLength) حرف")
        }
        section = Self.nonEmpty(query["section"])
        tag = Self.nonEmpty(query["tag"])
        from = try Self.nonEmpty(query["from"]).map { day throws(RouteError) in try Self.checkedDay(day, named: "from") }
        to = try Self.nonEmpty(query["to"]).map { day throws(RouteError) in try Self.checkedDay(day, named: "to") }
        if let from, let to, from > to {
            throw RouteError(parameter: "from", message: "تاريخ البداية (from) بعد تاريخ النهاية (to)")
        }
        page = try SiteRoute.pageNumber(query["page"])
    }

    /// The parameters in their printing order, empty ones left out.
    func queryItems(includingPage: Bool) -> [(String, String?)] {
        [("q", text.isEmpty ? nil : text), ("section", section), ("tag", tag), ("from", from), ("to", to),
         ("page", includingPage && page != 1 ? String(page) : nil)]
    }

    /// The day `text` names in `timeZone`, midnight there; the text was checked on reading.
    public static func startOfDay(_ text: String, in timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A real calendar day written YYYY-MM-DD; ISO order makes the text compare like the day.
    private static func checkedDay(_ text: String, named name: String) throws(RouteError) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard parts.count == 3, text.count == 10, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              (1...9999).contains(parts[0]),
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.component(.month, from: date) == parts[1], calendar.component(.day, from: date) == parts[2]
        else {
            throw RouteError(parameter: name, message: "التاريخ في \(name) غير صالح: «\(text)»؛ الصيغة المطلوبة YYYY-MM-DD")
        }
        return text
    }
}
