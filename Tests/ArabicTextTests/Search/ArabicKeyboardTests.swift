import ArabicText
import Testing

/// Queries typed with the keyboard on the Latin layout, read back as the Arabic meant.
@Suite struct ArabicKeyboardTests {
    @Test(arguments: [("hgvzds", "الرئيس"), ("hgkt'", "النفط"), ("lwv", "مصر"), ("hgj,ksd", "التونسي"), ("sk,hj lwv", "سنوات مصر")])
    func latinKeysBecomeTheArabicMeant(_ keys: String, _ arabic: String) {
        #expect(ArabicKeyboard.arabic(fromLatinKeys: keys) == arabic)
    }

    @Test(arguments: ["", "   ", "مصر", "hello!", "12"])
    func textThatIsNotLatinKeysIsLeftAlone(_ text: String) {
        #expect(ArabicKeyboard.arabic(fromLatinKeys: text) == nil)
    }
}
