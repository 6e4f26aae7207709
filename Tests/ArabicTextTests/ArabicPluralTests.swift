import ArabicText
import Testing

@Suite("ArabicPlural")
struct ArabicPluralTests {
    /// CLDR's Arabic table, with the numbers where a rule for small numbers goes wrong: the last
    /// two digits decide, so 103 is few like 3, 111 many like 11, and 100–102 are other.
    static let cldr: [(ArabicPlural.Category, [Int])] = [
        (.zero, [0]),
        (.one, [1]),
        (.two, [2]),
        (.few, [3, 4, 7, 10, 103, 104, 110, 203, 310, 1003, 1010, 10_005, 100_003, 1_000_010]),
        (.many, [11, 12, 26, 99, 111, 150, 199, 211, 999, 1011, 1099, 10_011, 100_099, 1_000_050]),
        (.other, [100, 101, 102, 200, 201, 202, 300, 1000, 1001, 1002, 1100, 10_000, 10_101, 100_000, 1_000_000]),
    ]

    @Test("each count takes the category CLDR gives it", arguments: cldr)
    func followsTheCLDRTable(category: ArabicPlural.Category, counts: [Int]) {
        for count in counts {
            #expect(ArabicPlural.category(of: count) == category, "\(count)")
        }
    }

    @Test("adding hundreds never changes the category of a count above two", arguments: [1, 2, 9, 10, 99, 12_345])
    func hundredsDoNotMatter(hundreds: Int) {
        for count in 3...99 {
            #expect(ArabicPlural.category(of: count + 100 * hundreds) == ArabicPlural.category(of: count), "\(count + 100 * hundreds)")
        }
        for count in 100...102 {
            #expect(ArabicPlural.category(of: count + 100 * hundreds) == .other, "\(count + 100 * hundreds)")
        }
    }

    @Test("a negative count takes its magnitude's category", arguments: [(-1, ArabicPlural.Category.one), (-2, .two), (-103, .few), (-11, .many), (-100, .other)])
    func negativeCounts(count: Int, category: ArabicPlural.Category) {
        #expect(ArabicPlural.category(of: count) == category)
    }

    @Test("result counts read as a reader expects", arguments: [
        (0, "لا توجد نتائج"), (1, "نتيجة واحدة"), (2, "نتيجتان"), (3, "3 نتائج"), (10, "10 نتائج"),
        (11, "11 نتيجة"), (99, "99 نتيجة"), (100, "100 نتيجة"), (101, "101 نتيجة"), (102, "102 نتيجة"),
        (103, "103 نتائج"), (111, "111 نتيجة"), (1000, "1000 نتيجة"), (1003, "1003 نتائج"), (10_000, "10000 نتيجة"),
    ])
    func resultsInWesternDigits(count: Int, expected: String) {
        #expect(ArabicPlural.Forms.results.render(count) == expected)
    }

    @Test("counts take the site's Arabic-Indic digits", arguments: [
        (103, "١٠٣ نتائج"), (3, "٣ نتائج"), (25, "٢٥ نتيجة"), (200, "٢٠٠ نتيجة"), (2, "نتيجتان"), (0, "لا توجد نتائج"),
    ])
    func resultsInArabicIndicDigits(count: Int, expected: String) {
        #expect(ArabicPlural.Forms.results.render(count, digits: .arabicIndic) == expected)
    }

    @Test("article counts use the accusative singular for many", arguments: [
        (0, "لا توجد أخبار"), (1, "خبر واحد"), (2, "خبران"), (5, "5 أخبار"), (11, "11 خبرًا"), (99, "99 خبرًا"),
        (100, "100 خبر"), (105, "105 أخبار"), (120, "120 خبرًا"), (1001, "1001 خبر"),
    ])
    func articles(count: Int, expected: String) {
        #expect(ArabicPlural.Forms.articles.render(count) == expected)
    }

    @Test("a phrase may put the count anywhere, or leave it out")
    func placeholderAnywhere() {
        let forms = ArabicPlural.Forms(
            zero: "لا تعليقات", one: "تعليق واحد", two: "تعليقان",
            few: "{n} تعليقات", many: "عدد التعليقات: {n}", other: "{n} تعليق")
        #expect(forms.render(0) == "لا تعليقات")
        #expect(forms.render(42, digits: .arabicIndic) == "عدد التعليقات: ٤٢")
        #expect(forms.render(300) == "300 تعليق")
    }

    @Test("each preset has a phrase per category, with the count where one is needed")
    func presetsAreComplete() {
        for forms in [ArabicPlural.Forms.results, .articles] {
            for category in ArabicPlural.Category.allCases {
                let phrase = forms.phrase(for: category)
                #expect(!phrase.isEmpty)
                let counted = [.few, .many, .other].contains(category)
                #expect(phrase.contains(ArabicPlural.Forms.placeholder) == counted, "\(category): \(phrase)")
            }
        }
    }
}
