import Foundation
import Hummingbird
import NashirDomain

/// A search request read from a URL's query: `q`, `section`, `tag`, `from` and `to`
/// (days, YYYY-MM-DD, in the site's time zone). Anything malformed is a 400 naming the
/// parameter, never a silently different search.
struct SearchParameters: Sendable, Equatable {
    static let maximumQueryLength = 500

    var text: String
    var section: String?
    var tag: String?
    var from: String?
    var to: String?

    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        // Control characters and runs of white space carry no meaning in a search box.
        text = (query.get("q") ?? "").unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }
            .joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count <= Self.maximumQueryLength else {
            throw HTTPError(.badRequest, message: "عبارة البحث (q) أطول من \(Self.maximumQueryLength) حرف")
        }
        section = Self.nonEmpty(query.get("section"))
        tag = Self.nonEmpty(query.get("tag"))
        from = Self.nonEmpty(query.get("from"))
        to = Self.nonEmpty(query.get("to"))
    }

    /// The domain request; dates must be real days and `from` no later than `to`.
    func request(timeZone: TimeZone, limit: Int, offset: Int) throws -> SearchRequest {
        let start = try from.map { try Self.day($0, named: "from", timeZone: timeZone) }
        let end = try to.map { try Self.day($0, named: "to", timeZone: timeZone) }
        if let start, let end, start > end {
            throw HTTPError(.badRequest, message: "تاريخ البداية (from) بعد تاريخ النهاية (to)")
        }
        return SearchRequest(
            text: text, sectionSlug: section, tagSlug: tag, publishedFrom: start,
            publishedBefore: end.map { $0.addingTimeInterval(86_400) }, limit: limit, offset: offset)
    }

    /// The query string that repeats this search, for pagination and links.
    var queryString: String {
        var pairs = [("q", text)]
        for (name, value) in [("section", section), ("tag", tag), ("from", from), ("to", to)] {
            if let value { pairs.append((name, value)) }
        }
        return pairs.map { $0.0 + "=" + SiteRoute.encode($0.1) }.joined(separator: "&")
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    private static func day(_ text: String, named name: String, timeZone: TimeZone) throws -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard parts.count == 3, text.count == 10, (1...9999).contains(parts[0]),
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.component(.month, from: date) == parts[1], calendar.component(.day, from: date) == parts[2]
        else {
            throw HTTPError(.badRequest, message: "التاريخ في \(name) غير صالح: «\(text)»؛ الصيغة المطلوبة YYYY-MM-DD")
        }
        return date
    }
}
