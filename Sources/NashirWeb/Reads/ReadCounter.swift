import Foundation
import Hummingbird
import NashirDomain
import Synchronization

/// Counts readers' views of article pages where requests arrive (the channel's fast path, the
/// router, and the beacon a page sends when a CDN answered for it), then hands the counts to the
/// store in batches. A view counts once per reader, story and day; bots and prefetches never.
/// Readers are told apart by a keyed hash of address and browser that lives in memory only,
/// with a key drawn at random each day: nothing that names a reader is written anywhere.
public final class ReadCounter: Sendable {
    private struct State {
        var pending: [ArticleID: Int] = [:]
        var seen = Set<Int>()
        var day = -1
        var key = UInt64(0)
    }

    private let state = Mutex(State())
    private let clock: TimeSource
    /// How many readers a day can be told apart before the oldest are forgotten (about 40 MB).
    let maximumSeen: Int

    public init(clock: TimeSource = .system, maximumSeen: Int = 1_000_000) {
        self.clock = clock
        self.maximumSeen = maximumSeen
    }

    /// Counts a request for `path` (an article page or the beacon's) when it is a reader's first
    /// view of that story today.
    func view(path: Substring, userAgent: String?, address: String?, purpose: String?) {
        guard let id = Self.articleID(inPath: path) else { return }
        if let purpose, Self.contains(["prefetch"], in: purpose) { return }
        let day = Int(clock.now().timeIntervalSince1970 / 86_400)
        state.withLock { state in
            if state.day != day || state.seen.count >= maximumSeen {
                state.day = day
                state.seen.removeAll(keepingCapacity: true)
                state.key = UInt64.random(in: .min ... .max)
            }
            var hasher = Hasher()
            hasher.combine(state.key)
            hasher.combine(id.rawValue)
            hasher.combine(address ?? "")
            hasher.combine(userAgent ?? "")
            // A repeat, or a machine already seen: the common case under load ends here. A machine
            // is remembered too, so its next request is as cheap.
            guard state.seen.insert(hasher.finalize()).inserted, Self.isReader(userAgent: userAgent) else { return }
            state.pending[id, default: 0] += 1
        }
    }

    /// The counts since the last call, cleared.
    func take() -> [ArticleID: Int] {
        state.withLock { state in
            defer { state.pending.removeAll() }
            return state.pending
        }
    }

    /// Writes what was counted into `store`, under the current hour; counts that fail to write
    /// are added back for the next try.
    public func flush(into store: any ReadCounting) async throws {
        let reads = take()
        guard !reads.isEmpty else { return }
        let now = clock.now().timeIntervalSince1970
        do {
            try await store.recordReads(reads, hour: Date(timeIntervalSince1970: now - now.truncatingRemainder(dividingBy: 3600)))
        } catch {
            state.withLock { state in state.pending.merge(reads, uniquingKeysWith: +) }
            throw error
        }
    }

    /// Counts a routed request for a page that was answered (200 or 304).
    func view(_ request: Request, context: AppRequestContext, proxies: NewsroomConfiguration) {
        let origin = ClientOrigin(request: request, context: context, configuration: proxies)
        view(path: Substring(request.uri.path), userAgent: request.headers[.userAgent], address: origin.address,
             purpose: request.headers[.secPurpose] ?? request.headers[.purpose])
    }

    /// The article id of `/news/{id}` or `/news/{id}/{slug}` (and the beacon's `/read/{id}`).
    static func articleID(inPath path: Substring) -> ArticleID? {
        // Read as bytes: this runs on every article hit.
        let bytes = path.utf8
        guard bytes.starts(with: "/news/".utf8) || bytes.starts(with: "/read/".utf8) else { return nil }
        var id: Int64 = 0
        var digits = 0
        for byte in bytes.dropFirst(6) {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits < 19 else { return nil }
                id = id * 10 + Int64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "/"), UInt8(ascii: "?"):
                return digits > 0 && id > 0 ? ArticleID(id) : nil
            default:
                return nil
            }
        }
        return digits > 0 && id > 0 ? ArticleID(id) : nil
    }

    /// Words in a User-Agent that only machines send.
    static let machineWords = [
        "bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit", "headless", "python", "curl", "wget", "httpclient",
        "java/", "go-http", "okhttp", "monitor", "lighthouse", "scrapy", "feedfetcher", "validator",
    ]

    /// A browser a person uses, not a crawler or a link unfurler.
    static func isReader(userAgent: String?) -> Bool {
        guard let userAgent, userAgent.hasPrefix("Mozilla/") else { return false }
        return !contains(machineWords, in: userAgent)
    }

    /// Whether `text` holds any of `words` (lowercase ASCII), ignoring ASCII case: a byte scan,
    /// since Foundation's substring search costs microseconds a word on the hot path.
    static func contains(_ words: [String], in text: String) -> Bool {
        let bytes = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return words.contains { word in
            let needle = Array(word.utf8)
            guard needle.count <= bytes.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle)
            }
        }
    }
}
