import Foundation

/// The date forms feeds and sitemaps require, always in UTC and in English, whatever the
/// machine's locale: RSS takes RFC 822, the others RFC 3339 (W3C datetime).
enum FeedDates {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue, 01 Dec 2026 10:00:00 +0000".
    static func rss(_ date: Date) -> String {
        let parts = utc(date)
        let day = String(format: "%02d", Int(parts.tm_mday))
        let time = String(format: "%04d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        return "\(weekdays[Int(parts.tm_wday)]), \(day) \(months[Int(parts.tm_mon)]) \(time) +0000"
    }

    /// "2026-12-01T10:00:00Z": whole seconds, which every reader parses.
    static func rfc3339(_ date: Date) -> String {
        let parts = utc(date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    private static func utc(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return parts
    }
}
