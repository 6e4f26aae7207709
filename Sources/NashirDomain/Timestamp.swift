import Foundation

/// Nashir's one text form of an instant: UTC, millisecond precision, fixed width
/// ("2020-12-27T10:00:00.000Z"). It sorts as text and survives any number of round trips.
public enum Timestamp {
    /// Formats with milliseconds rounded, not truncated: parsing ".026" yields 0.02599…, which a
    /// truncating formatter would print back as ".025".
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let fraction = Int(milliseconds - seconds * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let civil = CivilDate(days: days)
        // Every stored time is written and read through here, on every save and every page read:
        // digits are put straight into the string's bytes rather than through a format string.
        guard (0...9999).contains(civil.year) else { return formatted(civil, secondOfDay: Int(seconds - days * 86_400), fraction: fraction) }
        let secondOfDay = Int(seconds - days * 86_400)
        return String(unsafeUninitializedCapacity: 24) { bytes in
            func put(_ value: Int, _ width: Int, at offset: Int) {
                var value = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(Int(civil.year), 4, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(civil.month, 2, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(civil.day, 2, at: 8)
            bytes[10] = UInt8(ascii: "T")
            put(secondOfDay / 3600, 2, at: 11)
            bytes[13] = UInt8(ascii: ":")
            put(secondOfDay / 60 % 60, 2, at: 14)
            bytes[16] = UInt8(ascii: ":")
            put(secondOfDay % 60, 2, at: 17)
            bytes[19] = UInt8(ascii: ".")
            put(fraction, 3, at: 20)
            bytes[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    /// Years outside 0…9999 do not fit the fixed width; they are printed as C's `%04d` would.
    private static func formatted(_ civil: CivilDate, secondOfDay: Int, fraction: Int) -> String {
        String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
            Int(civil.year), civil.month, civil.day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, fraction)
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// Reads ISO 8601 with or without fractions or offset, or a bare date (UTC midnight).
    public static func parse(_ text: String) -> Date? {
        if let date = parseStored(text) { return date }
        let parsed = (try? withFraction.parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).parse(text))
        return parsed.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
    }

    /// The fixed-width form `format` writes, read without a parser; nil for anything else
    /// (offsets, other widths, impossible dates, and years before 1600, which Foundation reads
    /// in the Julian calendar), which the general parser then decides.
    static func parseStored(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ offset: Int, _ width: Int) -> Int? {
                var value = 0
                for index in offset..<(offset + width) {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                  let minute = number(14, 2), let second = number(17, 2), let milliseconds = number(20, 3),
                  year >= 1600, (1...12).contains(month), (1...CivilDate.length(ofMonth: month, in: year)).contains(day),
                  hour < 24, minute < 60, second < 60
            else { return nil }
            let days = CivilDate(year: Int64(year), month: month, day: day).days
            let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            return Date(timeIntervalSince1970: (Double(seconds * 1000 + Int64(milliseconds))) / 1000)
        }
    }
}

/// A proleptic Gregorian date and its day count from 1970-01-01 (Howard Hinnant's
/// `days_from_civil` and `civil_from_days`), so stored times need no calendar object.
struct CivilDate {
    var year: Int64
    var month: Int
    var day: Int

    init(year: Int64, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(days: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    var days: Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = Int64((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1)
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
