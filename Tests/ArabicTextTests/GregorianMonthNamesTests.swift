import ArabicText
import Foundation
import Testing

@Suite("GregorianMonthNames")
struct GregorianMonthNamesTests {
    @Test("each regional set names every month", arguments: [
        (GregorianMonthNames.egyptian, [
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        ]),
        (.levantine, [
            "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
        ]),
        (.maghrebi, [
            "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
            "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        ]),
    ])
    func namesEveryMonth(set: GregorianMonthNames, expected: [String]) {
        #expect((1...12).map(set.name(ofMonth:)) == expected)
    }

    @Test("out-of-range months give an empty name instead of trapping", arguments: GregorianMonthNames.allCases)
    func outOfRange(set: GregorianMonthNames) {
        for month in [-1, 0, 13, 100] {
            #expect(set.name(ofMonth: month).isEmpty)
        }
    }

    @Test("raw values round-trip through JSON")
    func codable() throws {
        #expect(GregorianMonthNames.allCases.map(\.rawValue) == ["egyptian", "levantine", "maghrebi"])
        let json = try JSONEncoder().encode(GregorianMonthNames.allCases)
        #expect(try JSONDecoder().decode([GregorianMonthNames].self, from: json) == GregorianMonthNames.allCases)
    }
}
