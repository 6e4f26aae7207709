import ArabicText
import Testing

@Suite("ArabicMonthParser")
struct ArabicMonthParserTests {
    @Test("reads every canonical name from every set", arguments: GregorianMonthNames.allCases)
    func canonicalNames(set: GregorianMonthNames) {
        for month in 1...12 {
            #expect(ArabicMonthParser.month(named: set.name(ofMonth: month)) == month)
        }
    }

    @Test("reads spelling variants found in wire copy", arguments: [
        ("إبريل", 4), ("ابريل", 4), ("أبريل", 4), ("افريل", 4), ("آفريل", 4),
        ("اغسطس", 8), ("أغسطس", 8), ("اوت", 8), ("اب", 8),
        ("اكتوبر", 10), ("تشرين الاول", 10), ("تشرين اول", 10),
        ("مايو", 5), ("ماي", 5), ("ايار", 5),
        ("يونيه", 6), ("يونية", 6), ("يوليه", 7), ("جويليه", 7),
        ("اذار", 3), ("فيفرى", 2), ("جانفى", 1), ("كانون ثاني", 1),
        ("كانون الاول", 12), ("تشرين ثاني", 11),
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ])
    func variants(name: String, expected: Int) {
        #expect(ArabicMonthParser.month(named: name) == expected)
    }

    @Test("ignores harakat, tatweel, invisibles and stray spacing", arguments: [
        ("دِيسَمْبَر", 12), ("ديـسـمبر", 12), ("\u{200F}ديسمبر", 12), ("  ديسمبر ", 12),
        ("كانون\u{00A0}\u{00A0}الأول", 12), ("تشرين  الثاني", 11), ("أيّار", 5),
    ])
    func ignoresNoise(name: String, expected: Int) {
        #expect(ArabicMonthParser.month(named: name) == expected)
    }

    @Test("reads paired forms printed for mixed audiences", arguments: [
        ("آذار/مارس", 3), ("نيسان/إبريل", 4), ("كانون الأول/ديسمبر", 12),
        ("اكتوبر/تشرين الاول", 10), ("سبتمبر/أيلول", 9),
    ])
    func pairedForms(name: String, expected: Int) {
        #expect(ArabicMonthParser.month(named: name) == expected)
    }

    @Test("rejects words that are not Gregorian months", arguments: [
        "", "تونس", "رمضان", "الأحد", "كانون", "تشرين", "12", "December", "وات",
    ])
    func rejects(name: String) {
        #expect(ArabicMonthParser.month(named: name) == nil)
    }

    @Test("finds the month in a Tunisian dateline", arguments: [
        ("تونس 11 ديسمبر 2016 (وات) -", 12),
        ("تونس 25 أفريل 2017 (وات) -", 4),
        ("بيروت 3 تشرين الثاني 2019 -", 11),
    ])
    func dateline(line: String, expected: Int) {
        // Months span one or two words, so try each word and each adjacent pair.
        let words = line.split(separator: " ").map(String.init)
        let candidates = words + zip(words, words.dropFirst()).map { "\($0) \($1)" }
        #expect(candidates.compactMap(ArabicMonthParser.month(named:)).first == expected)
    }
}
