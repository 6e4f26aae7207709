import ArabicText
import Testing

@Suite("ArabicStemmer")
struct ArabicStemmerTests {
    private func stem(_ word: String) -> String { ArabicStemmer.stem(ArabicNormalizer.normalize(word)) }

    @Test("avoids light10's known over-stemming", arguments: [
        ("لبنان", "لبنان"), ("وزير", "وزير"), ("وليد", "وليد"), ("وزارة", "وزار"),
        ("ولاية", "ولا"), ("دبي", "دبي"), ("المتهم", "متهم"), ("إيران", "ايران"),
        ("واشنطن", "واشنطن"), ("والده", "والد"), ("كورونا", "كورونا"), ("آلاف", "الاف"),
        // Forces and year: stripping ات or ه left قو and سن (tooth, age).
        ("القوات", "قوات"), ("قواتها", "قوات"), ("السنة", "سنه"), ("سنة", "سنه"),
    ] as [(String, String)])
    func knownErrors(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test("reaches one stem from prefixed, suffixed and misspelled forms", arguments: [
        (["المدرسة", "مدرسة", "مدرسه", "والمدرسة", "بالمدرسة", "للمدرسة", "كالمدرسة", "فالمدرسة",
          "وبالمدرسة", "فبالمدرسة", "وللمدرسة", "مدرستنا", "مدرستهم", "مدرستها", "مدرسته", "المدرسين"], "مدرس"),
        (["أحمد", "احمد", "أَحْمَد"], "احمد"),
        (["لبنان", "ولبنان", "للبنان", "اللبناني", "اللبنانية", "اللبنانيين"], "لبنان"),
        (["الوزير", "وزير", "والوزير", "ووزير", "وزيره", "الوزيرة"], "وزير"),
        (["كتاب", "الكتاب", "وكالكتاب", "كتابهم", "كتابكم", "كتابهما", "كتابنا", "كتابها", "كتابه"], "كتاب"),
        (["مستشفيات", "المستشفى", "مستشفى", "بالمستشفى"], "مستشف"),
        (["المسؤول", "المسئول", "مسؤول", "المسؤولين", "مسؤولون"], "مسءول"),
    ] as [([String], String)])
    func conflation(forms: [String], expected: String) {
        for form in forms { #expect(stem(form) == expected, "\(form)") }
    }

    @Test("respects minimum lengths", arguments: [
        ("الحج", "حج"),     // article leaves two letters, as light10
        ("الم", "الم"),     // not an article when only one letter would remain
        ("وجد", "وجد"),     // a lone و needs three letters after it
        ("فهم", "فهم"),     // هم needs three letters before it
        ("حكم", "حكم"),     // so does كم
        ("لنا", "لنا"),     // and نا
        ("فريق", "فريق"),   // a lone ف is never a prefix
        ("بيت", "بيت"),     // a lone ب neither
        ("من", "من"),       // words under three letters pass through
    ] as [(String, String)])
    func lengths(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test("keeps a protected word whole behind a proclitic", arguments: [
        ("وألمانيا", "المانيا"), ("بألمانيا", "المانيا"), ("ولبنان", "لبنان"), ("لإيران", "ايران"), ("وبلبنان", "لبنان"),
    ])
    func protectedBehindAProclitic(word: String, stem: String) {
        #expect(ArabicAnalyzer.terms(in: word) == [stem])
    }

    @Test("offers the other readings of a word that may start with a proclitic", arguments: [
        ("وليون", ["لي"]), ("وسطي", ["وسط"]), ("وعوده", ["عود"]), ("بروسيا", ["روسيا"]), ("مدرسه", []),
    ])
    func readings(word: String, expected: [String]) {
        let readings = ArabicStemmer.readings(of: ArabicNormalizer.normalize(word))
        for term in expected { #expect(readings.contains(term), "\(readings)") }
        #expect(!readings.contains(ArabicStemmer.stem(ArabicNormalizer.normalize(word))))
        if expected.isEmpty { #expect(readings.isEmpty) }
    }

    @Test("passes through tokens that are not Arabic", arguments: ["cnn", "2020", "iphone", "café"])
    func nonArabic(token: String) {
        #expect(ArabicStemmer.stem(token) == token)
    }
}
