import Testing
@testable import SearchEvaluation

@Suite struct WordPressLikeMethodTests {
    @Test func parsesTermsAsWordPressDoes() {
        let (terms, count) = WordPressLikeMethod.searchTerms("the مدرسة a, \"بيروت دمشق\" -")
        #expect(terms == ["مدرسة", "بيروت دمشق"])
        #expect(count == 5)
        #expect(WordPressLikeMethod.searchTerms("the of").terms == ["the of"])
    }

    @Test func escapesLikeWildcards() {
        #expect(WordPressLikeMethod.escapeLike(#"50%_a\b"#) == #"50\%\_a\\b"#)
    }
}
