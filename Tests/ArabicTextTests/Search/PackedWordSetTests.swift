@testable import ArabicText
import Testing

@Suite("PackedWordSet")
struct PackedWordSetTests {
    @Test("finds exactly the keys it holds, even when they collide")
    func membership() {
        let keys = (1...500).map { UInt64($0) * 0x1_0000_0001 }
        let set = PackedWordSet(keys + keys.prefix(10))
        #expect(set.count == 500)
        for key in keys { #expect(set.contains(key)) }
        for key in keys { #expect(!set.contains(key + 1)) }
        #expect(!set.contains(0))
        #expect(!PackedWordSet([]).contains(1))
    }

    @Test("holds every stop word, so the packed look-up agrees with the list")
    func stopWords() {
        #expect(ArabicStopWords.packed.count == ArabicStopWords.words.count)
        #expect(ArabicStopWords.words.allSatisfy { $0.unicodeScalars.count <= ArabicStopWords.maximumLength })
    }
}
