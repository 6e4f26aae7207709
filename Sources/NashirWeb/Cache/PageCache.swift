import CoreMetrics
import Foundation
import HTTPTypes
import NashirDomain
import NashirRoutes
import NIOCore
import Synchronization

/// Rendered pages kept in memory, so a breaking story read by thousands costs one render.
///
/// Each page carries the content tags of what it shows and, when it waits for a scheduled
/// story, the moment it goes stale by itself. The store's change feed says which tags each
/// write touched; the cache reads it at most every `recheck` and evicts exactly those pages,
/// so a draft saved again and again, or a story in another section, leaves the rest served
/// from memory. Memory is bounded in bytes, least recently used pages going first.
final class PageCache: Sendable {
    /// A finished response (headers built once, when rendered), or where to send the reader instead.
    enum Page: Sendable {
        /// A page, feed or sitemap; `lastModified` (seconds since 1970) answers If-Modified-Since;
        /// `gzip`, once the page is prepared for the cache, its compressed form.
        case document(ByteBuffer, etag: String, lastModified: Int?, headers: HTTPFields, gzip: GzipVariant? = nil)
        case redirect(String)
        case notFound
        /// Taken down or deleted: 410 Gone, with the site's chrome.
        case gone
    }

    /// A page with what it shows and until when it holds. A class, so a cache hit hands out
    /// one reference instead of copying the page's buffers, headers and tags.
    final class Entry: Sendable {
        let page: Page
        let tags: Set<ContentTag>
        /// When a scheduled publication will change the page; nil when only a change can.
        let expiresAt: Date?
        /// The body plus a rough allowance for the key, headers and bookkeeping.
        let bytes: Int
        /// The response's status line and headers as sent, made once a second.
        let wireHeads = WireHeads()

        init(page: Page, tags: Set<ContentTag>, expiresAt: Date? = nil) {
            self.page = page
            self.tags = tags
            self.expiresAt = expiresAt
            if case .document(let buffer, _, _, _, let gzip) = page {
                bytes = buffer.readableBytes + (gzip?.body.readableBytes ?? 0) + 512
            } else {
                bytes = 256
            }
        }
    }

    private struct State {
        /// The change feed position the cached pages reflect; nil before the first poll.
        var cursor: Int64?
        var checkedAt: Date?
        var entries = RecencyList<Entry>()
        var keysByTag: [ContentTag: Set<String>] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    private let clock: TimeSource
    private let recheck: TimeInterval
    let maxBytes: Int
    let metrics: SiteMetrics
    /// The settings and sections renders show, forgotten with every change the cache hears of.
    let chrome = SiteChromeMemo()

    init(clock: TimeSource = .system, recheck: Duration = .milliseconds(500), maxBytes: Int = 256 << 20, metrics: SiteMetrics = SiteMetrics()) {
        self.metrics = metrics
        self.clock = clock
        self.recheck = Double(recheck.components.seconds) + Double(recheck.components.attoseconds) / 1e18
        self.maxBytes = maxBytes
    }

    /// The page for a request target, when the cache was confirmed recently and the page has
    /// not expired; the fast path's one question. Targets that are not canonical (extra
    /// parameters, other escapes) are matched through their route's canonical path.
    func page(forTarget target: String) -> Page? {
        entry(forTarget: target)?.page
    }

    /// The entry for a request target, under the same conditions: the channel's fast path
    /// writes its prepared bytes.
    func entry(forTarget target: String) -> Entry? {
        var found = lookup(target)
        if found == nil, let key = SiteRoute.cacheKey(forTarget: target), key != target { found = lookup(key) }
        if found != nil { metrics.hits.increment() }
        return found
    }

    /// The page under a canonical key, under the same conditions.
    func page(for key: String) -> Page? {
        let found = lookup(key)
        if found != nil { metrics.hits.increment() }
        return found?.page
    }

