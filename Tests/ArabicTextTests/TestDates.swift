import Foundation

/// Builds instants from wall-clock fields so tables read like the datelines they test.
enum TestDates {
    static let utc = TimeZone(identifier: "UTC")!
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!
    static let tunis = TimeZone(identifier: "Africa/Tunis")!
    static let beirut = TimeZone(identifier: "Asia/Beirut")!

    /// The instant at the given wall-clock time in `zone` (UTC unless stated).
    static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 12, _ minute: Int = 0, _ second: Int = 0,
        in zone: TimeZone = utc
    ) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: parts)!
    }
}
