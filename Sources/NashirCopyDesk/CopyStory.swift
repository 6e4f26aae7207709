/// The copy a checker reads: paragraphs in order (the headline and sub-headlines first when the
/// caller has them), so story-wide rules (names, repeated sentences) see all of it.
public struct CopyStory: Sendable {
    public var paragraphs: [String]

    public init(paragraphs: [String]) {
        self.paragraphs = paragraphs
    }
}

/// One paragraph as the rules scan it: its Unicode scalars, indexable, since spans are counted
/// in scalars.
public struct ScannedParagraph: Sendable {
    public let index: Int
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The paragraph's words, found once: most rules read them.
    let words: [Word]
    /// What its brackets and guillemets do, worked out once for the rules that ask.
    let quotes: QuoteRoles

    public init(index: Int, text: String) {
        self.index = index
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.words = Word.all(in: scalars)
        self.quotes = QuoteRoles(scalars)
    }

    /// The text of scalars `range`.
    public func slice(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }

    /// A finding over `range` of this paragraph.
    func finding(_ rule: some CopyRule, _ message: String, _ range: Range<Int>, suggestion: String? = nil, severity: CopySeverity? = nil) -> CopyFinding {
        CopyFinding(
            rule: rule.id, severity: severity ?? rule.severity, message: message, paragraph: index,
            offset: range.lowerBound, length: range.count, excerpt: slice(range), suggestion: suggestion)
    }
}
