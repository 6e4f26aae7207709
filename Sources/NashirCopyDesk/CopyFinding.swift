/// How much a finding matters: an error is wrong whatever the house style, a warning is most
/// likely wrong, an info is worth a look.
public enum CopySeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// One problem in a story's copy: which rule, where (a paragraph and a span of Unicode scalars
/// in it), what to tell the editor in Arabic, and the replacement for the span when the fix is
/// certain.
public struct CopyFinding: Sendable, Equatable, Codable {
    public var rule: String
    public var severity: CopySeverity
    public var message: String
    /// The index of the paragraph in the checked story.
    public var paragraph: Int
    /// Where the flagged text starts in the paragraph, in Unicode scalars from 0.
    public var offset: Int
    /// How many Unicode scalars the flagged text spans (0 for a point, e.g. a missing space).
    public var length: Int
    /// The flagged text itself.
    public var excerpt: String
    /// What the span should become, when the checker is sure.
    public var suggestion: String?

    public init(rule: String, severity: CopySeverity, message: String, paragraph: Int, offset: Int, length: Int, excerpt: String, suggestion: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
        self.excerpt = excerpt
        self.suggestion = suggestion
    }
}
