/// What a person in the newsroom may do, from most to least.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// People, settings, everything.
    case administrator
    /// Publishes, and edits anyone's story.
    case editor
    /// «مدقق»: edits the copy of stories in review; cannot publish.
    case copyEditor = "copy-editor"
    /// Writes and edits their own drafts and submits them for review.
    case writer

    private var rank: Int {
        switch self {
        case .administrator: 3
        case .editor: 2
        case .copyEditor: 1
        case .writer: 0
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
