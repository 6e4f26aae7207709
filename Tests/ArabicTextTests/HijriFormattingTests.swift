import ArabicText
import Foundation
import Testing

@Suite("ArabicDateFormatter – Hijri (Umm al-Qura)")
struct HijriFormattingTests {
    private let riyadh = ArabicDateFormatter(timeZone: TestDates.riyadh)

    @Test("matches published Umm al-Qura dates", arguments: [
        (TestDates.date(2020, 12, 27), "12 جمادى الأولى 1442 هـ"),
        (TestDates.date(2023, 3, 23), "1 رمضان 1444 هـ"),
        (TestDates.date(2024, 6, 16), "10 ذو الحجة 1445 هـ"),
        (TestDates.date(2024, 7, 7), "1 محرم 1446 هـ"),
        (TestDates.date(2019, 5, 6), "1 رمضان 1440 هـ"),
        (TestDates.date(2022, 4, 2), "1 رمضان 1443 هـ"),
        (TestDates.date(2023, 6, 28), "10 ذو الحجة 1444 هـ"),
        (TestDates.date(2023, 7, 19), "1 محرم 1445 هـ"),
        (TestDates.date(2024, 3, 11), "1 رمضان 1445 هـ"),
        (TestDates.date(2024, 7, 6), "30 ذو الحجة 1445 هـ"),
    ])
    func knownDates(date: Date, expected: String) {
        #expect(riyadh.hijri(date) == expected)
    }

    @Test("names every month: the first day of each month of 1446", arguments: [
        (TestDates.date(2024, 7, 7), "1 محرم 1446 هـ"),
        (TestDates.date(2024, 8, 5), "1 صفر 1446 هـ"),
        (TestDates.date(2024, 9, 4), "1 ربيع الأول 1446 هـ"),
        (TestDates.date(2024, 10, 4), "1 ربيع الآخر 1446 هـ"),
        (TestDates.date(2024, 11, 3), "1 جمادى الأولى 1446 هـ"),
        (TestDates.date(2024, 12, 2), "1 جمادى الآخرة 1446 هـ"),
        (TestDates.date(2025, 1, 1), "1 رجب 1446 هـ"),
        (TestDates.date(2025, 1, 31), "1 شعبان 1446 هـ"),
        (TestDates.date(2025, 3, 1), "1 رمضان 1446 هـ"),
        (TestDates.date(2025, 3, 30), "1 شوال 1446 هـ"),
        (TestDates.date(2025, 4, 29), "1 ذو القعدة 1446 هـ"),
        (TestDates.date(2025, 5, 28), "1 ذو الحجة 1446 هـ"),
    ])
    func monthNames(date: Date, expected: String) {
        #expect(riyadh.hijri(date) == expected)
    }

    @Test("the Hijri day turns at midnight in the site's zone", arguments: [
        (TestDates.date(2024, 7, 6, 20, 59, 59), TestDates.riyadh, "30 ذو الحجة 1445 هـ"),
        (TestDates.date(2024, 7, 6, 21, 0, 0), TestDates.riyadh, "1 محرم 1446 هـ"),
        (TestDates.date(2024, 7, 6, 22, 30), TestDates.riyadh, "1 محرم 1446 هـ"),
        (TestDates.date(2024, 7, 6, 22, 30), TestDates.utc, "30 ذو الحجة 1445 هـ"),
        (TestDates.date(2024, 7, 7, 0, 0), TestDates.utc, "1 محرم 1446 هـ"),
    ])
    func dayBoundary(instant: Date, zone: TimeZone, expected: String) {
        #expect(ArabicDateFormatter(timeZone: zone).hijri(instant) == expected)
    }

    @Test("prints Arabic-Indic digits when asked")
    func arabicIndic() {
        let formatter = ArabicDateFormatter(digits: .arabicIndic, timeZone: TestDates.riyadh)
        #expect(formatter.hijri(TestDates.date(2020, 12, 27)) == "١٢ جمادى الأولى ١٤٤٢ هـ")
    }

    @Test("one shared formatter gives the same answers from many threads")
    func concurrentUse() async {
        let formatter = ArabicDateFormatter(digits: .arabicIndic, months: .levantine, timeZone: TestDates.riyadh)
        let instants = (0..<400).map { TestDates.date(2024, 1, 1).addingTimeInterval(Double($0) * 37_013) }
        let serial = instants.map { formatter.dateTime($0) + formatter.hijri($0) }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, instant) in instants.enumerated() {
                group.addTask { (index, formatter.dateTime(instant) + formatter.hijri(instant)) }
            }
            var results = [String](repeating: "", count: instants.count)
            for await (index, text) in group { results[index] = text }
            return results
        }
        #expect(parallel == serial)
    }
}
