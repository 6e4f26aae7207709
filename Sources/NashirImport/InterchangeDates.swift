import Foundation

/// Dates as the interchange writes them (UTC, milliseconds) and as feeds send them.
enum InterchangeDates {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    static func format(_ date: Date) -> String {
        withFraction.format(date)
    }

    /// Reads ISO 8601 with or without fractions or offset, or a bare date (taken as UTC midnight).
    static func parse(_ text: String) -> Date? {
        if let date = try? withFraction.parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).parse(text) { return date }
        return nil
    }
}
