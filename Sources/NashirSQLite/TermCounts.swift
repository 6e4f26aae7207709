import Foundation
import Synchronization

/// How many articles hold each analysed term, exactly or up to a cap, remembered for a while.
/// Counting reads a term's posting list, and the words worth remembering are the common ones,
/// which come back from headline to headline. The counts drift as stories arrive, so they are
/// forgotten every few minutes; they only rank words by rarity, where a drift of a few stories
/// changes nothing.
final class TermCounts: Sendable {
    private struct Key: Hashable {
        let term: String
        /// Nil for an exact count.
        let cap: Int?
    }

    private let remembered = Mutex<(counts: [Key: Int], since: ContinuousClock.Instant)>(([:], .now))
    private let lifetime: Duration
    private let capacity: Int

    init(lifetime: Duration = .seconds(600), capacity: Int = 50_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The count of `term`, counted no further than `cap` (nil: exactly): remembered, or from
    /// `count` and remembered.
    func count(of term: String, atMost cap: Int? = nil, _ count: (String) throws -> Int) rethrows -> Int {
        let key = Key(term: term, cap: cap)
        let now = ContinuousClock.now
        let known = remembered.withLock { state -> Int? in
            if now - state.since > lifetime || state.counts.count >= capacity { state = ([:], now) }
            return state.counts[key]
        }
        if let known { return known }
        let counted = try count(term)
        remembered.withLock { $0.counts[key] = counted }
        return counted
    }
}
