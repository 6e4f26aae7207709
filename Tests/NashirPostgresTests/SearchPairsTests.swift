import ArabicText
import NashirDomain
@testable import NashirPostgres
import NashirTestSupport
import Testing

/// Phrases are found through the pairs of words side by side that each document holds.
struct SearchPairsTests {
    @Test func aDocumentHoldsThePairsOfItsWordsSideBySideWithinAField() {
        let draft = TestDraft.make(key: "p", headline: "وزير الدفاع التركي", body: ["الدفاع المدني يصل"])
        let pairs = SearchTerms(draft.content).pairs
        let terms = { (text: String) in ArabicAnalyzer.terms(in: text) }
        let headline = terms("وزير الدفاع التركي"), body = terms("الدفاع المدني يصل")
        for (first, second) in Array(zip(headline, headline.dropFirst())) + Array(zip(body, body.dropFirst())) {
            #expect(pairs.contains(SearchTerms.quoted(SearchTerms.pair(first, second))), "\(first) \(second)")
        }
        // No pair joins the headline's last word to the body's first.
        #expect(!pairs.contains(SearchTerms.quoted(SearchTerms.pair(headline.last!, body.first!))))
    }

    @Test func aTwoWordPhraseIsFoundByItsPairAndEverythingElseByTheWords() throws {
        let phrase = try #require(SearchMatch(SearchQuery(parsing: "\"الدفاع المدني\" وزير")))
        let terms = ArabicAnalyzer.terms(in: "الدفاع المدني"), minister = ArabicAnalyzer.terms(in: "وزير")[0]
        #expect(phrase.finding.pairs == "(" + SearchTerms.quoted(SearchTerms.pair(terms[0], terms[1])) + ")")
        #expect(phrase.finding.terms == "(" + SearchTerms.quoted(minister) + ")")
        // Plain words, and a phrase of three, are found by the words and their positions.
        let plain = try #require(SearchMatch(SearchQuery(parsing: "الدفاع المدني")))
        #expect(plain.finding.pairs == nil && plain.finding.terms == plain.tsquery)
        let three = try #require(SearchMatch(SearchQuery(parsing: "\"وزير الدفاع المدني\"")))
        #expect(three.finding.pairs == nil && three.finding.terms == three.tsquery)
        // Within a window the pairs' query gains the window's lexemes, and loses those read;
        // without pairs the words' query does.
        let pair = SearchTerms.quoted(SearchTerms.pair(terms[0], terms[1]))
        let windowed = phrase.finding(within: ["@b4_000001"], excluding: ["@w000003"])
        #expect(windowed.terms == phrase.finding.terms && windowed.pairs == "((" + pair + ")) & ('@b4_000001') & !('@w000003')")
        #expect(plain.finding(within: ["@w000002"]).terms == "(" + plain.tsquery + ") & ('@w000002')")
    }
}
