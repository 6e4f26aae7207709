import ArabicText
import Foundation

/// A deck under the headline that retells the copy's opening: the site's summary printed over
/// the photo, then the first paragraph saying the same in its own words («أطلق جنود إسرائيليون
/// النار …», «(أرشيفية - أ ف ب)», «(CNN)-- قُتل شاب فلسطيني آخر بعد أن أطلق الجنود …»).
enum DeckLine {
    /// Where the copy opens when `lines[0]` is such a deck: the next paragraph, under a photo's
    /// caption or credit, opens with half its words (stemmed, without stop words), or right under
    /// it with nearly all of them.
    /// Buttons between them on the `page` set the deck apart as a caption does («استمع إلى المقال»).
    static func retelling(_ lines: [String], page: [String]) -> Int? {
        // A summary cut from the lead and run into its next sentence opens as the lead does.
        if lines.count >= 3, PageTextChrome.isProse(lines[1]), lines[0].count > lines[1].count, lines[0].hasPrefix(lines[1]) { return 1 }
        // So does one cut short from the lead under the agency's name and a dash («وكالة الحوزة - أعلنت أوكرانيا، …»).
        if lines.count >= 3, PageTextChrome.isProse(lines[1]), let dash = lines[0].range(of: " - "),
           PageTextChrome.words(String(lines[0][..<dash.lowerBound]), in: 1...4) {
            let cut = lines[0][dash.upperBound...].trimmingCharacters(in: .init(charactersIn: ".…  "))
            // (It may run on past the lead into the next paragraph's first words.)
            if PageTextChrome.words(cut, upTo: 9) >= 8, lines[1].hasPrefix(cut) || cut.hasPrefix(lines[1]) { return 1 }
        }
        guard lines.count >= 3, PageTextChrome.isProse(lines[0]),
              let next = lines[1..<min(lines.count, 4)].firstIndex(where: PageTextChrome.isProse),
              lines[1..<next].allSatisfy({ PageTextChrome.words($0, upTo: 13) <= 12 && !PageTextChrome.endsSentence($0) && !PageChrome.isAdSlot($0) }) else { return nil }
        let deck = Set(ArabicAnalyzer.terms(in: lines[0]))
        guard deck.count >= 6 else { return nil }
        let opening = Set(ArabicAnalyzer.terms(in: lines[next]).prefix(deck.count + 15))
        // Paragraphs of copy share words too: over a photo's caption half of them is enough, right
        // over the paragraph (or an ad's label) nearly all of them.
        let shared = deck.intersection(opening).count
        let apart = next > 1 || buttonsBetween(lines[0], lines[next], on: page) || captionBetween(lines[0], lines[next], on: page)
        return apart && shared * 2 >= deck.count || shared * 10 >= deck.count * 9 ? next : nil
    }

    /// Where the copy opens when `lines[0]` is a summary cut short from further down the copy: it
    /// ends mid-sentence, and its opening words stand in a later paragraph, which goes on
    /// («سواء أكانت جرأتها …» over the copy, «وسواء أكانت جرأتها …» in it). (A lead that a later
    /// paragraph restates ends its sentence.)
    static func echoedLater(_ lines: [String]) -> Int? {
        guard lines.count >= 3, PageTextChrome.words(lines[0], upTo: 13) > 12, !PageTextChrome.endsSentence(lines[0]), PageTextChrome.isProse(lines[1]) else { return nil }
        let words = lines[0].split(separator: " ").prefix(7)
        guard words.count == 7 else { return nil }
        let opening = ArabicNormalizer.normalize(words.joined(separator: " "))
        let echoed = lines[2..<min(lines.count, 40)].contains { line in
            line != lines[0] && ArabicNormalizer.normalize(line).contains(opening)
        }
        return echoed ? 1 : nil
    }

