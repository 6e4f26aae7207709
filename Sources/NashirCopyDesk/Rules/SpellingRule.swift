/// A word the dictionary does not know and the newsroom's word list (names, places, agencies)
/// does not name: a warning, since names the dictionary lacks are common in news.
public struct SpellingRule: ParagraphRule {
    public let id = "spelling"
    public let severity = CopySeverity.warning
    public let title = "الإملاء"
    public let dictionary: any SpellingDictionary
    public let knownWords: Set<String>

    public init(dictionary: any SpellingDictionary, knownWords: Set<String> = []) {
        self.dictionary = dictionary
        self.knownWords = knownWords
    }

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        paragraph.words.compactMap { word in
            // Arabic words of two letters or more; Latin names are not this dictionary's.
            guard word.bare.unicodeScalars.count >= 2, word.bare.unicodeScalars.allSatisfy(Scalars.isArabicLetter),
                  !knownWords.contains(word.bare), !knownWords.contains(NameConsistencyRule.stem(word.bare)),
                  !dictionary.isCorrect(word.bare) else { return nil }
            let guesses = dictionary.suggestions(for: word.bare).prefix(3)
            let message = guesses.isEmpty ? "كلمة لا يعرفها المدقق" : "كلمة لا يعرفها المدقق؛ هل المقصود: " + guesses.map { "«\($0)»" }.joined(separator: " أو ") + "؟"
            return paragraph.finding(self, message, word.range)
        }
    }
}
