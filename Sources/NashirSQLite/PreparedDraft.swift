import NashirDomain

/// A draft with what its save computes from the draft alone (the index's analysis, the row's
/// encoded columns, the old address's key), made on every core outside the writer's
/// transaction, so the single writer is left with the database work.
struct PreparedDraft: Sendable {
    var draft: ArticleDraft
    var document: SearchDocument
    /// The row as the draft gives it; a save that stamps the publication time makes it again.
    var row: ArticleRow
    var legacyKey: String?

    init(_ draft: ArticleDraft) {
        self.draft = draft
        document = SearchDocument(draft.content)
        row = ArticleRow(draft.content)
        legacyKey = draft.content.sourceURL.flatMap(LegacyAddress.key(forURL:))
    }

    /// Prepares on Dispatch's pool, off the caller's thread (an event loop in the server).
    static func prepare(_ drafts: some Collection<ArticleDraft> & Sendable) async -> [PreparedDraft] {
        await CPUWork.run { Array(drafts).concurrentMap(PreparedDraft.init) }
    }
}

/// A large save's drafts, prepared one batch ahead of the writer: while it writes a batch, the
/// other cores prepare the next, instead of the writer waiting for all of them first.
final class PreparedBatches: @unchecked Sendable {
    /// Small enough that the first batch, prepared before the transaction opens, is quick.
    static let size = 512

    // Used by one thread at a time: the caller, then the writer's queue inside its transaction.
    private var ready: [PreparedDraft]?
    private var ahead: BackgroundWork<[PreparedDraft]>?
    private var rest: ArraySlice<ArticleDraft>

    /// `first` is already prepared; preparing the batch after it starts now.
    init(first: [PreparedDraft], rest: ArraySlice<ArticleDraft> = []) {
        ready = first
        self.rest = rest
        ahead = startNext()
    }

    /// Prepares the first batch off the caller's thread and starts on the second.
    static func preparing(_ drafts: [ArticleDraft]) async -> PreparedBatches {
        PreparedBatches(first: await PreparedDraft.prepare(drafts.prefix(size)), rest: drafts.dropFirst(size))
    }

    /// The next batch, waiting for it if its preparation is still running.
    func next() -> [PreparedDraft]? {
        if let batch = ready {
            ready = nil
            return batch
        }
        guard let work = ahead else { return nil }
        ahead = startNext()
        return work.value()
    }

    private func startNext() -> BackgroundWork<[PreparedDraft]>? {
        guard !rest.isEmpty else { return nil }
        let batch = Array(rest.prefix(Self.size))
        rest = rest.dropFirst(Self.size)
        return BackgroundWork { batch.concurrentMap(PreparedDraft.init) }
    }
}
