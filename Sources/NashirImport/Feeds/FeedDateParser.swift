import Foundation
import NashirDomain

/// Dates as feeds write them: RFC 822 in RSS with its real-world variants (no weekday, a
/// two-digit year, no seconds, full month names, named or colon-separated zones, any case),
/// and ISO 8601 everywhere else (Atom, JSON Feed, ninjs, NewsML, and RSS feeds that use it).
enum FeedDateParser {
    static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if let first = text.unicodeScalars.first, CharacterSet.decimalDigits.contains(first), text.contains("-"), let iso = iso8601(text) { return iso }
        return rfc822(text) ?? iso8601(text)
    }

    /// ISO 8601, also in the forms feeds write it: a space for the «T», a zone without a colon
    /// (+0300), no seconds, no zone (UTC). Parsed strictly: a time that does not read fails
    /// rather than falling back to the date alone.
    static func iso8601(_ text: String) -> Date? {
        if text.count == 10 { return Timestamp.parse(text) }
        var fixed = text
        if let space = fixed.firstIndex(of: " ") { fixed.replaceSubrange(space...space, with: "T") }
        if let zone = fixed.range(of: #"[+-]\d{4}$"#, options: .regularExpression) {
            let digits = fixed[zone]
            fixed.replaceSubrange(zone, with: "\(digits.prefix(3)):\(digits.suffix(2))")
        }
        if fixed.range(of: #"T\d{2}:\d{2}(Z|[+-]|$)"#, options: .regularExpression) != nil {
            fixed = fixed.replacingOccurrences(of: #"(T\d{2}:\d{2})"#, with: "$1:00", options: .regularExpression)
        }
        if fixed.range(of: #"T[\d:.]+$"#, options: .regularExpression) != nil { fixed += "Z" }
        let parsed = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(fixed)) ?? (try? Date.ISO8601FormatStyle().parse(fixed))
        return parsed.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// RFC 822's zone names, and the ones RFC 2822 lists as obsolete but feeds still send.
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "ast": 3, "bst": 1,
    ]

    /// "Wed, 11 Feb 2026 03:14:52 +0000" and its variants; nil when a part is missing or out of range.
    static func rfc822(_ text: String) -> Date? {
        let tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var day: Int?, month: Int?, year: Int?, time: [Int]?, offset = 0
        for token in tokens {
            // Zones first: Int("+0300") would read a zone as a number.
            if token.first == "+" || token.first == "-", token.count >= 3 {
                let digits = token.dropFirst().filter(\.isNumber)
                guard digits.count == 4 || digits.count == 2, let value = Int(digits) else { return nil }
                let minutes = digits.count == 4 ? (value / 100) * 60 + value % 100 : value * 60
                offset = (token.first == "-" ? -1 : 1) * minutes * 60
            } else if let number = Int(token) {
                if day == nil, (1...31).contains(number) { day = number } else if year == nil { year = number } else { return nil }
            } else if token.contains(":") {
                let parts = token.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
                time = parts.map { $0! }
            } else if let index = months.firstIndex(where: { token.hasPrefix($0) }), month == nil, token.count >= 3 {
                month = index + 1
            } else if let hours = zones[token] {
                offset = hours * 3600
            } else if token.count >= 3, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(where: { token.hasPrefix($0) }) {
                continue
            } else {
                return nil
            }
        }
        guard let day, let month, var year, let time else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(secondsFromGMT: 0)
        let second = time.count > 2 ? time[2] : 0
        components.year = year
        components.month = month
        components.day = day
        components.hour = time[0]
        components.minute = time[1]
        components.second = second
        guard time[0] < 24, time[1] < 60, second < 61, components.isValidDate,
              let date = components.date else { return nil }
        return date.addingTimeInterval(TimeInterval(-offset))
    }
}
