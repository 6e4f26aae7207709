@testable import ArabicText
import NashirTestSupport
import Testing

/// The highlighter's `TermLookup` reads each word on letter codes; these tests hold it to the
/// chain it replaced (stop word, then stem, then the term set), word by word.
@Suite("TermLookup finds the terms the reference chain finds")
struct TermLookupTests {
    /// Nil when every token of `text` finds, among `extra` and the text's own stems, the
    /// term the reference finds (none for a stop word), else the first that does not.
    static func difference(_ text: String, extra: Set<String> = []) -> String? {
        let tokens = ArabicTokenizer.tokens(in: text)
        let reference = tokens.map { ArabicStopWords.contains($0, in: text) ? nil : ArabicStemmer.stem($0.text) }
        let terms = Set(reference.compactMap { $0 }).union(extra)
        let lookup = TermLookup(terms)
        for (token, expected) in zip(tokens, reference) {
            let found = lookup.term(of: token, in: text).map { lookup.terms[$0] }
            let same = switch (found, expected) {
            case (nil, nil): true
            case let (found?, expected?): found.utf8.elementsEqual(expected.utf8)
            default: false
            }
            guard same else {
                return "\(Array(token.text.unicodeScalars)): \(found.map { Array($0.unicodeScalars) } ?? []) ≠ \(expected.map { Array($0.unicodeScalars) } ?? [])"
            }
        }
        // Terms the text does not hold find nothing.
        let absent = TermLookup(extra.subtracting(reference.compactMap { $0 }))
        if let token = tokens.first(where: { absent.term(of: $0, in: text) != nil }) {
            return "\(Array(token.text.unicodeScalars)) found a term it does not analyse to"
        }
        return nil
    }

    @Test("on tricky words", arguments: [
        "علي على وعلي وعلى عليّ علـي عليـ علی ﻋﻠﻲ علﻲ وليس فهذا واحد ولي وهم فهم فتحت فعلي وعده",
        "لبنان وزير وليد للبنان والده وزيرة ووزير وبالمدرسة فللمدرسة وكالكتاب وعودة وألمانيا",
        "مدرستهم نقلته صفحته ال الم الحج والمستشفياتهم استراتيجياتهما وواشنطن ووو للل ولل",
        "CNNالعربية iPhone15 و CNN ٢٠٢٠م ۱۲۳ مُحَمَّدٌ محمـــد رحمٰن ایران کتاب گزارش پاکستان خانۀ",
        "«خلوصي أكار»: الجيش التركي ١٠٠٪ جاهز لعملية عفرين (CNN) – تقرير",
    ])
    func tricky(text: String) {
        #expect(Self.difference(text, extra: ["مدرس", "عرب", "زير", "cnn", "2020", "وزير"]) == nil)
    }

    @Test("on random strings of tricky scalars")
    func random() {
        var generator = SeededRandom(seed: 2026)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                scalars.append(ArabicAnalyzerIdentityTests.pool.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            if let difference = Self.difference(text) {
                Issue.record("\(Array(text.unicodeScalars)): \(difference)")
                return
            }
        }
    }

    @Test("on corpus titles, summaries and bodies", .enabled(if: Corpus.directory != nil, "needs ../shared/corpus/articles"))
    func corpus() throws {
        var fields = 0
        for text in try Corpus.sampleFields(every: 64) {
            fields += 1
            if let difference = Self.difference(text, extra: ["مدرس", "حكوم"]) {
                Issue.record("field \(fields): \(difference)")
                return
            }
        }
        #expect(fields > 200)
    }
}
