import Foundation

/// The headline's block under it: where it ends (a byline, a date), and the lines in it that are
/// a deck, a credit, a writer's description or a photo's credit rather than copy.
extension PageTextParser {
    /// Where the headline's block ends: the byline or the date among the first lines under the
    /// headline, with at most a deck over it that may be a sentence; nil when copy comes first.
    static func headBlockEnd(_ lines: [String]) -> Int? {
        // A section label left under the headline («رياضة») is no deck: the sentence under it may be.
        let first = lines.first.map { PageTextHead.isSectionLabel($0) && lines.count > 2 ? 1 : 0 } ?? 0
        for (index, line) in lines.prefix(maxHighlights + 2).enumerated() {
            // Under a headline, «بواسطة مريم بنسعيد» signs it without the colon a sentence's «بواسطة» would need.
            // A label and its colon sign it whatever the credit after them («كتب: دبي - البوابة العربية للأخبار التقنية»).
            let signed = (BylineLine.opens(line) && PageTextChrome.words(line, in: 2...5) || Self.labelledCredit(line) != nil) && !PageTextChrome.endsSentence(line)
            // So does the site's credit («المجد - خاص»).
            // A stamp counted back from the visit dates it too («منذ 5 ساعة»).
            let dated = PageTextChrome.isDateLine(line) && !line.hasSuffix(":") || PageTextChrome.isRelativeTime(line)
            if BylineLine.name(in: line) != nil || BylineLine.datedName(line) != nil || (index > 0 && (signed || PageTextHead.isCredit(line) || dated)) { return index }
            if (line.hasSuffix(".") && index > first) || DatelineParser.isWholeLine(line) { return nil }
        }
        return nil
    }

    /// A meta row whose fields a theme set apart by wide gaps alone («admin  5 مارس، 2018  رياضة  0 Comments»),
    /// with bars between them, as the line's cleaning folds the gaps: short fields, one of them a date.
    static func barredFields(_ raw: String) -> String {
        guard raw.contains("  ") else { return raw }
        let fields = raw.split(separator: /\s{2,}/).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (2...6).contains(fields.count), fields.allSatisfy({ PageTextChrome.words($0, upTo: 6) <= 5 && !PageTextChrome.endsSentence($0) }),
              fields.contains(where: { PageTextChrome.isDateLine($0) }) else { return raw }
        return fields.joined(separator: " | ")
    }

    /// The credit after a byline's label and colon («كتب: دبي - البوابة العربية للأخبار التقنية»), no sentence.
    static func labelledCredit(_ line: String) -> String? {
        guard BylineLine.opensLabelled(line), PageTextChrome.words(line, in: 2...10), !PageTextChrome.endsSentence(line),
              let colon = line.firstIndex(of: ":") else { return nil }
        let credit = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return credit.isEmpty ? nil : credit
    }

    /// A picture's credit alone on its line in Latin letters: «Flickr», «Getty Images», «AFP».
    static func isLatinCredit(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ")
        return (1...2).contains(words.count) && words.contains { pictureSources.contains(String($0)) }
    }

    static let pictureSources: Set<String> = ["flickr", "getty", "afp", "reuters", "ap", "epa", "shutterstock", "wikimedia", "unsplash", "istock",
                                                      "pixabay", "dpa", "anadolu", "xinhua", "dr"]

    /// Who a writer named on the line over it is («جوست هلترمان», «مدير برنامج الشرق الأوسط وشمال أفريقيا»).
    static func isBioUnderName(_ line: String, on page: [String]) -> Bool {
        guard PageTextHead.isWriterBio(line, roles: true), PageTextChrome.words(line, upTo: 13) <= 12, !PageTextChrome.endsSentence(line),
              let at = page.firstIndex(of: line), at > 0 else { return false }
        return PageTextChrome.isLabel(page[at - 1]) && PageTextChrome.words(page[at - 1], in: 2...3) && !PageTextChrome.isDateLine(page[at - 1])
    }

    /// A deck's shape: a title's sentence of twenty words or fewer, no comma or hash mark in it, not ended.
    static func isDeckUnderStamp(_ line: String) -> Bool {
        PageTextChrome.words(line, upTo: 21) <= 20 && !PageTextChrome.endsSentence(line) && !line.contains("،") && !line.contains(",") && !line.contains("#")
            && !line.hasSuffix(":")
    }

    static func looksLikeHighlight(_ line: String) -> Bool {
        wordCount(line) <= maxHighlightWords && !line.hasSuffix(".")
    }
}
