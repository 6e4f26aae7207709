import CoreMetrics
import NashirDomain
import Synchronization

/// Renders each missing page once however many readers ask for it at the same moment: the first
/// request renders, the others wait for its result instead of rendering the same page again
/// (a breaking story's first second after publication, or after the edit that evicted it).
final class RenderFlights: Sendable {
    private let flights = Mutex<[String: Task<PageCache.Entry, any Error>]>([:])

    /// The entry for `key`: from a render already under way, or from `render` run now.
    func entry(for key: String, render: @escaping @Sendable () async throws -> PageCache.Entry) async throws -> PageCache.Entry {
        let (task, leads) = flights.withLock { flights in
            if let running = flights[key] { return (running, false) }
            let task = Task { try await render() }
            flights[key] = task
            return (task, true)
        }
        let result = await task.result
        if leads { _ = flights.withLock { $0.removeValue(forKey: key) } }
        return try result.get()
    }

    /// How many renders are under way, for tests.
    var inFlight: Int { flights.withLock { $0.count } }
}

extension RenderFlights {
    /// The page under `key`: from `cache` when it holds it (after reading `feed` if due), else
    /// from `render`, run once however many ask, counted as a miss and kept in `cache`.
    func page(
        for key: String, in cache: PageCache, feed: any ChangeFeed, render: @escaping @Sendable () async throws -> PageCache.Entry
    ) async throws -> PageCache.Page {
        try await cache.refresh(from: feed)
        if let cached = cache.page(for: key) { return cached }
        return try await entry(for: key) {
            // The cursor before rendering: a change arriving meanwhile keeps the page out of the cache.
            let cursor = cache.cursor
            cache.metrics.renders.increment()
            let entry = try await render()
            cache.store(entry, for: key, renderedAt: cursor)
            return entry
        }.page
    }
}

