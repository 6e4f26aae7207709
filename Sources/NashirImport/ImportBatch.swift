import NashirDomain

/// A draft and where its record starts, so the store's objections can name the line.
public struct ImportedDraft: Sendable, Equatable {
    public var draft: ArticleDraft
    public var position: SourcePosition

    public init(draft: ArticleDraft, position: SourcePosition) {
        self.draft = draft
        self.position = position
    }
}

/// What an importer read from one file: the drafts to save, in file order, and the records it left out.
public struct ImportBatch: Sendable {
    public var drafts: [ImportedDraft]
    /// Records skipped under `skipInvalid`; empty otherwise, since then any bad record fails the file.
    public var skipped: [ImportError]
    /// Pictures and files the source refers to, for a later copy into the media library.
    public var media: [ImportedMedia]
    /// The writers the source names (who wrote at least one of the drafts).
    public var people: [ImportedPerson]

    public init(drafts: [ImportedDraft], skipped: [ImportError] = [], media: [ImportedMedia] = [], people: [ImportedPerson] = []) {
        self.drafts = drafts
        self.skipped = skipped
        self.media = media
        self.people = people
    }
}
