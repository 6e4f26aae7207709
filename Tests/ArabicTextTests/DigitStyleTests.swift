import ArabicText
import Foundation
import Testing

@Suite("DigitStyle")
struct DigitStyleTests {
    @Test("rewrites every digit family into the chosen style", arguments: [
        (DigitStyle.western, "٢٠٢٠", "2020"),
        (.western, "۱۴۰۲", "1402"),
        (.western, "هبوط 26% في ٢٠٢٠ و۱۳۹۹", "هبوط 26% في 2020 و1399"),
        (.western, "الساعة ١٤:٠٥", "الساعة 14:05"),
        (.arabicIndic, "2020", "٢٠٢٠"),
        (.arabicIndic, "الساعة 14:05", "الساعة ١٤:٠٥"),
        (.arabicIndic, "عام ۱۴۰۲ هـ", "عام ١٤٠٢ هـ"),
        (.arabicIndic, "توفي عن 48 عاما. وعٌثر عليه", "توفي عن ٤٨ عاما. وعٌثر عليه"),
        (.arabicIndic, "0123456789", "٠١٢٣٤٥٦٧٨٩"),
        (.western, "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"),
    ])
    func rewritesDigits(style: DigitStyle, input: String, expected: String) {
        #expect(style.apply(to: input) == expected)
    }

    @Test("leaves text without those digits untouched", arguments: DigitStyle.allCases)
    func leavesOtherTextAlone(style: DigitStyle) {
        for text in ["", "مهرجان الفجيرة", "The Voice 🎤", "देवनागरी १२", "²³ ½", "ـ،؛؟«»"] {
            #expect(style.apply(to: text) == text)
        }
    }

    @Test("a style applied twice changes nothing more", arguments: DigitStyle.allCases)
    func isIdempotent(style: DigitStyle) {
        let once = style.apply(to: "تونس 11 ديسمبر ٢٠١٦ و۱۳۹۵")
        #expect(style.apply(to: once) == once)
    }

    @Test("raw values are the stable strings stored in site settings")
    func rawValues() throws {
        #expect(DigitStyle.western.rawValue == "western")
        #expect(DigitStyle.arabicIndic.rawValue == "arabic-indic")
        let json = try JSONEncoder().encode(DigitStyle.allCases)
        #expect(String(decoding: json, as: UTF8.self) == #"["western","arabic-indic"]"#)
        #expect(try JSONDecoder().decode([DigitStyle].self, from: json) == DigitStyle.allCases)
    }
}
