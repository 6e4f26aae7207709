import Synchronization
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import HTTPTypes
import Hummingbird
import Logging
import NashirTestSupport
import NIOCore

/// A real HTTP server on loopback that plays the agencies: a feed with an ETag that answers 304,
/// a broken one, a slow one and an oversized one.
struct FeedServer {
    let baseURL: String
    let task: Task<Void, any Error>
    let hits: Recorder<String>

    static func start(feed: @escaping @Sendable () -> String) async throws -> FeedServer {
        let hits = Recorder<String>()
        let router = Router()
        router.get("wire") { request, _ -> Response in
            let body = feed()
            let etag = "\"\(body.utf8.count)-\(body.hashValue)\""
            hits.record("wire \(request.headers[.ifNoneMatch] ?? "-")")
            if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: [.eTag: etag]) }
            return Response(
                status: .ok, headers: [.eTag: etag, .contentType: "application/x-ndjson; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("rss") { _, _ -> Response in
            hits.record("rss")
            return Response(
                status: .ok, headers: [.contentType: "application/rss+xml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: FeedServer.rss)))
        }
        router.get("broken") { _, _ -> Response in
            hits.record("broken")
            return Response(status: .serviceUnavailable)
        }
        router.get("slow") { _, _ -> Response in
            hits.record("slow")
            try await Task.sleep(for: .seconds(60))
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: feed())))
        }
        router.get("huge") { _, _ -> Response in
            hits.record("huge")
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: " "), count: 3 << 20)))
        }
        var logger = Logger(label: "feed-server")
        logger.logLevel = .critical
        var tried: [Int] = []
        for _ in 0..<3 {
            let port = try FreePort.pick()
            tried.append(port)
            let application = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
            let task = Task { try await application.runService(gracefulShutdownSignals: []) }
            let server = FeedServer(baseURL: "http://127.0.0.1:\(port)", task: task, hits: hits)
            if await server.answers() { return server }
            task.cancel()
        }
        throw FeedServerError(ports: tried)
    }

    /// A small agency feed as RSS 2.0, with an urgent item and an enclosure.
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>وكالة الأنباء</title><link>https://wire.example/</link><description>أخبار</description>
        <item><title>زلزال بقوة 5 درجات يضرب شمال المغرب</title><link>https://wire.example/a/1</link><guid isPermaLink="false">wire-1</guid>
        <pubDate>Tue, 01 Dec 2026 08:00:00 +0000</pubDate><dc:creator>مراسل الوكالة</dc:creator><category>عاجل</category>
        <description>&lt;p&gt;ضرب زلزال بقوة خمس درجات شمال المغرب فجر اليوم.&lt;/p&gt;&lt;p&gt;ولم ترد أنباء عن إصابات.&lt;/p&gt;</description>
        <enclosure url="https://wire.example/img/1.jpg" type="image/jpeg" length="1000"/></item>
        </channel></rss>
        """

    /// Waits long for the first answer: on a loaded two-core machine a whole test run can stall
    /// for a minute or more, and a server that is merely slow to start is no failure of the poller.
    private func answers() async -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let response = try? await HTTPClient.shared.execute(HTTPClientRequest(url: baseURL + "/broken"), timeout: .seconds(5)),
               response.status.code == 503 { _ = hits.take(); return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

/// The loopback server never answered: names the ports tried, so a stalled machine is told from a poller's fault.
struct FeedServerError: Error, CustomStringConvertible {
    let ports: [Int]
    var description: String {
        "the test feed server answered on none of 127.0.0.1:\(ports.map(String.init).joined(separator: ", ")) within 60 s each"
    }
}

/// The feed text a test changes between polls.
final class FeedText: Sendable {
    private let text: Mutex<String>
    init(_ text: String) { self.text = Mutex(text) }
    var value: String { text.withLock { $0 } }
    func set(_ new: String) { text.withLock { $0 = new } }
}
