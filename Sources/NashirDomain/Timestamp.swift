import Foundation

/// Nashir's one text form of an instant: UTC, millisecond precision, fixed width
/// ("2020-12-27T10:00:00.000Z"). It sorts as text and survives any number of round trips.
public enum Timestamp {
    /// Formats with milliseconds rounded, not truncated: parsing ".026" yields 0.02599…, which a
    /// truncating formatter would print back as ".025".
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
        let fraction = Int(milliseconds - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
            Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), fraction)
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Reads ISO 8601 with or without fractions or offset, or a bare date (UTC midnight).
    public static func parse(_ text: String) -> Date? {
        let parsed = (try? withFraction.parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).parse(text))
        return parsed.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
    }
}
