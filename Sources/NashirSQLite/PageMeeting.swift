import NashirDomain
import Synchronization

/// Where an article page's two reads meet: the stories its headline's words find, and the rest
/// of its parts, read on another reader, with what was prepared from them. Whichever comes
/// second finishes the page on its own thread; the first failure ends the call, and what comes
/// after it is dropped.
final class PageMeeting<Prepared: Sendable, T: Sendable>: Sendable {
    private enum State {
        case waiting
        case prepared(Prepared, ArticlePageParts?)
        case found([ArticleSummary])
        case over
    }

    private let state = Mutex<State>(.waiting)
    private let finish: @Sendable (Prepared, ArticlePageParts?) throws -> T
    private let continuation: CheckedContinuation<T, any Error>

    init(finish: @escaping @Sendable (Prepared, ArticlePageParts?) throws -> T, continuation: CheckedContinuation<T, any Error>) {
        self.finish = finish
        self.continuation = continuation
    }

    /// The parts but the words' stories, and what was prepared from them; `alone` when no
    /// look-up for words was started, so nothing else will come.
    func prepared(_ prepared: Prepared, _ parts: ArticlePageParts?, alone: Bool) {
        if alone { return complete(prepared, parts, words: []) }
        let words: [ArticleSummary]? = state.withLock { state in
            switch state {
            case .waiting:
                state = .prepared(prepared, parts)
                return nil
            case .found(let words):
                state = .over
                return words
            case .prepared, .over:
                return nil
            }
        }
        if let words { complete(prepared, parts, words: words) }
    }

    /// The look-up for the headline's words ended.
    @Sendable func found(_ result: Result<[ArticleSummary], any Error>) {
        let words: [ArticleSummary]
        do { words = try result.get() } catch { return failed(error) }
        let waiting: (Prepared, ArticlePageParts?)? = state.withLock { state in
            switch state {
            case .waiting:
                state = .found(words)
                return nil
            case .prepared(let prepared, let parts):
                state = .over
                return (prepared, parts)
            case .found, .over:
                return nil
            }
        }
        if let (prepared, parts) = waiting { complete(prepared, parts, words: words) }
    }

    func failed(_ error: any Error) {
        let first = state.withLock { state in
            if case .over = state { return false }
            state = .over
            return true
        }
        if first { continuation.resume(throwing: error) }
    }

    private func complete(_ prepared: Prepared, _ parts: ArticlePageParts?, words: [ArticleSummary]) {
        var whole = parts
        whole?.onPage.neighbours?.related += words
        continuation.resume(with: Result { try finish(prepared, whole) })
    }
}
