@testable import ArabicText
import NashirTestSupport
import PropertyBased
import Testing

/// The excerpt reads a text's words only as far as its choice needs; these tests hold it to the
/// choice made after cutting and analysing every word, on made-up texts and on real articles.
@Suite struct ExcerptReadingTests {
    /// The excerpt as it was chosen over every word of the text at once.
    static func reference(of text: String, groups: [Set<String>], words: Int) -> HighlightedText? {
        let tokens = ArabicTokenizer.tokens(in: text)
        let lookup = TermLookup(Set(groups.joined()))
        let matched = tokens.map { lookup.term(of: $0, in: text).map { lookup.terms[$0] } }
        guard matched.contains(where: { $0 != nil }) else { return nil }
        let width = max(1, min(words, tokens.count))
        var best = 0, bestScore = -1
        // Every window counted afresh: the groups holding any term matched in it.
        for start in 0...(tokens.count - width) {
            let found = Set(matched[start..<(start + width)].compactMap { $0 })
            let score = groups.count { !$0.isDisjoint(with: found) }
            if score > bestScore { (bestScore, best) = (score, start) }
        }
        if let first = (best..<(best + width)).first(where: { matched[$0] != nil }) {
            best = max(0, min(first - 4, tokens.count - width))
        }
        let from = best == 0 ? text.startIndex : tokens[best].original.lowerBound
        let lastToken = best + width - 1
        let to = lastToken == tokens.count - 1 ? text.endIndex : tokens[lastToken].original.upperBound
        let matches = (best...lastToken).compactMap { matched[$0] != nil ? tokens[$0].original : nil }
        return HighlightedText(
            parts: ArabicHighlighter.parts(of: text, from: from, to: to, matches: matches),
            isCutBefore: from != text.startIndex, isCutAfter: to != text.endIndex)
    }

    /// Words and pieces a story's text is made of: forms of a few stems, stop words, Latin and
    /// digits, harakat and tatweel, punctuation and spaces that are not words.
    static let pieces = [
        "المدرسة", "مدرسته", "والمدارس", "أحمد", "احمد", "النفط", "نفطية", "أسعار", "الأسعار", "في", "على", "علي", "من", "قال", "وقال",
        "الرَّئِيـــسُ", "الرئيس", "ليبيا", "طرابلس", "Apple", "CNNالعربية", "٢٠٢٠م", "2020", "،", ".", "«", "»", "؟", " ", "  ", "\n",
        "ـ", "\u{200F}", "x\u{301}", "وكالات:", "–",
    ]
    /// Terms a query of those words analyses to, and some no word does.
    static let terms = ["مدرس", "احمد", "نفط", "اسعار", "رءيس", "ليبيا", "apple", "2020", "عرب", "قال", "ذهب", "في"]

    @Test func madeUpTextsGetTheExcerptEveryWordWouldGive() async {
        await propertyCheck(
            count: 3000,
            input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...90),
            Gen.int(in: 0...(Self.terms.count - 1)).array(of: 1...2).array(of: 1...3), Gen.int(in: 0...40)
        ) { pieces, groups, words in
            let text = pieces.map { Self.pieces[$0] }.joined(separator: " ")
            let wanted = groups.map { Set($0.map { Self.terms[$0] }) }
            #expect(ArabicHighlighter.excerpt(of: text, groups: wanted, words: words) == Self.reference(of: text, groups: wanted, words: words),
                    "«\(text)» \(wanted.map { $0.sorted() }) \(words)")
        }
    }

    @Test func realArticlesGetTheExcerptEveryWordWouldGive() throws {
        let texts = try Corpus.sampleFields(every: 97)
        try #require(Corpus.directory == nil || !texts.isEmpty)
        var generator = SeededRandom(seed: 20_261_204)
        for text in texts {
            let tokens = ArabicTokenizer.tokens(in: text)
            guard !tokens.isEmpty else { continue }
            // One to three of the text's own words, as a query finding it would hold, and
            // sometimes a word it does not have.
            var terms = Set((0..<Int(generator.next() % 3 + 1)).map { _ in ArabicStemmer.stem(tokens[Int(generator.next() % UInt64(tokens.count))].text) })
            if generator.next() % 4 == 0 { terms.insert("ذهب") }
            let groups = terms.sorted().map { Set([$0]) }
            #expect(ArabicHighlighter.excerpt(of: text, terms: terms) == Self.reference(of: text, groups: groups, words: 32), "\(terms.sorted())")
        }
    }
}

extension ExcerptReadingTests {
    /// A word found in two of its spellings is one word: the window with two of the query's
    /// words wins over an earlier one with one word twice.
    @Test func aWordInTwoSpellingsCountsOnce() throws {
        let filler = Array(repeating: "كلام", count: 40).joined(separator: " ")
        let text = "النفط والبترول " + filler + " ارتفعت أسعار النفط " + filler
        let excerpt = try #require(ArabicHighlighter.excerpt(of: text, groups: [["نفط", "بترول"], ["اسعار"]], words: 10))
        #expect(excerpt.parts.filter(\.isMatch).map(\.text) == ["أسعار النفط"])
        // Counted as three words, the earlier window ties and wins.
        let apart = try #require(ArabicHighlighter.excerpt(of: text, terms: ["نفط", "بترول", "اسعار"], words: 10))
        #expect(apart.parts.filter(\.isMatch).map(\.text) == ["النفط والبترول"])
    }

    @Test func aQueryGroupsRespellingsOfOneWordAndKeepsAlternativesApart() {
        let query = SearchQuery(
            required: [
                [.init(terms: ["نفط"], typed: "النفط"), .init(terms: ["نفوط"], typed: "النفط"), .init(terms: ["ذهب"], typed: "الذهب")],
                [.init(terms: ["سعر", "يوم"], typed: "سعر اليوم", isQuoted: true)],
            ],
            excluded: [], optional: [.init(terms: ["علي"], typed: "علي")])
        #expect(query.highlightGroups == [["ذهب"], ["نفط", "نفوط"], ["سعر"], ["يوم"], ["علي"]])
    }
}
