import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NashirTestSupport
import Testing

/// `nashir serve` on PostgreSQL through a database restart: requests fail fast while the server
/// is down, the instance carries on when it is back without being restarted, and SIGTERM still
/// stops it cleanly.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresServeTests {
    static func story(_ id: Int, _ title: String) -> String {
        #"{"id": "\#(id)", "source": "wire", "title": "\#(title)", "body": "فقرة أولى.", "date": "2024-03-0\#(id)T10:00:00Z"}"#
    }

    @Test func aServerRidesOutItsDatabaseRestartingAndStopsCleanly() async throws {
        let cluster = try await PostgresTestServer.Cluster.start(durable: true)
        defer { Task { try? await cluster.stop() } }
        let folder = try TemporaryDirectory()
        let first = try await NashirProcess.run(["import", "--db", cluster.url, try folder.write("1.jsonl", Self.story(1, "اجتماع في طرابلس"))])
        #expect(first.status == 0, "\(first.stderr)")
        for _ in 0..<3 {
            guard let (process, base, log) = try await ServeCommandTests.startServer(
                ["--db", cluster.url, "--no-ingest", "--media", folder.path("media")], in: folder) else { continue }
            defer { process.stop() }
            #expect(try await ServeCommandTests.fetch(base + "/").text.contains("اجتماع في طرابلس"))

            try await cluster.stop()
            // A page that needs the database answers with an error page, not never: one wait for a
            // connection (5 s), then every other read fails at once. The bound leaves room for a
            // loaded machine; a hang would run to the request's own timeout.
            let started = Date()
            var request = URLRequest(url: try #require(URL(string: base + "/search?q=%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3")))
            request.timeoutInterval = 60
            let down = try await URLSession.shared.data(for: request).1 as? HTTPURLResponse
            #expect(Date().timeIntervalSince(started) < 20, "a request waited \(Date().timeIntervalSince(started)) s while the database was down")
            #expect((down?.statusCode ?? 0) >= 500, "\(down?.statusCode ?? 0)")

            try await cluster.start()
            let second = try await NashirProcess.run(["import", "--db", cluster.url, try folder.write("2.jsonl", Self.story(2, "انتخابات في تونس"))])
            #expect(second.status == 0, "\(second.stderr)")
            var shown = false
            for _ in 0..<100 where !shown {
                shown = (try? await ServeCommandTests.fetch(base + "/"))?.text.contains("انتخابات في تونس") == true
                if !shown { try await Task.sleep(for: .milliseconds(100)) }
            }
            let logged = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(shown, "the story saved after the restart never showed: \(logged.suffix(1500))")

            process.terminate()
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
            let stopped = !process.isRunning
            #expect(stopped && process.terminationStatus == 0, """
                SIGTERM did not stop the server cleanly (\(stopped ? "status \(process.terminationStatus)" : "still running after 30 s")): \
                \(((try? String(contentsOf: log, encoding: .utf8)) ?? "").suffix(2000))
                """)
            return
        }
        Issue.record("the server did not start on any of three ports")
    }
}
