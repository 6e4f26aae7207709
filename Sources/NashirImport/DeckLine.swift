import ArabicText

/// A deck under the headline that retells the copy's opening: the site's summary printed over
/// the photo, then the first paragraph saying the same in its own words («أطلق جنود إسرائيليون
/// النار …», «(أرشيفية - أ ف ب)», «(CNN)-- قُتل شاب فلسطيني آخر بعد أن أطلق الجنود …»).
enum DeckLine {
    /// Where the copy opens when `lines[0]` is such a deck: the next paragraph, under a photo's
    /// caption or credit, opens with half its words (stemmed, without stop words), or right under
    /// it with nearly all of them.
    static func retelling(_ lines: [String]) -> Int? {
        guard lines.count >= 3, PageTextChrome.isProse(lines[0]),
              let next = lines[1..<min(lines.count, 4)].firstIndex(where: PageTextChrome.isProse),
              lines[1..<next].allSatisfy({ PageTextChrome.words($0, upTo: 13) <= 12 && !PageTextChrome.endsSentence($0) && !PageChrome.isInterface($0) }) else { return nil }
        let deck = Set(ArabicAnalyzer.terms(in: lines[0]))
        guard deck.count >= 6 else { return nil }
        let opening = Set(ArabicAnalyzer.terms(in: lines[next]).prefix(deck.count + 15))
        // Paragraphs of copy share words too: over a photo's caption half of them is enough, right
        // over the paragraph (or an ad's label) nearly all of them.
        let shared = deck.intersection(opening).count
        return next > 1 && shared * 2 >= deck.count || shared * 10 >= deck.count * 9 ? next : nil
    }
}
