/// The shape of an input file.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// Decide per file: JSON Lines by extension or a leading «{», page text otherwise.
    case auto
    /// A plain-text dump of one article page, like the seed.
    case pageText = "page-text"
    /// One JSON object per line, in the corpus schema or Nashir's export.
    case jsonl
}
