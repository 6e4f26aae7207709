import Foundation
import Testing
@testable import SearchEvaluation

@Suite struct RespellingTests {
    /// Enough text for the ال/و rules to see each form three times.
    static let respeller = Respeller(vocabulary: Vocabulary([
        CorpusArticle(title: "المدرسة", body: String(repeating: "مدرسة المدرسة والمدرسة قال وقال وزير الوزير ", count: 3)),
    ]))

    @Test(arguments: [
        (RespellingKind.alefHamza, "أحمد", "احمد"), (.alefHamza, "إيران", "ايران"), (.alefHamza, "آلاف", "الاف"),
        (.seatedHamza, "مسؤول", "مسوول"), (.seatedHamza, "رئيس", "رييس"),
        (.tehMarbuta, "مدرسة", "مدرسه"), (.finalYeh, "على", "علي"), (.finalYeh, "في", "فى"),
        (.digits, "2018", "٢٠١٨"), (.digits, "٢٠١٨م", "2018م"), (.digits, "۱۲", "12"),
        (.article, "المدرسة", "مدرسة"), (.article, "مدرسة", "المدرسة"), (.article, "الوزير", "وزير"),
        (.conjunction, "والمدرسة", "المدرسة"), (.conjunction, "وقال", "قال"), (.conjunction, "المدرسة", "والمدرسة"),
    ])
    func respells(kind: RespellingKind, word: String, expected: String) {
        var rng = SplitMix64(seed: 1)
        #expect(Self.respeller.respell(word, kind, using: &rng) == expected)
    }

    @Test(arguments: [
        (RespellingKind.alefHamza, "احمد"), (.alefHamza, "مسؤول"), (.seatedHamza, "أحمد"), (.tehMarbuta, "مدرسه"), (.finalYeh, "قال"), (.digits, "قال"),
        (.article, "كتاب"), (.conjunction, "وزير"), (.tatweel, "ادرو"),
    ])
    func leavesWordsTheRuleDoesNotFit(kind: RespellingKind, word: String) {
        var rng = SplitMix64(seed: 1)
        #expect(Self.respeller.respell(word, kind, using: &rng) == nil)
    }

    @Test func insertedMarksLeaveTheLettersAlone() {
        for seed: UInt64 in 0..<50 {
            var rng = SplitMix64(seed: seed)
            let marked = Self.respeller.respell("مدرسة", .diacritics, using: &rng)!
            let stretched = Self.respeller.respell("مدرسة", .tatweel, using: &rng)!
            #expect(marked != "مدرسة" && String(marked.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }) == "مدرسة")
            #expect(stretched != "مدرسة" && stretched.replacingOccurrences(of: "\u{0640}", with: "") == "مدرسة")
        }
    }

    @Test func headlinesGiveTheWordsReadersType() {
        #expect(QueryGenerator.words(of: "شركة \"Vue\" تخطط: لافتتاح 30 صالة (CNN) –") == ["شركة", "Vue", "تخطط", "لافتتاح", "30", "صالة", "CNN"])
        #expect(QueryGenerator.words(of: "جداً\u{200F} لبنان") == ["جداً", "لبنان"])
        #expect(QueryGenerator.headlineKey("أزمة «إيران» ٢٠١٨") == QueryGenerator.headlineKey("ازمه ايران 2018"))
    }

    @Test func splitMixMatchesTheReference() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
