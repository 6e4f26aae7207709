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

    @Test("holds a Savoy-sized list, every entry already normalised")
    func listShape() {
        #expect((150...350).contains(ArabicStopWords.words.count))
        for word in ArabicStopWords.words { #expect(ArabicNormalizer.normalize(word) == word) }
    }
}
