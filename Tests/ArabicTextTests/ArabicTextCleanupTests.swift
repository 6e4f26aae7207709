import ArabicText
import Testing

@Suite("ArabicTextCleanup")
struct ArabicTextCleanupTests {
    static let invisibles: [UInt32] = Array(0x200B...0x200F) + Array(0x202A...0x202E)
        + Array(0x2066...0x2069) + [0xFEFF, 0x061C]

    @Test("removes each invisible character", arguments: invisibles)
    func removesEachInvisible(code: UInt32) {
        let invisible = String(Character(Unicode.Scalar(code)!))
        #expect(ArabicTextCleanup.removingInvisibles("حفتر\(invisible)طرابلس") == "حفترطرابلس")
    }

    @Test("cleans invisibles seen in real headlines", arguments: [
        ("\u{200F}\u{202B}أمر ملكي بحصر مستحقات القطاع الخاص", "أمر ملكي بحصر مستحقات القطاع الخاص"),
        ("هبوط قوي لتحويلات الأجانب 26\u{200E}% يناير الماضي", "هبوط قوي لتحويلات الأجانب 26% يناير الماضي"),
        ("جيبوتي تفتتح منطقة للتجارة الحرة شيدتها الصين\u{202D} \u{202C}", "جيبوتي تفتتح منطقة للتجارة الحرة شيدتها الصين "),
        ("\u{FEFF}\u{2067}تونس\u{2069}", "تونس"),
    ])
    func realHeadlines(input: String, expected: String) {
        #expect(ArabicTextCleanup.removingInvisibles(input) == expected)
    }

    @Test("keeps harakat, tatweel and ordinary text", arguments: [
        "هل ودّع القيصر كاظم الساهر", "بـ\"ذا فويس\"", "The Voice", "", "ﷲ",
    ])
    func keepsVisibleText(text: String) {
        #expect(ArabicTextCleanup.removingInvisibles(text) == text)
    }

    @Test("collapses every kind of whitespace run into one space", arguments: [
        ("  تونس\u{00A0}\u{00A0}العاصمة\n\nوات\t ", "تونس العاصمة وات"),
        ("دبي،\u{202F}الإمارات\u{2003}العربية\r\nالمتحدة", "دبي، الإمارات العربية المتحدة"),
        ("\u{3000}\u{2009}بيروت\u{2028}", "بيروت"),
        ("كلمة واحدة", "كلمة واحدة"),
        ("   ", ""),
        ("", ""),
        ("أ\u{200B}ب", "أ\u{200B}ب"),
    ])
    func collapsesWhitespace(input: String, expected: String) {
        #expect(ArabicTextCleanup.collapsingWhitespace(input) == expected)
    }

    @Test("judges whether most letters are Arabic", arguments: [
        ("المؤرخ السينمائي أشرف غريب يحطم الأساطير", true),
        ("يبدو أن الصراع بين المدربين الأربعة في برنامج \"ذا فويس The Voice\"", true),
        ("شركة \"Vue\" تخطط لافتتاح 30 صالة سينما", true),
        ("\u{FE8D}\u{FEDF}\u{FECC}\u{FEAE}\u{FE91}\u{FEF4}\u{FE94}", true),
        ("مرحبا 2020 ٢٠٢٠ !!!", true),
        ("Demain Dès l'Aube", false),
        ("CNN", false),
        ("iPhone 15 آيفون", false),
        ("abc ابج", false),
        ("2020 ٢٠٢٠ ،؛؟", false),
        ("", false),
    ])
    func mostlyArabic(text: String, expected: Bool) {
        #expect(ArabicTextCleanup.isMostlyArabic(text) == expected)
    }
}

/// The spelt-out whitespace set is Unicode's, scalar for scalar.
@Suite struct WhitespaceSetTests {
    @Test func everyWhitespaceScalarCollapsesAndNoOtherDoes() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "أ" + String(Character(scalar)) + "ب"
            let collapsed = ArabicTextCleanup.collapsingWhitespace(text)
            #expect((collapsed == "أ ب") == scalar.properties.isWhitespace || value == 0x20, "U+\(String(value, radix: 16))")
        }
    }
}
