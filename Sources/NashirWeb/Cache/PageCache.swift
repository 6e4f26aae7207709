import HTTPTypes
import NIOCore
import Synchronization

/// Rendered pages kept in memory until the content revision changes, so a breaking story read by
/// thousands costs one render. The revision is read from the store at most every `recheck`.
final class PageCache: Sendable {
    /// A finished response (headers built once, when rendered), or where to send the reader instead.
    enum Page: Sendable {
        case html(ByteBuffer, etag: String, headers: HTTPFields)
        case redirect(String)
        case notFound
    }

    private struct State {
        var revision: Int64 = -1
        var checkedAt: ContinuousClock.Instant?
        var pages: [String: Page] = [:]
    }

    private let state = Mutex(State())
    private let recheck: Duration
    private let capacity: Int

    init(recheck: Duration = .milliseconds(500), capacity: Int = 20_000) {
        self.recheck = recheck
        self.capacity = capacity
    }

    /// The revision the cache holds when it was confirmed recently enough, else nil.
    func freshRevision(now: ContinuousClock.Instant = .now) -> Int64? {
        state.withLock { state in
            guard let checkedAt = state.checkedAt, now - checkedAt < recheck else { return nil }
            return state.revision
        }
    }

    /// Records the store's current revision, dropping every page rendered from older content.
    func confirm(revision: Int64, now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            if state.revision != revision {
                state.pages.removeAll(keepingCapacity: true)
                state.revision = revision
            }
            state.checkedAt = now
        }
    }

    func page(for key: String, revision: Int64) -> Page? {
        state.withLock { $0.revision == revision ? $0.pages[key] : nil }
    }

    func store(_ page: Page, for key: String, revision: Int64) {
        state.withLock { state in
            guard state.revision == revision else { return }
            // A crawler walking every old page must not grow memory without bound.
            if state.pages.count >= capacity { state.pages.removeAll(keepingCapacity: true) }
            state.pages[key] = page
        }
    }
}
