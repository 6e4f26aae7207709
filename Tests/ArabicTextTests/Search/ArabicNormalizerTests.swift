import ArabicText
import Testing

@Suite("ArabicNormalizer")
struct ArabicNormalizerTests {
    @Test("applies each folding rule", arguments: [
        ("أحمد", "احمد"),                       // alef with hamza above
        ("إسلام", "اسلام"),                     // alef with hamza below
        ("آمن", "امن"),                          // alef with madda
        ("ٱلحمد", "الحمد"),                     // alef wasla
        ("مستشفى", "مستشفي"),                   // alef maksura
        ("مدرسة", "مدرسه"),                     // teh marbuta
        ("مسؤول", "مسءول"),                     // waw with hamza → bare hamza
        ("مسئول", "مسءول"),                     // yeh with hamza → bare hamza
        ("مسو\u{0654}ول", "مسءول"),            // NFD combining hamza on waw
        ("ا\u{0654}حمد", "احمد"),               // NFD combining hamza on alef
        ("مُحَمَّدٌ", "محمد"),                   // harakat, shadda, tanween
        ("محمـــد", "محمد"),                    // tatweel
        ("رحمٰن", "رحمن"),                      // superscript alef
        ("الصلوٰة\u{06D6}", "الصلوه"),         // Quranic annotation mark
        ("\u{200F}خبر\u{200C}عاجل\u{202B}", "خبرعاجل"), // bidi and zero-width characters
        ("\u{FEFF}خبر", "خبر"),                 // BOM
        ("ﻻ", "لا"),                            // lam-alef ligature
        ("ﺍﻟﺴﻼﻡ", "السلام"),                   // presentation forms
        ("ﷲ", "الله"),                          // ligature from U+FB50–U+FDFF
        ("ﺑَ", "ب"),                             // presentation form with harakat
        ("ب\u{FE76}", "ب"),                     // spaced presentation haraka dropped
        ("ایران", "ايران"),                     // Persian yeh
        ("کتاب", "كتاب"),                       // Persian keheh
        ("خانۀ", "خانه"),                        // heh with yeh above
        ("ھذا", "هذا"),                          // Urdu heh doachashmee
        ("ہم", "هم"),                            // Urdu heh goal
        ("ے", "ي"),                              // yeh barree
        ("٢٠٢٠", "2020"),                       // Arabic-Indic digits
        ("۱۴۰۲", "1402"),                       // Extended Arabic-Indic digits
        ("१२", "12"),                            // any other decimal digits
        ("CNN iPhone", "cnn iphone"),           // Latin lowercased
        ("ÉTÉ", "été"),                          // non-ASCII Latin lowercased
        ("«خلوصي، أكار»", "«خلوصي، اكار»"),  // punctuation and spaces kept
    ] as [(String, String)])
    func rule(input: String, expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test("is idempotent", arguments: ["مُحَمَّدٌ", "ﻻ إله", "مسؤول ٢٠٢٠ CNN", "خانۀ کتاب"])
    func idempotent(input: String) {
        let once = ArabicNormalizer.normalize(input)
        #expect(ArabicNormalizer.normalize(once) == once)
    }
}
