import ArabicText
import Testing

@Suite("ArabicStopWords")
struct ArabicStopWordsTests {
    @Test("knows particles in any hamza or yeh spelling", arguments: [
        "من", "في", "على", "علي", "إلى", "الى", "أن", "ان", "إن", "التي", "التى", "الذي", "هذه",
        "ذلك", "كان", "قد", "بين", "منذ", "حيث", "الآن", "خلال", "بعد", "قبل", "حتى", "لدى",
        "و", "أو", "هؤلاء", "ومن", "وفي", "لكن", "إنه", "أيضا",
    ])
    func stopWord(word: String) {
        #expect(ArabicStopWords.contains(ArabicNormalizer.normalize(word)))
    }

    @Test("keeps content words", arguments: [
        "مدرسة", "الرئيس", "لبنان", "وزير", "فئة", "كتاب", "2020", "cnn", "قال",
    ])
    func contentWord(word: String) {
        #expect(!ArabicStopWords.contains(ArabicNormalizer.normalize(word)))
    }

    @Test("reads a stop word behind و or ف as one, but not the words that only look so", arguments: [
        ("وليس", true), ("فهذا", true), ("وخلال", true), ("واحد", false), ("ولي", false), ("فهم", false), ("فتحت", false),
    ])
    func behindAConjunction(word: String, isStopWord: Bool) {
        #expect(ArabicStopWords.contains(ArabicNormalizer.normalize(word)) == isStopWord)
        #expect(ArabicAnalyzer.terms(in: word).isEmpty == isStopWord)
    }

    @Test("tells علي, a name written with ي, from على")
    func aliIsAName() {
        #expect(ArabicAnalyzer.terms(in: "على") == [])
        #expect(ArabicAnalyzer.terms(in: "علي") == ["علي"])
        #expect(ArabicAnalyzer.terms(in: "عليّ") == ["علي"])
        #expect(ArabicAnalyzer.terms(in: "وعلى") == [])
        let text = "سافر علي على عجل"
        #expect(ArabicTokenizer.tokens(in: text).map { ArabicStopWords.contains($0, in: text) } == [false, false, true, false])
    }

    @Test("holds a Savoy-sized list, every entry already normalised")
    func listShape() {
        #expect((150...350).contains(ArabicStopWords.words.count))
        for word in ArabicStopWords.words { #expect(ArabicNormalizer.normalize(word) == word) }
    }
}