    /// Whether buttons stand between `line` and `next` on the `page`, where `next` follows `line`
    /// (buttons over the copy are dropped early, so `lines` may no longer show them).
    static func buttonsBetween(_ line: String, _ next: String, on page: [String]) -> Bool {
        guard let start = page.firstIndex(of: line), let end = page[(start + 1)...].firstIndex(of: next) else { return false }
        // An ad's label or a read-also link stands anywhere in the copy: it sets nothing apart.
        return page[(start + 1)..<end].contains { PageChrome.isInterface($0) && !PageChrome.isAdSlot($0) && !PageChrome.isRelatedLink($0) }
    }

    /// Whether a photo's caption or credit stood between `line` and `next` on the `page` (both are dropped early).
    static func captionBetween(_ line: String, _ next: String, on page: [String]) -> Bool {
        guard let start = page.firstIndex(of: line), let end = page[(start + 1)...].firstIndex(of: next) else { return false }
        return page[(start + 1)..<end].contains { PageTextHead.isCaption($0) || PageTextBody.isPhotoCredit($0) }
    }

    /// Where the copy opens when `lines[0]` is a deck the page set apart from it: on the `page`
    /// (its lines before any were dropped) share buttons stand between that sentence and the next
    /// paragraph, or a credit opens the copy under it («… للجدل.», «مشاركة», «Facebook»,
    /// «الكومبس – وكالات»). A photo's caption or an ad's label alone does not set a deck apart:
    /// themes put them after the first paragraph.
    static func setApart(_ lines: [String], page: [String]) -> Int? {
        guard lines.count >= 3, PageTextChrome.isProse(lines[0]), PageTextChrome.words(lines[0], upTo: 46) <= 45, DatelineParser.parse(lines[0]) == nil,
              let next = lines[1..<min(lines.count, 9)].firstIndex(where: PageTextChrome.isProse), lines.count > next + 1,
              lines[1..<next].allSatisfy(isApart), let deck = page.firstIndex(of: lines[0]),
              let copy = page[(deck + 1)...].firstIndex(of: lines[next]) else { return nil }
        let between = page[(deck + 1)..<copy]
        guard between.count <= 8, between.allSatisfy(isApart) else { return nil }
        // The page's tools count with its share buttons («طباعة», «إرسال لصديق», «حجم الخط»), and a
        // credit opening them signs the copy under them («وكالات»).
        let shareBar = between.count { shareButtons.contains($0.lowercased()) || toolButtons.contains($0) } >= 2
        let signed = between.first.map { PageTextHead.isCredit($0) || PageTextChrome.collectiveCredits.contains($0) } == true
        return shareBar || signed || PageTextHead.isCredit(page[copy - 1]) ? next : nil
    }

    /// A share bar's buttons, as themes label them.
    static let shareButtons: Set<String> = ["مشاركة", "شارك", "شارك الخبر", "شارك المقال", "شارك على", "share", "فيسبوك", "فيس بوك",
        "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "لينكدإن", "لينكد إن", "بريد إلكتروني", "طباعة", "facebook", "twitter", "x",
        "whatsapp", "telegram", "linkedin", "email", "e-mail", "print", "pinterest", "messenger"]

    /// A page's tools over the copy: print, send, the type's size.
    static let toolButtons: Set<String> = ["طباعة", "إرسال لصديق", "أرسل لصديق", "ارسال لصديق", "حجم الخط", "تكبير الخط", "تصغير الخط", "أ+", "أ-", "A+", "A-"]

    /// What may stand between a deck and the copy: a button, a photo's caption or credit, a credit.
    private static func isApart(_ line: String) -> Bool {
        !PageChrome.isRelatedLink(line) && (PageTextBody.isButton(line) || PageChrome.isChrome(line) || PageChrome.isInterface(line)
            || PageTextBody.isLatinInterface(line) || PageTextHead.isCaption(line) || PageTextBody.isPhotoCredit(line)
            || PageTextHead.isCredit(line) || PageTextChrome.collectiveCredits.contains(line) || toolButtons.contains(line) || PageTextChrome.words(line, in: 1...3) && line.contains(where: { $0.isASCII && $0.isLetter }))
    }
}
