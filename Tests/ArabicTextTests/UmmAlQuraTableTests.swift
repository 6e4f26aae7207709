import ArabicText
import Foundation
import Testing

/// Checks the embedded official table where it matters most: where ICU disagrees with it.
@Suite("ArabicDateFormatter – official Umm al-Qura table")
struct UmmAlQuraTableTests {
    private let riyadh = ArabicDateFormatter(timeZone: TestDates.riyadh)

    @Test("follows the official table where ICU's is a day late", arguments: [
        (TestDates.date(2029, 8, 11), "1 ربيع الآخر 1451 هـ"),
        (TestDates.date(2029, 11, 7), "1 رجب 1451 هـ"),
        (TestDates.date(2030, 3, 5), "1 ذو القعدة 1451 هـ"),
        (TestDates.date(1999, 3, 18), "1 ذو الحجة 1419 هـ"),
        (TestDates.date(1937, 3, 14), "1 محرم 1356 هـ"),
    ])
    func officialWhereICUDiffers(date: Date, expected: String) {
        #expect(riyadh.hijri(date) == expected)
    }

    @Test("keeps the 28- and 31-day months the early printed calendars had", arguments: [
        (TestDates.date(1925, 4, 23), "28 رمضان 1343 هـ"),
        (TestDates.date(1925, 4, 24), "1 شوال 1343 هـ"),
        (TestDates.date(1926, 12, 6), "31 جمادى الأولى 1345 هـ"),
        (TestDates.date(1945, 8, 7), "28 شعبان 1364 هـ"),
        (TestDates.date(1945, 8, 8), "1 رمضان 1364 هـ"),
    ])
    func irregularMonths(date: Date, expected: String) {
        #expect(riyadh.hijri(date) == expected)
    }

    @Test("covers the table's first and last days exactly", arguments: [
        (TestDates.date(1924, 8, 1), "1 محرم 1343 هـ"),
        (TestDates.date(2077, 11, 16), "30 ذو الحجة 1500 هـ"),
    ])
    func tableEdges(date: Date, expected: String) {
        #expect(riyadh.hijri(date) == expected)
    }

    @Test("falls back to Foundation outside the table instead of failing", arguments: [
        (TestDates.date(1924, 7, 31), "1342 هـ"),
        (TestDates.date(2077, 11, 17), "1501 هـ"),
        (TestDates.date(1900, 6, 1), "1318 هـ"),
    ])
    func fallsBack(date: Date, yearSuffix: String) {
        let text = riyadh.hijri(date)
        #expect(text.hasSuffix(yearSuffix))
        #expect(!text.hasPrefix("0 "))
    }

    @Test("agrees day by day with Foundation's calendar over 1420–1450 AH, where ICU is right")
    func agreesWithFoundationWhereICUIsRight() {
        let names = [
            "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
        ]
        var foundation = Calendar(identifier: .islamicUmmAlQura)
        foundation.timeZone = TestDates.riyadh
        var day = TestDates.date(1999, 4, 17)
        let end = TestDates.date(2029, 5, 14)
        var mismatches: [String] = []
        while day < end {
            let parts = foundation.dateComponents([.year, .month, .day], from: day)
            let expected = "\(parts.day!) \(names[parts.month! - 1]) \(parts.year!) هـ"
            if riyadh.hijri(day) != expected { mismatches.append("\(day): \(riyadh.hijri(day)) ≠ \(expected)") }
            day = day.addingTimeInterval(86_400)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
