import Synchronization

/// Every week's document count, newest first, kept by the store for a second. They size a
/// search's windows of weeks, which counts a second old size as well; read for each search
/// they were a round trip and 250 rows at 267,550 articles. A write through this instance
/// drops them, so what it saves is counted at its next search.
final class WeekCounts: Sendable {
    /// How long counts read by one search serve the next ones.
    static let lifetime: Duration = .seconds(1)
    private let kept = Mutex<(at: ContinuousClock.Instant, weeks: [(week: String, documents: Int)])?>(nil)

    /// The counts read less than `lifetime` ago, if any.
    var current: [(week: String, documents: Int)]? {
        kept.withLock { kept in kept.flatMap { ContinuousClock.now - $0.at < Self.lifetime ? $0.weeks : nil } }
    }

    func keep(_ weeks: [(week: String, documents: Int)]) {
        kept.withLock { $0 = (ContinuousClock.now, weeks) }
    }

    func forget() {
        kept.withLock { $0 = nil }
    }
}
