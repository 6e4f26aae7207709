import ArabicText
import Foundation
import Testing

@Suite("ArabicDateFormatter – Gregorian and time")
struct GregorianFormattingTests {
    @Test("prints weekday, day, regional month and year", arguments: [
        (TestDates.date(2020, 12, 27), GregorianMonthNames.egyptian, DigitStyle.western, "الأحد 27 ديسمبر 2020"),
        (TestDates.date(2020, 12, 27), .levantine, .western, "الأحد 27 كانون الأول 2020"),
        (TestDates.date(2020, 12, 27), .egyptian, .arabicIndic, "الأحد ٢٧ ديسمبر ٢٠٢٠"),
        (TestDates.date(2017, 1, 18), .maghrebi, .western, "الأربعاء 18 جانفي 2017"),
        (TestDates.date(2017, 4, 25), .maghrebi, .western, "الثلاثاء 25 أفريل 2017"),
        (TestDates.date(2017, 4, 25), .levantine, .arabicIndic, "الثلاثاء ٢٥ نيسان ٢٠١٧"),
        (TestDates.date(2018, 2, 18), .egyptian, .western, "الأحد 18 فبراير 2018"),
        (TestDates.date(2018, 2, 18), .levantine, .western, "الأحد 18 شباط 2018"),
        (TestDates.date(2018, 2, 18), .maghrebi, .arabicIndic, "الأحد ١٨ فيفري ٢٠١٨"),
        (TestDates.date(2024, 7, 7), .egyptian, .western, "الأحد 7 يوليو 2024"),
        (TestDates.date(2024, 8, 2), .maghrebi, .western, "الجمعة 2 أوت 2024"),
        (TestDates.date(2024, 8, 2), .levantine, .western, "الجمعة 2 آب 2024"),
    ])
    func gregorian(date: Date, months: GregorianMonthNames, digits: DigitStyle, expected: String) {
        let formatter = ArabicDateFormatter(digits: digits, months: months, timeZone: TestDates.utc)
        #expect(formatter.gregorian(date) == expected)
    }

    @Test("names all seven weekdays starting from Sunday")
    func weekdays() {
        let formatter = ArabicDateFormatter(timeZone: TestDates.utc)
        let names = (7...13).map { formatter.gregorian(TestDates.date(2024, 7, $0)).split(separator: " ").first.map(String.init) }
        #expect(names == ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"])
    }

    @Test("prints a zero-padded 24-hour clock", arguments: [
        (TestDates.date(2020, 12, 27, 14, 5), DigitStyle.western, "14:05"),
        (TestDates.date(2020, 12, 27, 9, 5), .western, "09:05"),
        (TestDates.date(2020, 12, 27, 0, 0), .western, "00:00"),
        (TestDates.date(2020, 12, 27, 23, 59, 59), .western, "23:59"),
        (TestDates.date(2020, 12, 27, 14, 5), .arabicIndic, "١٤:٠٥"),
        (TestDates.date(2020, 12, 27, 9, 5), .arabicIndic, "٠٩:٠٥"),
    ])
    func time(date: Date, digits: DigitStyle, expected: String) {
        #expect(ArabicDateFormatter(digits: digits, timeZone: TestDates.utc).time(date) == expected)
    }

    @Test("joins date and time with an Arabic comma", arguments: [
        (DigitStyle.western, GregorianMonthNames.egyptian, "الأحد 27 ديسمبر 2020، 14:05"),
        (.arabicIndic, .levantine, "الأحد ٢٧ كانون الأول ٢٠٢٠، ١٤:٠٥"),
    ])
    func dateTime(digits: DigitStyle, months: GregorianMonthNames, expected: String) {
        let formatter = ArabicDateFormatter(digits: digits, months: months, timeZone: TestDates.utc)
        #expect(formatter.dateTime(TestDates.date(2020, 12, 27, 14, 5)) == expected)
    }

    @Test("the site's time zone decides the day and the hour", arguments: [
        (TestDates.utc, "الأحد 27 ديسمبر 2020، 22:30"),
        (TestDates.riyadh, "الإثنين 28 ديسمبر 2020، 01:30"),
        (TestDates.tunis, "الأحد 27 ديسمبر 2020، 23:30"),
    ])
    func timeZoneDecidesDay(zone: TimeZone, expected: String) {
        let instant = TestDates.date(2020, 12, 27, 22, 30)
        #expect(ArabicDateFormatter(timeZone: zone).dateTime(instant) == expected)
    }

    @Test("follows daylight saving where the zone has it")
    func daylightSaving() {
        // Beirut moves from UTC+2 to UTC+3 in summer; noon UTC must read 14:00 then 15:00.
        let formatter = ArabicDateFormatter(months: .levantine, timeZone: TestDates.beirut)
        #expect(formatter.dateTime(TestDates.date(2019, 1, 15)) == "الثلاثاء 15 كانون الثاني 2019، 14:00")
        #expect(formatter.dateTime(TestDates.date(2019, 7, 15)) == "الإثنين 15 تموز 2019، 15:00")
    }

    @Test("exposes the settings it was built with")
    func settings() {
        let formatter = ArabicDateFormatter(digits: .arabicIndic, months: .maghrebi, timeZone: TestDates.tunis)
        #expect(formatter.digits == .arabicIndic)
        #expect(formatter.months == .maghrebi)
        #expect(formatter.timeZone == TestDates.tunis)
        let defaults = ArabicDateFormatter(timeZone: TestDates.utc)
        #expect(defaults.digits == .western && defaults.months == .egyptian)
    }

    @Test("dayAndTime gives what gregorian, hijri and time give one by one", arguments: [
        (TestDates.date(2020, 12, 27, 14, 5), TestDates.utc, DigitStyle.western),
        (TestDates.date(2024, 3, 10, 23, 30, in: TestDates.riyadh), TestDates.riyadh, .arabicIndic),
        (TestDates.date(2024, 3, 10, 0, 15, in: TestDates.beirut), TestDates.beirut, .western),
        (TestDates.date(1900, 6, 1, 8, 0), TestDates.utc, .western),
        (TestDates.date(2090, 1, 1, 18, 45, in: TestDates.tunis), TestDates.tunis, .arabicIndic),
    ])
    func dayAndTime(date: Date, zone: TimeZone, digits: DigitStyle) {
        let formatter = ArabicDateFormatter(digits: digits, months: .levantine, timeZone: zone)
        let together = formatter.dayAndTime(date)
        #expect(together.gregorian == formatter.gregorian(date))
        #expect(together.hijri == formatter.hijri(date))
        #expect(together.time == formatter.time(date))
    }
}
