import Foundation
import Synchronization

/// How many articles hold each analysed term, exactly or up to a cap, remembered for a while.
/// Counting reads a term's posting list, and the words worth remembering are the common ones,
/// which come back from query to query and from headline to headline. The counts drift as
/// stories arrive, so they are forgotten after `lifetime`.
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
        if let known = lookUp(key) { return known }
        let counted = try count(term)
        remember(key, counted)
        return counted
    }

    /// The exact count of `term`, if it is remembered.
    func known(_ term: String) -> Int? {
        lookUp(Key(term: term, cap: nil))
    }

    /// Remembers the exact count of `term`, made elsewhere.
    func remember(_ term: String, count: Int) {
        remember(Key(term: term, cap: nil), count)
    }

    private func lookUp(_ key: Key) -> Int? {
        let now = ContinuousClock.now
        return remembered.withLock { state in
            if now - state.since > lifetime || state.counts.count >= capacity { state = ([:], now) }
            return state.counts[key]
        }
    }

    private func remember(_ key: Key, _ count: Int) {
        remembered.withLock { $0.counts[key] = count }
    }
}
