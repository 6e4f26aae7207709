import Foundation

/// The full-text index's row ids: an article's publication second in the high bits, so FTS5
/// walks matches newest first and turns date filters into rowid ranges without touching
/// `article`. Published articles have positive keys, drafts negative ones (their creation
/// time), so a reader's search is the range (0, now] and an editor's the whole table.
enum SearchKey {
    /// Low bits left for articles published in the same second.
    static let shift: Int64 = 20

    /// The first key for `id` at `date`; the caller probes upward past keys already taken.
    static func first(at date: Date, id: Int64, published: Bool) -> Int64 {
        let key = second(date) << shift | (id & (1 << shift - 1))
        return published ? key : -key
    }

    /// The smallest key of an article published at or after `date`.
    static func lowerBound(_ date: Date) -> Int64 {
        second(date) << shift
    }

    /// The largest key of an article published before `date` (to the second).
    static func upperBound(before date: Date) -> Int64 {
        (Int64(date.timeIntervalSince1970.rounded(.up)) << shift) - 1
    }

    /// The largest key of an article published at or before `date`.
    static func upperBound(atOrBefore date: Date) -> Int64 {
        ((second(date) + 1) << shift) - 1
    }

    /// Seconds since 1970 of the moment a key stands for.
    static func seconds(_ key: Int64) -> Int64 {
        abs(key) >> shift
    }

    private static func second(_ date: Date) -> Int64 {
        // Clamped so no date, however absurd, overflows the shift.
        Int64(max(0, min(date.timeIntervalSince1970, 1e12)).rounded(.down))
    }
}
