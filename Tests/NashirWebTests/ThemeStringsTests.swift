import NashirDomain
import NashirRoutes
import NashirTestSupport
@testable import NashirWeb
import Testing

/// The phrases Swift builds from the theme's strings.json.
@Suite struct ThemeStringsTests {
    static func context(digits: String = "western") throws -> RenderContext {
        RenderContext(settings: SiteSettings(digits: digits), sections: [], theme: try Theme(directory: ThemeTests.defaultTheme), baseURL: BaseURL("https://news.example")!)
    }

    @Test(arguments: [
        (0, "لا توجد نتائج"), (1, "نتيجة واحدة"), (2, "نتيجتان"), (3, "3 نتائج"), (10, "10 نتائج"),
        (11, "11 نتيجة"), (99, "99 نتيجة"), (100, "100 نتيجة"), (1000, "1000 نتيجة"),
    ])
    func resultCountsTakeTheirArabicPluralForm(_ count: Int, _ text: String) throws {
        #expect(PageRenderer.resultCount(count, context: try Self.context()) == text)
    }

    @Test func countsAreWrittenInTheSiteDigits() throws {
        #expect(PageRenderer.resultCount(3, context: try Self.context(digits: "arabic-indic")) == "٣ نتائج")
    }

    @Test func aQueryHoldingBracesIsPrintedAsTyped() throws {
        let strings = try Self.context().strings
        #expect(strings.text(.searchResultsHeading, ["query": "{query} {site} {"]) == "نتائج البحث عن «{query} {site} {»")
        #expect(strings.pageTitle("{site}", site: "ناشر") == "{site} – ناشر")
    }
}
