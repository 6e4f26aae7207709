import ArabicText
import Foundation

/// A newsletter's box inside the copy: its name and pitch over its email field and button
/// («نشرة أها!», «نشرة يومية تصلك كل صباح، فيها خلاصة ما يهمّك.», «بريدك الإلكتروني», «اشترك»).
extension PageTextBody {
    /// Drops from `lines` an email field and its button on the `page` (its lines before any were
    /// dropped) with the name and the pitch over them, which read like a subheading and a short paragraph.
    static func dropSignupBoxes(_ lines: inout [String], page: [String]) {
        var box = Set<String>()
        for field in page.indices.dropFirst(2) where isEmailField(page[field]) && field + 1 < page.count && PageTextChrome.words(page[field + 1], in: 1...3) {
            let pitch = page[field - 1]
            let name = page[field - 2]
            // The box has a name of a few words over a pitch no longer than a sentence; a
            // paragraph of copy right over a comment form has no such name.
            // (Its name may be a call of a few more words: «اشترك في نشرة خط الأفق».)
            guard PageTextChrome.words(pitch, in: 3...16), PageTextChrome.words(name, in: 1...6), !name.hasSuffix("."), !name.hasSuffix(":"),
                  !isEmailField(pitch) else { continue }
            box.formUnion([name, pitch, page[field], page[field + 1]])
        }
        // A box with no field, its button under the pitch, a privacy note under it («لا تفوّت أي خبر»,
        // «انضم إلى آلاف القراء الذين يتلقون موجزنا الصباحي.», «اشترك الآن», «نحترم خصوصيتك …»).
        for button in page.indices.dropFirst(2) where signUpButtons.contains(page[button]) {
            let (name, pitch) = (page[button - 2], page[button - 1])
            guard PageTextChrome.words(pitch, in: 3...16), PageTextChrome.words(name, in: 1...6), !PageTextChrome.isProse(name), !name.hasSuffix(":"),
                  [name, pitch].contains(where: { line in newsletterWords.contains(where: ArabicNormalizer.normalize(line).contains) }) else { continue }
            box.formUnion([name, pitch, page[button]])
            if button + 1 < page.count, privacyWords.contains(where: ArabicNormalizer.normalize(page[button + 1]).contains) { box.insert(page[button + 1]) }
        }
        guard !box.isEmpty else { return }
        lines.removeAll(where: box.contains)
    }

    private static let signUpButtons: Set<String> = ["اشترك", "اشترك الآن", "اشتركي", "اشتركي الآن", "سجل الآن", "سجلي الآن", "أرسل", "Subscribe", "Sign up"]
    private static let newsletterWords = ["نشرة", "النشرة", "موجز", "بريدك", "تصلك", "يصلك", "القراء", "المشتركين", "صندوق الوارد"].map(ArabicNormalizer.normalize)
    private static let privacyWords = ["خصوصيتك", "رسائل مزعجة", "بريدا مزعجا", "إلغاء الاشتراك", "الغاء الاشتراك"].map(ArabicNormalizer.normalize)

    /// A form's email field: «بريدك الإلكتروني», «البريد الإلكتروني *», «Email».
    static func isEmailField(_ line: String) -> Bool {
        let bare = ArabicNormalizer.normalize(line.trimmingCharacters(in: CharacterSet(charactersIn: "*:.… ")))
        guard PageTextChrome.words(bare, in: 1...4), !PageTextChrome.endsSentence(line) else { return false }
        return ["بريدك الالكتروني", "البريد الالكتروني", "عنوان البريد الالكتروني", "ادخل بريدك الالكتروني", "اكتب بريدك الالكتروني",
                "email", "e-mail", "your email", "email address", "enter your email"].contains(bare.lowercased())
    }
}
