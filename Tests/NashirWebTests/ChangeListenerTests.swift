import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
@testable import NashirWeb
import Testing

/// A change another instance announces makes the cache read the feed at the next request,
/// without waiting for its half-second look; the clock here never moves, so only the
/// announcement can do it.
@Suite struct ChangeListenerTests {
    /// Announces on demand, as PostgreSQL's NOTIFY does on every commit.
    final class Announcer: ChangeAnnouncing {
        let stream: AsyncStream<Void>
        let continuation: AsyncStream<Void>.Continuation

        init() { (stream, continuation) = AsyncStream<Void>.makeStream() }
        func changeSignals() -> AsyncStream<Void> { stream }
    }

    @Test func anAnnouncedChangeIsReadAtTheNextRequestAndNotBefore() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteStore(path: folder.path("news.sqlite"))
        let clock = ManualClock(TestDraft.baseDate)
        let cache = PageCache(clock: clock.source)
        try await cache.refresh(from: store)
        #expect(cache.pollPosition() == nil, "a look just made is fresh")
        let announcer = Announcer()
        let listening = Task { try await ChangeListener(store: announcer, cache: cache).run() }
        defer { listening.cancel() }
        announcer.continuation.yield()
        var waited = 0
        while cache.pollPosition() == nil && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(cache.pollPosition() != nil, "the announcement made the next request look at the feed")
    }
}
