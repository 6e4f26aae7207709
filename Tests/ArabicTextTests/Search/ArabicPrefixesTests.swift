import ArabicText
import Testing

@Suite("ArabicPrefixes")
struct ArabicPrefixesTests {
    @Test("strips the article and lists prefixes shortest first", arguments: [
        ("المدرسه", 2, ["مد", "مدر", "مدرس", "مدرسه"]),
        ("والمدرسه", 2, ["مد", "مدر", "مدرس", "مدرسه"]),
        ("بالمدرسه", 3, ["مدر", "مدرس", "مدرسه"]),
        ("للمدرسه", 4, ["مدرس", "مدرسه"]),
        ("مدرسه", 2, ["مد", "مدر", "مدرس", "مدرسه"]),
        ("الحج", 2, ["حج"]),
        ("الى", 2, ["ال", "الى"]),          // one letter after ال: not an article
        ("cnn", 2, ["cn", "cnn"]),
        ("من", 3, []),
        ("", 2, []),
    ] as [(String, Int, [String])])
    func forms(token: String, minimumLength: Int, expected: [String]) {
        #expect(ArabicPrefixes.typeAheadForms(of: token, minimumLength: minimumLength) == expected)
    }

    @Test("uses two letters as the default minimum")
    func defaultMinimum() {
        #expect(ArabicPrefixes.typeAheadForms(of: "الكتاب") == ["كت", "كتا", "كتاب"])
    }
}
