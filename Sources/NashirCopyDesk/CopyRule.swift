/// A check of the copy desk. Rules are deterministic and read nothing but the story and the
/// configuration they were made with.
public protocol CopyRule: Sendable {
    /// Stable, for settings, JSON output and "ignore once": «punctuation.space-after».
    var id: String { get }
    var severity: CopySeverity { get }
    /// What the rule looks for, in Arabic, for the settings page.
    var title: String { get }
    func check(_ paragraphs: [ScannedParagraph]) -> [CopyFinding]
}

/// A rule that looks at one paragraph at a time.
public protocol ParagraphRule: CopyRule {
    func check(_ paragraph: ScannedParagraph) -> [CopyFinding]
}

extension ParagraphRule {
    public func check(_ paragraphs: [ScannedParagraph]) -> [CopyFinding] {
        paragraphs.flatMap { check($0) }
    }
}

/// Words a spelling rule asks about; the Hunspell module gives one, tests give a word list.
public protocol SpellingDictionary: Sendable {
    /// Whether `word` (letters only, no punctuation) is spelt right.
    func isCorrect(_ word: String) -> Bool
    /// Likely corrections, best first; empty when there are none.
    func suggestions(for word: String) -> [String]
}
