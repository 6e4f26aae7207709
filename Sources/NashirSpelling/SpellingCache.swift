import Synchronization

/// Answers already looked up, so a word that recurs across stories costs one dictionary lookup.
/// Bounded: at `limit` entries it starts afresh, which keeps memory flat under a stream of rare
/// names at the cost of looking the common words up again.
final class SpellingCache: Sendable {
    private let answers = Mutex<[String: Bool]>([:])
    /// 0 remembers nothing.
    let limit: Int

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    func answer(for word: String) -> Bool? {
        answers.withLock { $0[word] }
    }

    func remember(_ correct: Bool, for word: String) {
        guard limit > 0 else { return }
        answers.withLock { answers in
            if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
            answers[word] = correct
        }
    }
}
