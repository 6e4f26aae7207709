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
    /// Exact counts of every term in at least `Snapshot.least` articles, read from the whole
    /// index at once and replaced whole; asked after what was counted one by one.
    private let snapshot = Mutex(Snapshot())
    private let lifetime: Duration
    private let capacity: Int

    struct Snapshot {
        /// Rarer terms are cheap to count one by one: their posting lists are short.
        static let least = 32
        var counts: [String: Int] = [:]
        var takenAt: ContinuousClock.Instant?
        var isBeingTaken = false
    }

    init(lifetime: Duration = .seconds(600), capacity: Int = 50_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The count of `term`, counted no further than `cap` (nil: exactly): remembered, or from
    /// `count` and remembered.
    func count(of term: String, atMost cap: Int? = nil, _ count: (String) throws -> Int) rethrows -> Int {
        let key = Key(term: term, cap: cap)
        if let known = lookUp(key) { return known }
        if let exact = snapshot.withLock({ $0.counts[term] }) { return cap.map { min(exact, $0) } ?? exact }
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

    /// Whether a new snapshot should be taken: none yet, or one older than the counts' lifetime,
    /// and none being taken; true marks one as being taken, to be handed to `replaceSnapshot`.
    func claimSnapshot() -> Bool {
        let now = ContinuousClock.now
        return snapshot.withLock { state in
            guard !state.isBeingTaken, state.takenAt.map({ now - $0 > lifetime }) ?? true else { return false }
            state.isBeingTaken = true
            return true
        }
    }

    /// Whether a snapshot is in place, for tests.
    var snapshotTaken: Bool { snapshot.withLock { $0.takenAt != nil } }

    /// Puts `counts` (term → articles) in place of the last snapshot; nil when taking it failed,
    /// which keeps the last one and lets the next claim try again.
    func replaceSnapshot(_ counts: [String: Int]?) {
        snapshot.withLock { state in
            state.isBeingTaken = false
            guard let counts else { return }
            state = Snapshot(counts: counts, takenAt: .now)
        }
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
