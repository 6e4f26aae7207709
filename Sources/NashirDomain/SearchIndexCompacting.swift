/// A store whose search index is written in pieces (each save adds one) that searches must all
/// consult, and that can merge them a bounded step at a time while it serves.
public protocol SearchIndexCompacting: Sendable {
    /// Merges about `pages` pages' worth of the index's pieces in one short write; false when
    /// there was nothing left to merge.
    func compactSearchIndex(pages: Int) async throws -> Bool
}
