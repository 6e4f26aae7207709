import ArabicText
import Testing

/// A hamza dropped from its و or ي seat is restored when the index knows the word with it.
@Suite struct HamzaSeatsTests {
    /// Document counts of an imaginary index.
    let index = ["مسءول": 1_143, "رءيس": 8_698, "رييس": 1, "نتاءج": 400, "فيه": 900, "قايد": 3, "هادي": 60, "هادء": 50, "شاطء": 30]

    private func frequency(_ term: String) -> Int { index[term] ?? 0 }

    @Test func anUnknownTermIsReplacedByItsHamzaSpelling() {
        #expect(HamzaSeats.restored("مسوول", documentFrequency: frequency)?.variant == "مسءول")
        #expect(HamzaSeats.restored("نتايج", documentFrequency: frequency)?.variant == "نتاءج")
        let query = SearchQuery(parsing: "المسوول عن النتايج").restoringHamzaSeats(documentFrequency: frequency)
        #expect(query.required.map { $0.map(\.terms) } == [[["مسءول"]], [["نتاءج"]]])
    }

    @Test func aRareSpellingGetsTheCommonOneAsAnAlternative() {
        let query = SearchQuery(parsing: "الرييس").restoringHamzaSeats(documentFrequency: frequency)
        #expect(query.required.map { $0.map(\.terms) } == [[["رييس"], ["رءيس"]]])
    }

    @Test func knownWordsAreLeftAlone() {
        // فيه and هادي are words of their own, however common فءه or هادء might be.
        #expect(HamzaSeats.restored("فيه", documentFrequency: frequency) == nil)
        #expect(HamzaSeats.restored("قايد", documentFrequency: frequency) == nil)
        #expect(HamzaSeats.restored("هادي", documentFrequency: frequency) == nil)
        #expect(HamzaSeats.restored("شاطي", documentFrequency: frequency)?.variant == "شاطء")
    }

    @Test func phrasesAndExclusionsAreRestoredToo() {
        let query = SearchQuery(parsing: "\"المسوول الاول\" -الرييس").restoringHamzaSeats(documentFrequency: frequency)
        #expect(query.required.map { $0.map(\.terms) } == [[["مسءول", "اول"]]])
        // An exclusion keeps a spelling the index knows, even a rare one.
        #expect(query.excluded.map(\.terms) == [["رييس"]])
    }
}
