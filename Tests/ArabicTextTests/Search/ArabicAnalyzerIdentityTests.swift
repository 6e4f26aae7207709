import ArabicText
import Foundation
import NashirTestSupport
import Testing

/// `indexText(of:)` and `terms(in:)` run a byte-level fast path; these tests hold both to the
/// chain as first written (tokens, then stop words, then stems, a String per token), byte for
/// byte: String's == would accept canonically equivalent text such as é and e + U+0301.
@Suite("ArabicAnalyzer fast path matches the reference chain")
struct ArabicAnalyzerIdentityTests {
    /// The specification: `ArabicAnalyzer.terms(in:)` before the fast path.
    static func referenceTerms(_ text: String) -> [String] {
        ArabicTokenizer.tokens(in: text).compactMap { token in
            ArabicStopWords.contains(token, in: text) ? nil : ArabicStemmer.stem(token.text)
        }
    }

    /// Nil when both fast entry points give the reference's bytes, else what differs.
    static func difference(_ text: String) -> String? {
        let reference = referenceTerms(text)
        let indexText = ArabicAnalyzer.indexText(of: text)
        let terms = ArabicAnalyzer.terms(in: text)
        if !indexText.utf8.elementsEqual(reference.joined(separator: " ").utf8) {
            return "indexText \(Array(indexText.unicodeScalars)) ≠ \(reference.map { Array($0.unicodeScalars) })"
        }
        if terms.count != reference.count || !zip(terms, reference).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) {
            return "terms \(terms.map { Array($0.unicodeScalars) }) ≠ \(reference.map { Array($0.unicodeScalars) })"
        }
        return nil
    }

    @Test("on tricky input", arguments: [
        // Script and kind changes inside one run of letters.
        "CNNالعربية", "iPhone15 و CNN", "abc\u{06E5}def", "x\u{0640}y", "١٢abc٣", "مدرسةABCمدرسة",
        // Digits of every script, with Arabic separators between.
        "٢٠٢٠م", "۱۲۳", "12٫5", "١٢٬٥٠٠", "१२३", "߁߂ߒߞߏ", "１２３", "𝟙𝟚", "² ½ Ⅻ", "\u{0600}١٢", "ب\u{0605}ت",
        // Presentation forms and ligatures, which the normaliser unfolds through NFKC.
        "ﻻ", "ﻵ", "ﷲ", "ﷺ عليه", "ﷻ", "﷼", "ﺍﻟﺴﻼﻡ عليكم", "ﻟﻠﻤﺪﺭﺳﺔ", "ب\u{FE76}ت", "ﹰمحمد", "محمدﹰ",
        "ﻭ\u{0654}", "ﺑَ", "ﬁne ﬀ", "\u{FB50}\u{FB51}",
        // Harakat, tatweel, superscript alef, Quranic marks.
        "مُحَمَّدٌ", "محمـــد", "رحمٰن", "الصلوٰة\u{06D6}", "ـــ", "\u{064E}", "ـمحمد", "\u{064E}\u{0640}",
        // Combining hamza (NFD input) after waw, yeh, alef, a haraka, nothing, or Latin.
        "مسو\u{0654}ول", "ا\u{0654}حمد", "\u{0654}", "و\u{0654}", "ي\u{0655}ن", "و\u{064E}\u{0654}",
        "CNN\u{0654}", "ی\u{0654}", "و\u{200C}\u{0654}", "ﻭﻭ\u{0654}ب",
        // Bidi controls and zero-width characters between and inside words.
        "خبر\u{200C}عاجل", "و\u{200D}زير", "\u{200F}الرئيس\u{200E}", "\u{202B}لبنان\u{202C}",
        "\u{2066}CNN\u{2069}", "\u{FEFF}خبر", "ب\u{061C}ت", "\u{200B}", "a\u{2060}b", "کتاب\u{200C} نو",
        // Persian and Urdu letters, and letters the stemmer does not take.
        "ایران", "کتاب", "خانۀ", "ھذا", "ہم", "ے", "پاکستان", "گزارش", "چین", "ژاله", "\u{0620}ب",
        "ٮ ٯ", "ۿۿۿۿ", "ۮب", "ݐبت", "ࢠبت", "بتث\u{10E60}",
        // Emoji, other scripts, four-byte scalars.
        "🇱🇧 لبنان 👍🏽", "❤️خبر", "👨‍👩‍👧", "Привет мир", "שָׁלוֹם", "中文字符", "ܫܠܡܐ", "ހަ", "한국어",
        "ก\u{0E31}", "𐎀𐎁", "ऋषि", "\u{1EE00}\u{1EE01}",
        // Combining accents and case.
        "Cafe\u{0301}", "é", "e\u{0301}\u{0327}", "ا\u{0301}لبيت", "ÉTÉ CNN İstanbul ΣΟΦΙΑ ǅ", "ẞ ß",
        "Ａｂｃ", "\u{0301}abc", "A\u{20DD}",
        // Nothing to index.
        "", "   ", "،.!؟؛«»", "...", "\n\t", "\u{00A0}", "من في على", "و", "ف ثم او",
        // Stemmer exceptions and stacked proclitics.
        "لبنان وزير وليد", "للبنان", "والده", "وزيرة ووزير", "وبالمدرسة فللمدرسة", "وللمدرسة فبالمدرسة",
        "وكالكتاب", "مدرستهم نقلته صفحته", "ال الم الحج", "والمستشفياتهم استراتيجياتهما",
        "وواشنطن", "ووو", "للل", "ولل",
        // علي the name and على the preposition, behind و, with marks, tatweel and other yehs.
        "علي على وعلي وعلى عليّ علـي عليـ علی ﻋﻠﻲ علﻲ وليس فهذا واحد",
        // U+FFFD, the replacement character, inside and between words.
        "\u{FFFD}", "ab\u{FFFD}cd", "مدر\u{FFFD}سة",
        // A realistic headline.
        "«خلوصي أكار»: الجيش التركي ١٠٠٪ جاهز لعملية عفرين (CNN) – تقرير",
    ])
    func tricky(text: String) {
        #expect(Self.difference(text) == nil, "\(Array(text.unicodeScalars))")
    }

    @Test("on random strings of tricky scalars")
    func random() {
        var generator = SeededRandom(seed: 2018)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...10, using: &generator) {
                scalars.append(Self.pool.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            if let difference = Self.difference(text) {
                Issue.record("\(Array(text.unicodeScalars)): \(difference)")
                return
            }
        }
    }

    /// Scalars whose handling differs: letters of each kind, marks, invisibles, folds,
    /// presentation forms, digits, separators.
    static let pool: [Unicode.Scalar] = [
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءآأؤإئىـًٌٍَُِّْٰٓ\u{0654}\u{0655}ٱپچژکگیۀۃھہےۓ٠١٩۰۹ۿ\u{0620}ٮ\u{06E5}\u{06D6}\u{061C}\u{0600}",
        "aZé\u{0301}İ0 9 ,.«»،؛؟٫\u{200C}\u{200D}\u{200F}\u{202B}\u{FEFF}\u{00A0}\n",
        "ﻻﷲﷺﺍﻟﹰ\u{FE76}ﻭﺑ\u{FFFD}Ａ１ẞ𝟙🇱中ߒ߁ݐ\u{10E60}",
    ].flatMap(\.unicodeScalars)

    @Test("on corpus titles, summaries and bodies", .enabled(if: Corpus.directory != nil, "needs ../shared/corpus/articles"))
    func corpus() throws {
        var fields = 0
        var terms = 0
        for text in try Corpus.sampleFields() {
            fields += 1
            terms += Self.referenceTerms(text).count
            if let difference = Self.difference(text) {
                Issue.record("field \(fields): \(difference.prefix(400))")
                return
            }
        }
        #expect(fields > 1_000)
        #expect(terms > 100_000)
    }
}
