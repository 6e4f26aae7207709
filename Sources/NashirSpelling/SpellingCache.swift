import Synchronization

/// Answers already looked up, so a word that recurs across stories costs one dictionary lookup.
/// Bounded: at `limit` entries it starts afresh, which keeps memory flat under a stream of rare
/// names at the cost of looking the common words up again.
final class SpellingCache: Sendable {
    private let answers = Mutex<[SpelledWord: Bool]>([:])
    /// 0 remembers nothing.
    let limit: Int

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    func answer(for word: String) -> Bool? {
        answers.withLock { $0[SpelledWord(word)] }
    }

    func remember(_ correct: Bool, for word: String) {
        guard limit > 0 else { return }
        answers.withLock { answers in
            if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
            answers[SpelledWord(word)] = correct
        }
    }
}

/// A word as Hunspell sees it: its UTF-8 bytes. Swift compares strings by canonical
/// equivalence, normalising Arabic on every hash; Hunspell compares bytes, so the memo does too.
private struct SpelledWord: Hashable, Sendable {
    let word: String

    init(_ word: String) {
        self.word = word
    }

    static func == (a: Self, b: Self) -> Bool {
        a.word.utf8.elementsEqual(b.word.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var word = word
        word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
