import Foundation

/// Formats dates the way Arabic news pages print them, in one site's zone, digits and month names.
public struct ArabicDateFormatter: Sendable {
    // Build one per site and share it across renders: it holds its calendars, so a call
    // is one component lookup and a few string joins, with no `DateFormatter` pattern
    // parsing. `Calendar` is a thread-safe value type, so sharing needs no locks.

    /// The digit shapes every number is printed in.
    public let digits: DigitStyle
    /// The regional set Gregorian month names come from.
    public let months: GregorianMonthNames
    /// The zone that decides which day a moment falls on.
    public let timeZone: TimeZone

    private let gregorianCalendar: Calendar
    private let hijriCalendar: Calendar

    /// Creates a formatter; `timeZone` has no default because a server's zone is rarely its readers'.
    public init(digits: DigitStyle = .western, months: GregorianMonthNames = .egyptian, timeZone: TimeZone) {
        self.digits = digits
        self.months = months
        self.timeZone = timeZone
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        // Only consulted outside the official table (before 1924, after 2077), where
        // ICU's approximation of Umm al-Qura is the best there is.
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = timeZone
        self.gregorianCalendar = gregorian
        self.hijriCalendar = hijri
    }

    /// The Gregorian year a moment falls in, in the site's zone.
    public func year(of date: Date) -> Int {
        gregorianCalendar.component(.year, from: date)
    }

    /// The Gregorian year `date` falls in, from its first instant to the next year's.
    public func yearInterval(of date: Date) -> DateInterval {
        gregorianCalendar.dateInterval(of: .year, for: date) ?? DateInterval(start: date, duration: 0)
    }

    /// "الأحد 27 ديسمبر 2020": weekday, day without leading zero, month name, year.
    public func gregorian(_ date: Date) -> String {
        let parts = gregorianCalendar.dateComponents([.weekday, .day, .month, .year], from: date)
        return gregorianText(parts)
    }

    /// "نوفمبر 2026": a month's name and its year, for archive headings.
    public func month(_ month: Int, of year: Int) -> String {
        "\(months.name(ofMonth: month)) \(digits.format(year))"
    }

    /// "12 جمادى الأولى 1442 هـ" by the official Umm al-Qura calendar, the day turning at local midnight.
    public func hijri(_ date: Date) -> String {
        // Midnight, not sunset, because printed Saudi calendars and documents turn then.
        hijriText(hijriDate(date, civil: gregorianCalendar.dateComponents([.year, .month, .day], from: date)))
    }

    /// `gregorian`, `hijri` and `time` of one moment, from one reading of the calendar: a page
    /// prints all three for every date it shows.
    public func dayAndTime(_ date: Date) -> (gregorian: String, hijri: String, time: String) {
        let parts = gregorianCalendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute], from: date)
        return (gregorianText(parts), hijriText(hijriDate(date, civil: parts)), timeText(parts))
    }

    private func hijriText(_ parts: UmmAlQuraTable.HijriDate) -> String {
        let day = digits.format(parts.day)
        let month = Self.hijriMonths.indices.contains(parts.month - 1) ? Self.hijriMonths[parts.month - 1] : ""
        let year = digits.format(parts.year)
        return "\(day) \(month) \(year) هـ"
    }

    /// "14:05": a zero-padded 24-hour clock, as wire services and live blogs print it.
    public func time(_ date: Date) -> String {
        let parts = gregorianCalendar.dateComponents([.hour, .minute], from: date)
        return timeText(parts)
    }

    /// "الأحد 27 ديسمبر 2020، 14:05": date, Arabic comma, time, as in article bylines.
    public func dateTime(_ date: Date) -> String {
        let parts = gregorianCalendar.dateComponents(
            [.weekday, .day, .month, .year, .hour, .minute], from: date
        )
        return "\(gregorianText(parts))، \(timeText(parts))"
    }

    /// The Hijri date of `date`, whose day in the site's zone is `civil`.
    private func hijriDate(_ date: Date, civil: DateComponents) -> UmmAlQuraTable.HijriDate {
        if let year = civil.year, let month = civil.month, let day = civil.day,
           let official = UmmAlQuraTable.hijri(gregorianYear: year, month: month, day: day) {
            return official
        }
        let parts = hijriCalendar.dateComponents([.year, .month, .day], from: date)
        return UmmAlQuraTable.HijriDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    private func gregorianText(_ parts: DateComponents) -> String {
        let weekday = parts.weekday.flatMap { Self.weekdays.indices.contains($0 - 1) ? Self.weekdays[$0 - 1] : nil }
        let day = digits.format(parts.day ?? 0)
        let month = months.name(ofMonth: parts.month ?? 0)
        let year = digits.format(parts.year ?? 0)
        return "\(weekday ?? "") \(day) \(month) \(year)"
    }

    private func timeText(_ parts: DateComponents) -> String {
        let hour = digits.format(parts.hour ?? 0, minimumDigits: 2)
        let minute = digits.format(parts.minute ?? 0, minimumDigits: 2)
        return "\(hour):\(minute)"
    }

    /// Indexed by Foundation's `weekday` minus one, so Sunday comes first.
    private static let weekdays = [
        "الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    ]

    /// Our own list rather than Foundation's localized symbols, so page text cannot change
    /// when a toolchain upgrade ships different CLDR data.
    private static let hijriMonths = [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ]
}
