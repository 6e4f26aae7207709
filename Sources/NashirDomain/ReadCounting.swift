import Foundation

/// Readers' views of published stories, kept as counts per hour and nothing about the readers:
/// what «الأكثر قراءة» ranks by.
public protocol ReadCounting: Sendable {
    /// Adds `reads` to the counts of the hour starting at `hour`; ids of unknown articles are dropped.
    func recordReads(_ reads: [ArticleID: Int], hour: Date) async throws
    /// Published stories with the most reads since `since`, most first (newer first on a tie).
    func mostRead(since: Date, limit: Int, now: Date) async throws -> [ReadCount]
}

/// A story and how many times it was read.
public struct ReadCount: Sendable, Equatable {
    public var summary: ArticleSummary
    public var reads: Int

    public init(summary: ArticleSummary, reads: Int) {
        self.summary = summary
        self.reads = reads
    }
}
