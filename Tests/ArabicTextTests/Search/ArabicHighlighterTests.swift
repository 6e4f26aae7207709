import ArabicText
import Testing

/// Matches are marked in the original spelling, whatever spelling the query used.
@Suite struct ArabicHighlighterTests {
    private func marked(_ text: HighlightedText) -> [String] {
        text.parts.filter(\.isMatch).map(\.text)
    }

    @Test func marksEveryFormOfTheWordAsWritten() {
        let text = "زار أحمدُ المدرسةَ، ثم عاد إلى مدرسته والمدارس «للمدرسة»."
        let result = ArabicHighlighter.highlight(text, terms: ["مدرس", "احمد"])
        #expect(marked(result) == ["أحمدُ المدرسةَ", "مدرسته", "للمدرسة"])
        #expect(result.plainText == text)
    }

    @Test func mixedArabicAndLatinKeepTheirOffsets() {
        let text = "أعلنت شركة Apple عن iPhone 16 في كاليفورنيا، وقالت CNNالعربية إن السعر 999 دولارًا."
        let result = ArabicHighlighter.highlight(text, terms: ["apple", "16", "عرب", "999"])
        #expect(marked(result) == ["Apple", "16", "العربية", "999"])
        #expect(result.plainText == text)
    }

    @Test func digitsMatchAcrossScripts() {
        let result = ArabicHighlighter.highlight("وقع الحادث عام ٢٠٢٠م", terms: ["2020"])
        #expect(marked(result) == ["٢٠٢٠"])
    }

    @Test func harakatAndTatweelStayInsideTheMark() {
        let result = ArabicHighlighter.highlight("قالَ الرَّئِيـــسُ كلمته", terms: ["رءيس"])
        #expect(marked(result) == ["الرَّئِيـــسُ"])
    }

    @Test func stopWordsAreNeverMarked() {
        #expect(marked(ArabicHighlighter.highlight("في القاهرة وفي الجيزة", terms: ["في"])).isEmpty)
    }

    @Test func anExcerptOpensNearTheBestWindowAndSaysWhereItWasCut() throws {
        let filler = Array(repeating: "كلام", count: 60).joined(separator: " ")
        let text = filler + " ارتفعت أسعار النفط اليوم " + filler
        let excerpt = try #require(ArabicHighlighter.excerpt(of: text, terms: ["اسعار", "نفط"], words: 12))
        #expect(marked(excerpt) == ["أسعار النفط"])
        #expect(excerpt.isCutBefore && excerpt.isCutAfter)
        #expect(excerpt.plainText.split(separator: " ").count == 12)
        #expect(ArabicHighlighter.excerpt(of: text, terms: ["ذهب"]) == nil)
    }

    @Test func theExcerptPrefersTheWindowWithMoreDistinctTerms() throws {
        let text = "النفط في كل مكان. " + Array(repeating: "حشو", count: 40).joined(separator: " ") + " أسعار النفط ارتفعت."
        let excerpt = try #require(ArabicHighlighter.excerpt(of: text, terms: ["اسعار", "نفط"], words: 8))
        #expect(marked(excerpt) == ["أسعار النفط"])
        #expect(!excerpt.isCutAfter)
    }
}
