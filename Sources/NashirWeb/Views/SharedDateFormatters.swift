import ArabicText
import Foundation
import Synchronization

/// One date formatter per site setting, shared by every render: building one makes three ICU
/// calendars, which cost more than formatting all the dates of a page.
enum SharedDateFormatters {
    private struct Key: Hashable {
        let digits: DigitStyle
        let months: GregorianMonthNames
        let timeZone: String
    }

    private static let made = Mutex<[Key: ArabicDateFormatter]>([:])

    /// The formatter for these settings, made at the first render that needs it.
    static func formatter(digits: DigitStyle, months: GregorianMonthNames, timeZone: TimeZone) -> ArabicDateFormatter {
        let key = Key(digits: digits, months: months, timeZone: timeZone.identifier)
        if let known = made.withLock({ $0[key] }) { return known }
        let formatter = ArabicDateFormatter(digits: digits, months: months, timeZone: timeZone)
        // A handful of settings ever exist; a site that keeps changing its zone is still bounded.
        made.withLock { if $0.count > 64 { $0.removeAll() }; $0[key] = formatter }
        return formatter
    }
}
