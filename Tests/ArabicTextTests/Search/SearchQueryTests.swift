import ArabicText
import Testing

/// The query syntax readers may use, and everything else read as plain words.
@Suite struct SearchQueryTests {
    private func terms(_ text: String) -> [[[String]]] {
        SearchQuery(parsing: text).required.map { $0.map(\.terms) }
    }

    private func excluded(_ text: String) -> [[String]] {
        SearchQuery(parsing: text).excluded.map(\.terms)
    }

    @Test func wordsAreAnalysedAndAllRequired() {
        #expect(terms("أسعار النفط") == [[["اسعار"]], [["نفط"]]])
        #expect(terms("في من على").isEmpty)
        #expect(SearchQuery(parsing: "في من على").isEmpty)
    }

    @Test(arguments: ["\"وزير الخارجية\"", "«وزير الخارجية»", "“وزير الخارجية”"])
    func quotesMakeAPhrase(_ text: String) {
        #expect(terms(text) == [[["وزير", "خارج"]]])
    }

    @Test func anUnclosedQuoteRunsToTheEnd() {
        #expect(terms("ليبيا \"وزير الخارجية") == [[["ليبيا"]], [["وزير", "خارج"]]])
    }

    @Test func orJoinsAlternatives() {
        #expect(terms("ليبيا OR تونس مصر") == [[["ليبيا"], ["تونس"]], [["مصر"]]])
        #expect(terms("ليبيا أو تونس") == [[["ليبيا"], ["تونس"]]])
        #expect(terms("ليبيا | \"وزير الخارجية\"") == [[["ليبيا"], ["وزير", "خارج"]]])
        // A leading or trailing OR, or two in a row, joins nothing.
        #expect(terms("OR ليبيا OR OR") == [[["ليبيا"]]])
        // Lower-case "or" is an English word, not the operator.
        #expect(terms("war or peace") == [[["war"]], [["or"]], [["peace"]]])
    }

    @Test func minusExcludes() {
        #expect(terms("وزير -الرياضة") == [[["وزير"]]])
        #expect(excluded("وزير -الرياضة") == [["رياض"]])
        #expect(excluded("وزير -\"وزير الرياضة\"") == [["وزير", "رياض"]])
        #expect(SearchQuery(parsing: "-الرياضة").isEmpty)
        // A lone minus, or one inside a word, is not an operator.
        #expect(terms("كورونا - لقاح") == [[["كورونا"]], [["لقاح"]]])
        #expect(excluded("covid-19").isEmpty)
    }

    @Test func aWordThatAnalysesToSeveralTermsIsAPhrase() {
        #expect(terms("CNNالعربية") == [[["cnn", "عرب"]]])
    }

    @Test func repeatedWordsCountOnce() {
        #expect(terms("النفط نفط والنفط") == [[["نفط"]]])
    }

    @Test(arguments: ["\"* OR NEAR(", "NEAR(a b)", "^x", "a:b", "\u{0}\u{1}\u{1B}[31m", "\"\"\"", "«»", "(((", "-", "- -"])
    func ftsSyntaxAndControlCharactersAreJustText(_ text: String) {
        let query = SearchQuery(parsing: text)
        for term in query.required.joined().flatMap(\.terms) + query.excluded.flatMap(\.terms) {
            #expect(term.allSatisfy { $0.isLetter || $0.isNumber }, "term «\(term)» from «\(text)»")
        }
    }

    @Test func longQueriesAreCappedAtSixteenTerms() {
        let query = SearchQuery(parsing: (1...500).map { "كلمة\($0)" }.joined(separator: " "))
        #expect(query.required.joined().flatMap(\.terms).count == 16)
        #expect(SearchQuery(parsing: String(repeating: "ش", count: 10_000)).required.count == 1)
    }

    @Test func highlightTermsAreThoseOfRequiredPhrases() {
        #expect(SearchQuery(parsing: "النفط OR الذهب -الفضة").highlightTerms == ["نفط", "ذهب"])
    }

    @Test func relaxationsLeaveOutOnePlainWordEachAndNeverAPhrase() {
        let words = SearchQuery(parsing: "وزير الدفاع التركي")
        #expect(words.relaxations.map { $0.required.map { $0[0].typed } } == [["الدفاع", "التركي"], ["وزير", "التركي"], ["وزير", "الدفاع"]])
        let quoted = SearchQuery(parsing: "«الدفاع المدني» وزير -طرابلس")
        #expect(quoted.relaxations.count == 1)
        #expect(quoted.relaxations.first?.required.map { $0[0].typed } == ["الدفاع المدني"])
        #expect(quoted.relaxations.first?.excluded.map(\.typed) == ["طرابلس"])
        #expect(SearchQuery(parsing: "\"وزير\" الدفاع").relaxations.map { $0.required.map { $0[0].typed } } == [["وزير"]])
        #expect(SearchQuery(parsing: "وزير").relaxations.isEmpty)
    }

    @Test func plainWordsCarryTheirExactFormPhrasesDoNot() {
        let query = SearchQuery(parsing: "المنطقة الحرة \"أسعار النفط\" -حر")
        #expect(query.required.map { $0[0].exact } == ["منطقه", "حره", nil])
        #expect(query.excluded[0].exact == nil)
    }

    @Test func aliAmongOtherWordsOnlyRanks() {
        let query = SearchQuery(parsing: "هجوم علي السفارة")
        #expect(query.required.map { $0[0].terms } == [["هجوم"], ["سفار"]])
        #expect(query.optional.map(\.terms) == [["علي"]])
        #expect(SearchQuery(parsing: "علي").required.map { $0[0].terms } == [["علي"]])
        #expect(SearchQuery(parsing: "علي").optional.isEmpty)
        #expect(terms("\"سيادتها علي هضبة\"") == [[ArabicAnalyzer.terms(in: "سيادتها هضبة")]])
    }
}
