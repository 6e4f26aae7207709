import Foundation
import NashirTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `nashir serve` from a binary copied away from the checkout, as on a server: it wears the theme
/// built into it.
@Suite struct ServeCommandTests {
    struct Fetched {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func fetch(_ url: String) async throws -> Fetched {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.timeoutInterval = 5
        let (body, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        let headers = Dictionary(http.allHeaderFields.map { ("\($0.key)".lowercased(), "\($0.value)") }) { a, _ in a }
        return Fetched(status: http.statusCode, headers: headers, body: body)
    }

    @Test(arguments: [
        (["--purge-url", "ftp://cdn.example/purge"], "--purge-url must be an http or https URL"),
        (["--purge-url", "purge"], "--purge-url must be an http or https URL"),
        (["--max-age=-5"], "--max-age and --stale-while-revalidate are seconds"),
    ])
    func badCacheOptionsAreRefusedBeforeServing(_ arguments: [String], _ message: String) async throws {
        let result = try await NashirProcess.run(["serve", "--db", "/nonexistent/nashir.sqlite"] + arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(.timeLimit(.minutes(1)))
    func aCopiedBinaryServesTheBuiltInThemeFromAnyFolder() async throws {
        let folder = try TemporaryDirectory()
        let bin = folder.url.appendingPathComponent("bin")
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        for created in [bin, elsewhere] { try FileManager.default.createDirectory(at: created, withIntermediateDirectories: true) }
        let binary = bin.appendingPathComponent("nashir")
        try FileManager.default.copyItem(at: NashirProcess.executable, to: binary)

        // The port is picked before the server binds it, so another process may take it first: try a few.
        for _ in 0..<3 {
            let port = try FreePort.pick(), metricsPort = try FreePort.pick()
            let log = folder.url.appendingPathComponent("serve-\(port).log")
            // A child another test forks while the copy is being written keeps its file open for
            // writing a moment, and the kernel refuses to run it meanwhile (ETXTBSY): try again.
            var started: RunningProcess?
            for attempt in 0..<50 where started == nil {
                do {
                    started = try RunningProcess(
                        binary.path, ["serve", "--db", folder.path("site.sqlite"), "--port", "\(port)", "--metrics-port", "\(metricsPort)"],
                        output: log.path, directory: elsewhere.path)
                } catch where attempt < 49 { try await Task.sleep(for: .milliseconds(100)) }
            }
            let process = try #require(started)
            defer { process.stop() }

            let base = "http://127.0.0.1:\(port)"
            var home: Fetched?
            for _ in 0..<100 where process.isRunning {
                if let answer = try? await Self.fetch(base + "/") { home = answer; break }
                try await Task.sleep(for: .milliseconds(100))
            }
            guard let home else {
                if process.isRunning { Issue.record("no answer in 10 s: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")") ; return }
                continue
            }
            #expect(home.status == 200)
            #expect(home.text.hasPrefix("<!DOCTYPE html>") && home.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(try String(contentsOf: log, encoding: .utf8).contains("with theme built-in default theme"))
            let stylesheet = try #require(home.text.firstMatch(of: /href="(\/assets\/site\.[0-9a-f]{16}\.css)"/)?.output.1)
            let css = try await Self.fetch(base + stylesheet)
            #expect(css.status == 200)
            #expect(css.headers["cache-control"] == "public, max-age=31536000, immutable")
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(css.text.contains(".site-header"))

            // Metrics on their own port, in Prometheus's text format; not on the site's.
            _ = try await Self.fetch(base + "/")
            let metrics = try await Self.fetch("http://127.0.0.1:\(metricsPort)/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(metrics.text.contains("nashir_page_cache_misses_total 1") && metrics.text.contains("nashir_page_cache_hits_total"), "\(metrics.text)")
            #expect(metrics.text.contains("# TYPE nashir_render_seconds histogram"))
            #expect(metrics.text.contains("nashir_database_seconds_count{access=\"read\"}"), "the store times its reads")
            #expect(try await Self.fetch(base + "/metrics").status == 404)
            return
        }
        Issue.record("the server did not start on any of three ports")
    }
}
