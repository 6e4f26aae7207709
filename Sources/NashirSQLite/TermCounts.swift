import Foundation
import Synchronization

/// How many articles hold each analysed term, remembered for a while. Counting reads a term's
/// whole posting list, and the words worth remembering are the common ones, which come back
/// from headline to headline. The counts drift as stories arrive, so they are forgotten every
/// few minutes; they only rank words by rarity, where a drift of a few stories changes nothing.
final class TermCounts: Sendable {
    private let remembered = Mutex<(counts: [String: Int], since: ContinuousClock.Instant)>(([:], .now))
    private let lifetime: Duration
    private let capacity: Int

    init(lifetime: Duration = .seconds(600), capacity: Int = 50_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The count of `term`: remembered, or from `count` and remembered.
    func count(of term: String, _ count: (String) throws -> Int) rethrows -> Int {
        let now = ContinuousClock.now
        let known = remembered.withLock { state -> Int? in
            if now - state.since > lifetime || state.counts.count >= capacity { state = ([:], now) }
            return state.counts[term]
        }
        if let known { return known }
        let counted = try count(term)
        remembered.withLock { $0.counts[term] = counted }
        return counted
    }
}
