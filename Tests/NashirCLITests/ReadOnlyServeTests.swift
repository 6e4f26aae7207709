import Foundation
import NashirTestSupport
import Testing

extension ServeCommandTests {
    /// A `nashir serve` started on a free port with `arguments`, its output in `log`, once it
    /// answers `/`; nil when it did not start (the port was taken meanwhile), for the caller to retry.
    static func startServer(_ arguments: [String], in folder: TemporaryDirectory) async throws -> (process: RunningProcess, base: String, log: URL)? {
        let port = try FreePort.pick()
        let log = folder.url.appendingPathComponent("serve-\(port).log")
        let process = try RunningProcess(
            NashirProcess.executable.path, ["serve", "--port", "\(port)"] + arguments, environment: NashirProcess.environment, output: log.path)
        let base = "http://127.0.0.1:\(port)"
        do {
            for _ in 0..<100 where process.isRunning {
                if (try? await fetch(base + "/")) != nil { return (process, base, log) }
                try await Task.sleep(for: .milliseconds(100))
            }
        } catch {
            // Cancelled (a test past its time limit): the server must not outlive the test.
            process.stop()
            throw error
        }
        process.stop()
        return nil
    }
    /// `serve --read-only` on a database with stories: readers get the pages, the log says why
    /// saves will be refused, and the file is left exactly as it was.
    @Test func aReadOnlyServerServesThePagesAndWritesNothing() async throws {
        let folder = try TemporaryDirectory()
        let lines = (1...5).map { #"{"id": "\#($0)", "source": "t", "title": "خبر رقم \#($0) من طرابلس", "body": "فقرة.", "date": "2024-03-0\#($0)T10:00:00Z"}"# }
        let db = folder.path("site.sqlite")
        let imported = try await NashirProcess.run(["import", "--db", db, "--json", try folder.write("in.jsonl", lines.joined(separator: "\n"))])
        #expect(imported.status == 0, "\(imported.stderr)")
        let path = try #require(imported.stdout.firstMatch(of: /"path":"([^"]+)"/)?.output.1).replacingOccurrences(of: "\\/", with: "/")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))

        for _ in 0..<3 {
            guard let (process, base, log) = try await Self.startServer(["--db", db, "--read-only"], in: folder) else { continue }
            defer { process.stop() }
            let home = try await Self.fetch(base + "/")
            #expect(home.status == 200 && home.text.contains("خبر رقم 5 من طرابلس"))
            let article = try await Self.fetch(base + String(path))
            #expect(article.status == 200 && article.text.contains("خبر رقم"), "\(path)")
            #expect(try String(contentsOf: log, encoding: .utf8).contains("is open for reading only"))
            process.stop()
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
            return
        }
        Issue.record("the server did not start on any of three ports")
    }

    /// SIGTERM stops the server cleanly: exit 0, the database closed with its WAL folded in.
    @Test func aTerminatedServerClosesTheDatabaseAndExitsCleanly() async throws {
        let folder = try TemporaryDirectory()
        let db = folder.path("site.sqlite")
        let line = #"{"id": "1", "source": "t", "title": "خبر من طرابلس", "body": "فقرة."}"#
        #expect(try await NashirProcess.run(["import", "--db", db, try folder.write("in.jsonl", line)]).status == 0)
        for _ in 0..<3 {
            guard let (process, _, log) = try await Self.startServer(["--db", db, "--no-ingest"], in: folder) else { continue }
            process.terminate()
            // Generous: a clean stop takes well under a second, but on two loaded cores the test
            // can lose the CPU for many seconds (a crash report elsewhere once held both for 25 s).
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(!process.isRunning, "still running 30 s after SIGTERM")
            process.stop()
            #expect(process.terminationStatus == 0)
            #expect(try String(contentsOf: log, encoding: .utf8).contains("closed"))
            let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? NSNumber)?.intValue ?? 0
            #expect(wal == 0, "the WAL was left with \(wal) bytes")
            return
        }
        Issue.record("the server did not start on any of three ports")
    }
}
