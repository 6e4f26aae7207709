import ArabicText
import Testing

@Suite("ArabicTokenizer")
struct ArabicTokenizerTests {
    /// (normalised text, original spelling) of each token, the pair a highlighter needs.
    private func pairs(_ text: String) -> [String] {
        ArabicTokenizer.tokens(in: text).map { "\($0.text)|\(text[$0.original])" }
    }

    @Test("splits mixed text and keeps original spellings", arguments: [
        ("«خلوصي أكار»، CNN، 5+5، ٢٠٢٠",
         ["خلوصي|خلوصي", "اكار|أكار", "cnn|CNN", "5|5", "5|5", "2020|٢٠٢٠"]),
        ("مُحَمَّدٌ وَصَلَ!", ["محمد|مُحَمَّدٌ", "وصل|وَصَلَ"]),
        ("محمـــد؛ الرئيس؟", ["محمد|محمـــد", "الرءيس|الرئيس"]),
        ("CNNالعربية iPhone15", ["cnn|CNN", "العربيه|العربية", "iphone|iPhone", "15|15"]),
        ("عام ٢٠٢٠م.", ["عام|عام", "2020|٢٠٢٠", "م|م"]),
        ("\u{200F}خبر\u{200F} عاجل", ["خبر|خبر", "عاجل|عاجل"]),
        ("(قال): \"نعم\" - 'no'", ["قال|قال", "نعم|نعم", "no|no"]),
        ("ﻻ بأس", ["لا|ﻻ", "باس|بأس"]),
        ("Café-Müller", ["café|Café", "müller|Müller"]),
        ("   ، . ! ؟ ؛ « » ", []),
        ("", []),
    ] as [(String, [String])])
    func mixed(text: String, expected: [String]) {
        #expect(pairs(text) == expected)
    }

    @Test("offsets cover marks inside the word but not a trailing RLM")
    func offsets() {
        let text = "قالَ الرئيسُ\u{200F} ترامب"
        let tokens = ArabicTokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["قال", "الرءيس", "ترامب"])
        #expect(text[tokens[1].original] == "الرئيسُ")
        #expect(text[tokens[1].original.upperBound...].hasPrefix("\u{200F}"))
        #expect(tokens.allSatisfy { !$0.text.isEmpty })
    }

    @Test("a trailing ZWNJ does not cut the last letter from the highlight")
    func trailingZWNJ() {
        let text = "کتاب\u{200C} نو"
        let tokens = ArabicTokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["كتاب", "نو"])
        #expect(text[tokens[0].original].unicodeScalars.first == "\u{06A9}")
        #expect(text[tokens[0].original] == "کتاب\u{200C}")  // ZWNJ is part of the last character
    }

    @Test("tokens are never empty even for lone marks and invisibles")
    func noEmptyTokens() {
        #expect(ArabicTokenizer.tokens(in: "\u{064E} \u{200F} \u{0640}\u{0640}").isEmpty)
    }
}
