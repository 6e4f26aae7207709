import NashirCopyDesk

/// A story read from a file for the copy desk, with where each of its paragraphs sits in the file.
public struct CheckedText: Sendable {
    public var story: CopyStory
    /// Per paragraph: its file line and the 1-based column (in Unicode scalars) of its first
    /// scalar; JSON Lines give the record's line and count columns in the title, or in the body
    /// (its paragraphs joined by blank lines, as stored).
    public var positions: [(line: Int, column: Int)]
    /// Per paragraph, the text a caret is drawn under: the file's line, or the field's text.
    public var sourceLines: [String]

    /// Where `finding` is in the file: (line, column), both 1-based.
    public func position(of finding: CopyFinding) -> (line: Int, column: Int) {
        let start = positions[finding.paragraph]
        return (start.line, start.column + finding.offset)
    }
}

/// How `nashir check` reads a file: text (one paragraph a line), page-text (a page dump like
/// the seed: only its copy is checked), jsonl (each record's title and body), or auto.
public enum CheckFormat: String, Sendable, CaseIterable {
    case auto, text, pageText = "page-text", jsonl
}