    private func lookup(_ key: String) -> Entry? {
        let now = clock.now()
        return state.withLock { state in
            guard Self.isFresh(state, now: now, recheck: recheck), let entry = state.entries.use(key) else { return nil }
            if let expiresAt = entry.expiresAt, expiresAt <= now { return nil }
            return entry
        }
    }

    /// The feed position to poll from when the cache is due for a look at the change feed;
    /// nil when it looked recently enough. The outer optional is nil when no poll is due.
    func pollPosition() -> Int64?? {
        let now = clock.now()
        return state.withLock { state in Self.isFresh(state, now: now, recheck: recheck) ? nil : .some(state.cursor) }
    }

    /// Makes the next request read the change feed, whatever the time since the last look:
    /// another instance has just committed a change.
    func expire() {
        state.withLock { $0.checkedAt = nil }
        chrome.forget()
    }

    /// Reads `feed` when the cache is due to, evicting what went stale.
    func refresh(from feed: any ChangeFeed) async throws {
        guard let position = pollPosition() else { return }
        apply(try await feed.changes(after: position))
    }

    /// The cursor pages rendered now are consistent with; pass it back to `store`.
    var cursor: Int64? { state.withLock { $0.cursor } }

    /// Evicts what the changes touched and records how far the feed was read.
    func apply(_ changes: ContentChanges) {
        let now = clock.now()
        state.withLock { state in
            state.checkedAt = now
            if let cursor = state.cursor, changes.cursor < cursor && !changes.isIncomplete { return }
            if state.cursor == nil || changes.isIncomplete || changes.touched.contains(.site) {
                // Nothing known yet, or more changed than the feed can say: start over.
                metrics.evictions.increment(by: state.entries.count)
                Self.removeAll(&state)
                chrome.forget()
            } else {
                for tag in changes.touched {
                    for key in state.keysByTag[tag] ?? [] {
                        Self.remove(key, from: &state)
                        metrics.evictions.increment()
                    }
                }
            }
            state.cursor = changes.cursor
            report(state)
        }
    }

    /// Keeps a page rendered while the cache stood at `cursor`; dropped if changes arrived
    /// meanwhile, since the page may show content they replaced.
    func store(_ entry: Entry, for key: String, renderedAt cursor: Int64?) {
        state.withLock { state in
            // One huge page must not push out everything else.
            guard state.cursor == cursor, entry.bytes <= maxBytes / 2 else { return }
            Self.remove(key, from: &state)
            state.entries.set(key, entry)
            state.bytes += entry.bytes
            for tag in entry.tags { state.keysByTag[tag, default: []].insert(key) }
            while state.bytes > maxBytes, let oldest = state.entries.oldestKey {
                Self.remove(oldest, from: &state)
                metrics.evictions.increment()
            }
            report(state)
        }
    }

    /// How many pages and bytes are held, for tests and metrics.
    var usage: (pages: Int, bytes: Int) {
        state.withLock { ($0.entries.count, $0.bytes) }
    }

    private func report(_ state: State) {
        metrics.pages.record(state.entries.count)
        metrics.bytes.record(state.bytes)
    }

    private static func isFresh(_ state: State, now: Date, recheck: TimeInterval) -> Bool {
        guard let checkedAt = state.checkedAt else { return false }
        let age = now.timeIntervalSince(checkedAt)
        // A clock set back counts as stale rather than as fresh for ever.
        return age >= 0 && age < recheck
    }

    private static func remove(_ key: String, from state: inout State) {
        guard let entry = state.entries.remove(key) else { return }
        state.bytes -= entry.bytes
        for tag in entry.tags {
            state.keysByTag[tag]?.remove(key)
            if state.keysByTag[tag]?.isEmpty == true { state.keysByTag[tag] = nil }
        }
    }

    private static func removeAll(_ state: inout State) {
        state.entries.removeAll()
        state.keysByTag.removeAll()
        state.bytes = 0
    }
}
