/// One block of an article body; paragraphs now, quotes, headings and images as the newsroom grows.
public enum Block: Sendable, Equatable, Hashable {
    case paragraph(String)

    /// The block's plain text, for search, export and checks.
    public var text: String {
        switch self {
        case .paragraph(let text): text
        }
    }
}
