import Foundation

/// A post's time, as WordPress keeps it: `post_date_gmt` when set (drafts have all zeros), else
/// `post_date` in the site's local time, else the RSS `pubDate`.
struct WordPressDates: Sendable {
    /// The site's offset from UTC in seconds, as the export's own posts show it.
    var offset: Int

    /// The offset most posts of the file agree on (`post_date` − `post_date_gmt`), else that of
    /// `fallback` (the newsroom's zone) at the time of the first post: WXR does not name the
    /// site's zone, but every published post carries both clocks.
    init(items: [WXRItem], fallback: TimeZone) {
        var counts: [Int: Int] = [:]
        for item in items {
            guard let local = Self.mysql(item.postDate), let utc = Self.mysql(item.postDateGMT) else { continue }
            // Zones are whole quarter hours; rounding absorbs a stray second.
            let quarters = (local.timeIntervalSince(utc) / 900).rounded()
            counts[Int(quarters) * 900, default: 0] += 1
        }
        if let best = counts.max(by: { ($0.value, -abs($0.key)) < ($1.value, -abs($1.key)) }) {
            offset = best.key
        } else {
            let first = items.lazy.compactMap { Self.mysql($0.postDate) }.first ?? Date()
            offset = fallback.secondsFromGMT(for: first)
        }
    }

    /// When the post was (or is to be) published.
    func date(of item: WXRItem) -> Date? {
        if let utc = Self.mysql(item.postDateGMT) { return utc }
        if let local = Self.mysql(item.postDate) { return local.addingTimeInterval(TimeInterval(-offset)) }
        return Self.rfc822(item.pubDate)
    }

    /// When it was last changed, if the export says (`post_modified_gmt`, newer exporters).
    func modified(_ item: WXRItem) -> Date? {
        if let utc = Self.mysql(item.postModifiedGMT) { return utc }
        return Self.mysql(item.postModified).map { $0.addingTimeInterval(TimeInterval(-offset)) }
    }

    /// `2024-05-14 09:30:00` read as UTC; nil for WordPress's `0000-00-00 00:00:00` and blanks.
    static func mysql(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 6, parts[0] > 0, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        (components.hour, components.minute, components.second) = (parts[3], parts[4], parts[5])
        return utcCalendar.date(from: components)
    }

    static func rfc822(_ text: String) -> Date? {
        guard !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()
}
