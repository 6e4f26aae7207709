import CoreMetrics

/// What the reader site reports through swift-metrics: the page cache's hits, renders,
/// evictions and size, render time, and search. The server exports them at /metrics
/// (swift-prometheus); requests per route come from Hummingbird's MetricsMiddleware.
public struct SiteMetrics: Sendable {
    /// Pages answered from memory, on the fast path or the router.
    let hits: Counter
    /// Pages rendered because memory had none: the cache's misses.
    let renders: Counter
    /// Pages dropped because a change touched them or memory was full.
    let evictions: Counter
    let pages: Gauge
    let bytes: Gauge
    let renderTime: Timer
    let searches: Counter
    let searchTime: Timer

    /// The metrics on `factory`, the process's MetricsSystem unless a test gives its own.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        hits = Counter(label: "nashir_page_cache_hits_total", factory: factory)
        renders = Counter(label: "nashir_page_cache_misses_total", factory: factory)
        evictions = Counter(label: "nashir_page_cache_evictions_total", factory: factory)
        pages = Gauge(label: "nashir_page_cache_pages", factory: factory)
        bytes = Gauge(label: "nashir_page_cache_bytes", factory: factory)
        renderTime = Timer(label: "nashir_render_seconds", factory: factory)
        searches = Counter(label: "nashir_search_requests_total", factory: factory)
        searchTime = Timer(label: "nashir_search_seconds", factory: factory)
    }
}

extension Timer {
    /// Records a measured `Duration`, nanoseconds being the timer's unit.
    func record(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Runs `work` and records how long it took, thrown or not.
    func time<T>(_ work: () async throws -> T) async rethrows -> T {
        let started = ContinuousClock.now
        defer { record(ContinuousClock.now - started) }
        return try await work()
    }
}
