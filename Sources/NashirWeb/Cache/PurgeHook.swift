import AsyncHTTPClient
import Foundation
import Logging
import NashirDomain
import NIOCore
import NIOHTTP1
import ServiceLifecycle

/// Tells a CDN what changed: follows the store's change feed and POSTs the surrogate keys each
/// batch of writes touched to a configured URL, as JSON (`{"keys": ["article:12", …]}`) and as a
/// `Surrogate-Key` header, so the CDN purges exactly the pages the page cache evicts. Run it on
/// one instance: every instance reads the same feed.
public actor PurgeHook: Service {
    public let url: String
    private let feed: any ChangeFeed
    private let client: HTTPClient
    private let interval: Duration
    private let logger: Logger
    private var cursor: Int64?

    public init(url: String, feed: any ChangeFeed, client: HTTPClient = .shared, interval: Duration = .seconds(1), logger: Logger) {
        self.url = url
        self.feed = feed
        self.client = client
        self.interval = interval
        self.logger = logger
    }

    /// The keys of `changes`: «site» alone when everything changed or the feed lost track.
    public static func keys(_ changes: ContentChanges) -> [String] {
        if changes.isIncomplete || changes.touched.contains(.site) { return ["site"] }
        return changes.touched.map(CachePolicy.surrogateKey).sorted()
    }

    /// Sends what changed since the last call; the first call only notes where the feed stands.
    /// Returns the keys sent. A failed send keeps the cursor, so the next call sends them again.
    @discardableResult
    public func poll() async throws -> [String] {
        let changes = try await feed.changes(after: cursor)
        guard let from = cursor else { cursor = changes.cursor; return [] }
        guard changes.cursor != from || changes.isIncomplete else { return [] }
        let keys = Self.keys(changes)
        if !keys.isEmpty { try await send(keys) }
        cursor = changes.cursor
        return keys
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do { try await poll() } catch {
                logger.error("CDN purge failed; retrying", metadata: ["url": "\(url)", "error": "\(error)"])
            }
            do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) } } catch { return }
        }
    }

    private func send(_ keys: [String]) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Surrogate-Key", value: keys.joined(separator: " "))
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(["keys": keys])))
        let response = try await client.execute(request, timeout: .seconds(10))
        guard (200..<300).contains(response.status.code) else { throw PurgeFailure(status: Int(response.status.code)) }
    }
}

/// The purge URL answered with something other than 2xx.
public struct PurgeFailure: Error, CustomStringConvertible {
    public let status: Int
    public var description: String { "the purge URL answered \(status)" }
}
