/// A word the dictionary does not know and the newsroom's word list (names, places, agencies)
/// does not name: a warning, since names the dictionary lacks are common in news.
public struct SpellingRule: ParagraphRule {
    public let id = "spelling"
    public let severity = CopySeverity.warning
    public let title = "الإملاء"
    public let dictionary: any SpellingDictionary
    public let knownWords: Set<String>
    /// Whether findings carry the dictionary's guesses. Hunspell takes tens of milliseconds to
    /// guess for one Arabic word, a thousand times its lookup, so checks of many stories leave it off.
    public let suggests: Bool
    private let knownKeys: Set<WordKey>

    public init(dictionary: any SpellingDictionary, knownWords: Set<String> = [], suggests: Bool = false) {
        self.dictionary = dictionary
        self.knownWords = knownWords
        self.suggests = suggests
        // A listed word is known with its clitics too: «الطرابلسي» spares «والطرابلسي».
        self.knownKeys = WordKey.set(knownWords.union(knownWords.map(NameConsistencyRule.stem)))
    }

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        paragraph.words.compactMap { word in
            // Arabic words of two letters or more; Latin names are not this dictionary's.
            guard word.bare.unicodeScalars.count >= 2, word.bare.unicodeScalars.allSatisfy(Scalars.isArabicLetter),
                  !isKnown(word), !dictionary.isCorrect(word.bare) else { return nil }
            let guesses = suggests ? dictionary.suggestions(for: word.bare).prefix(3) : []
            let message = guesses.isEmpty ? "كلمة لا يعرفها المدقق" : "كلمة لا يعرفها المدقق؛ هل المقصود: " + guesses.map { "«\($0)»" }.joined(separator: " أو ") + "؟"
            return paragraph.finding(self, message, word.range)
        }
    }

    /// In the newsroom's list as written or without its clitics («وحفتر» for «حفتر»), either side stemmed.
    private func isKnown(_ word: Word) -> Bool {
        guard !knownKeys.isEmpty else { return false }
        return knownKeys.contains(word.key) || knownKeys.contains(WordKey(NameConsistencyRule.stem(word.bare)))
    }
}
