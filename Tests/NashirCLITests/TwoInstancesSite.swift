import Foundation
import NashirTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The harness `TwoInstancesTests` runs its scenarios on: readers, two instances on one database,
/// nginx before them, and a watcher that times when each page first shows a change.
extension TwoInstancesTests {
    /// A reader's way in: an instance's own port, or nginx (routed to one instance by the
    /// `X-Nashir-Instance` header, or by its round robin without it).
    struct Reader: Sendable {
        let name: String
        let base: String
        var headers: [String: String] = [:]

        func get(_ path: String) async throws -> Answer {
            try await TwoInstancesTests.request("GET", base + path, headers: headers)
        }
    }

    struct Answer: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The instance nginx passed the request to, when it came through nginx.
        var upstream: String { headers["x-nashir-upstream"] ?? "direct" }
    }

    /// A story as the API returned it.
    struct Story {
        let id: Int
        let path: String
        let section: String
        let revision: Int
    }

    /// Two instances on one fresh database, a shared media folder, and nginx before them.
    final class Site {
        let folder: TemporaryDirectory
        let token: String
        let instanceA: Reader, instanceB: Reader
        let nginxBase: String
        let metricsB: String
        let processes: [RunningProcess]
        let logs: [URL]

        private init(folder: TemporaryDirectory, token: String, a: Int, b: Int, metricsB: Int, nginx: Int, processes: [RunningProcess], logs: [URL]) {
            self.folder = folder
            self.token = token
            instanceA = Reader(name: "A", base: "http://127.0.0.1:\(a)")
            instanceB = Reader(name: "B", base: "http://127.0.0.1:\(b)")
            nginxBase = "http://127.0.0.1:\(nginx)"
            self.metricsB = "http://127.0.0.1:\(metricsB)/metrics"
            self.processes = processes
            self.logs = logs
        }

        /// The readers that must see what A published: B itself, nginx routed to B, and nginx's round robin.
        var readers: [Reader] {
            [instanceB, Reader(name: "nginx → B", base: nginxBase, headers: ["X-Nashir-Instance": "b"]), Reader(name: "nginx", base: nginxBase)]
        }

        static func start() async throws -> Site {
            let folder = try TemporaryDirectory()
            let db = try await PostgresTestServer.freshDatabase()
            // The commands create the schema before either instance opens the database.
            let added = try await NashirProcess.run(["user", "add", "--db", db, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
            try #require(added.status == 0, "\(added.stderr)")
            let created = try await NashirProcess.run(["token", "create", "--db", db, "--user", "omar", "--label", "two instances"])
            let token = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try #require(created.status == 0 && token.hasPrefix("nsr_"), "\(created.stderr)")
            let media = folder.path("media")
            try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)

            var processes: [RunningProcess] = []
            do {
                let common = ["--db", db, "--media", media, "--base-url", "https://news.example", "--trusted-proxy", "127.0.0.1"]
                let (a, _, aProcess, aLog) = try await TwoInstancesTests.startInstance("a", common, metrics: false, in: folder)
                processes.append(aProcess)
                let (b, metricsB, bProcess, bLog) = try await TwoInstancesTests.startInstance("b", common, metrics: true, in: folder)
                processes.append(bProcess)
                let (nginx, nginxProcess, nginxLog) = try await TwoInstancesTests.startNginx(upstreams: [a, b], in: folder)
                processes.append(nginxProcess)
                return Site(folder: folder, token: token, a: a, b: b, metricsB: metricsB ?? 0, nginx: nginx, processes: processes, logs: [aLog, bLog, nginxLog])
            } catch {
                for process in processes.reversed() { process.stop() }
                throw error
            }
        }

        /// The end of each process's log, for a failure's message.
        func logTails() -> String {
            logs.map { "\($0.lastPathComponent):\n" + String(((try? String(contentsOf: $0, encoding: .utf8)) ?? "").suffix(1500)) }.joined(separator: "\n")
        }

        /// nginx first, then the instances: SIGTERM, SIGKILL after five seconds.
        func stop() {
            for process in processes.reversed() { process.stop() }
        }

        /// Creates a story through nginx routed to one instance, and checks nginx sent it there.
        func publish(_ fields: [String: Any], through instance: String) async throws -> Story {
            let answer = try await TwoInstancesTests.request(
                "POST", nginxBase + "/api/v1/articles", body: try JSONSerialization.data(withJSONObject: fields),
                headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json", "X-Nashir-Instance": instance])
            try #require(answer.status == 201, "\(answer.status): \(answer.text)")
            let expected = instance == "a" ? instanceA.base : instanceB.base
            #expect(expected.hasSuffix(answer.upstream), "nginx passed the publish to \(answer.upstream), not \(expected)")
            let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
            return Story(
                id: try #require(object["id"] as? Int), path: try #require(object["path"] as? String),
                section: try #require(object["section"] as? String), revision: try #require(object["revision"] as? Int))
        }

        /// A JSON object from the API, asked of instance A.
        func api(_ path: String) async throws -> [String: Any] {
            let answer = try await TwoInstancesTests.request("GET", instanceA.base + path, headers: ["Authorization": "Bearer \(token)"])
            try #require(answer.status == 200, "\(path): \(answer.status) \(answer.text)")
            return try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        }

        /// Page cache hits B has counted so far.
        func hitsOnB() async throws -> Int {
            let metrics = try await TwoInstancesTests.request("GET", metricsB)
            return try #require(metrics.text.firstMatch(of: /nashir_page_cache_hits_total (\d+)/).flatMap { Int($0.output.1) }, "\(metrics.text.prefix(2000))")
        }
    }

    /// `nashir serve` on a free port with `arguments` (and metrics on another when asked), once
    /// it answers `/`: on a loaded machine the first answer may take many seconds. One that ends
    /// before answering (a port taken meanwhile) is tried again on other ports.
    static func startInstance(_ name: String, _ arguments: [String], metrics: Bool, in folder: TemporaryDirectory) async throws -> (Int, Int?, RunningProcess, URL) {
        var output = ""
        for _ in 0..<3 {
            let port = try FreePort.pick(), metricsPort = try metrics ? FreePort.pick() : nil
            guard metricsPort != port else { continue }
            let log = folder.url.appendingPathComponent("serve-\(name)-\(port).log")
            let process = try RunningProcess(
                NashirProcess.executable.path, ["serve", "--port", "\(port)"] + (metricsPort.map { ["--metrics-port", "\($0)"] } ?? []) + arguments,
                output: log.path)
            let deadline = ContinuousClock.now + .seconds(60)
            do {
                while process.isRunning, ContinuousClock.now < deadline {
                    if (try? await request("GET", "http://127.0.0.1:\(port)/"))?.status == 200 { return (port, metricsPort, process, log) }
                    try await Task.sleep(for: .milliseconds(100))
                }
            } catch {
                // Cancelled (a test past its time limit): the server must not outlive the test.
                process.stop()
                throw error
            }
            let running = process.isRunning
            process.stop()
            output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if running { throw Failure(description: "instance \(name) did not answer in 60 s: \(output.suffix(3000))") }
        }
        throw Failure(description: "instance \(name) did not start in three tries: \(output.suffix(3000))")
    }

    /// nginx on a free loopback port before `upstreams`, with everything it writes in `folder`.
    static func startNginx(upstreams: [Int], in folder: TemporaryDirectory) async throws -> (Int, RunningProcess, URL) {
        let prefix = folder.path("nginx")
        var output = ""
        for _ in 0..<3 {
            try? FileManager.default.removeItem(atPath: prefix)
            try FileManager.default.createDirectory(atPath: prefix, withIntermediateDirectories: true)
            let port = try FreePort.pick()
            let config = try folder.write("nginx/nginx.conf", nginxConfiguration(port: port, upstreams: upstreams, prefix: prefix))
            let log = URL(fileURLWithPath: prefix + "/error.log")
            let process = try RunningProcess(nginx, ["-p", prefix + "/", "-c", config, "-e", log.path])
            let deadline = ContinuousClock.now + .seconds(30)
            do {
                while process.isRunning, ContinuousClock.now < deadline {
                    if (try? await request("GET", "http://127.0.0.1:\(port)/"))?.status == 200 { return (port, process, log) }
                    try await Task.sleep(for: .milliseconds(100))
                }
            } catch {
                process.stop()
                throw error
            }
            let running = process.isRunning
            process.stop()
            output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if running { throw Failure(description: "nginx did not pass / through in 30 s: \(output.suffix(3000))") }
        }
        throw Failure(description: "nginx did not start in three tries: \(output.suffix(3000))")
    }

    /// A configuration for this test only: in the foreground, its pid, logs and temporary files
    /// in `prefix`; the round robin over both instances, or one of them when the request names it.
    static func nginxConfiguration(port: Int, upstreams: [Int], prefix: String) -> String {
        // As root (CI), nginx's workers would otherwise switch to an account that cannot write the temporary folder.
        let user = getuid() == 0 ? "user root;" : ""
        let servers = upstreams.map { "server 127.0.0.1:\($0);" }.joined(separator: " ")
        return """
            daemon off;
            master_process on;
            worker_processes 1;
            \(user)
            pid \(prefix)/nginx.pid;
            error_log \(prefix)/error.log warn;
            events { worker_connections 256; }
            http {
                access_log \(prefix)/access.log;
                client_body_temp_path \(prefix)/client_body;
                proxy_temp_path \(prefix)/proxy;
                fastcgi_temp_path \(prefix)/fastcgi;
                uwsgi_temp_path \(prefix)/uwsgi;
                scgi_temp_path \(prefix)/scgi;
                upstream nashir { \(servers) }
                upstream nashir_a { server 127.0.0.1:\(upstreams[0]); }
                upstream nashir_b { server 127.0.0.1:\(upstreams[1]); }
                map $http_x_nashir_instance $nashir_upstream { default nashir; a nashir_a; b nashir_b; }
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        proxy_pass http://$nashir_upstream;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        add_header X-Nashir-Upstream $upstream_addr always;
                    }
                }
            }

            """
    }

    // MARK: - Watching

    /// A page and what shows that it carries the story.
    struct Watched: Sendable {
        let name: String
        let path: String
        let shows: @Sendable (Answer) -> Bool
    }

    /// When a reader first got a page showing the story, counted from the publish (or the
    /// scheduled time): when that request was sent and when its answer arrived.
    struct Sighting: Sendable {
        let page: String
        let reader: String
        let asked: Duration?
        let arrived: Duration?
        /// How many requests were sent until one got it.
        let tries: Int
        /// The last answer's status and, through nginx, the instance that gave it.
        let last: String

        var timing: String {
            guard let asked, let arrived else { return "not shown after \(tries) tries; last answer \(last)" }
            return "\(milliseconds(asked))→\(milliseconds(arrived)) #\(tries)"
        }
    }

    /// Asks every reader for every page every 50 ms, each pair on its own, until the answer shows
    /// the story or `limit` has passed since `start`.
    static func watch(_ pages: [Watched], on readers: [Reader], from start: ContinuousClock.Instant, for limit: Duration) async -> [Sighting] {
        await withTaskGroup(of: Sighting.self) { group in
            for reader in readers {
                for page in pages {
                    group.addTask {
                        var last = "no answer", tries = 0
                        while ContinuousClock.now - start < limit {
                            let asked = ContinuousClock.now
                            tries += 1
                            if let answer = try? await reader.get(page.path) {
                                last = "\(answer.status) from \(answer.upstream)"
                                if page.shows(answer) {
                                    return Sighting(
                                        page: page.name, reader: reader.name, asked: asked - start, arrived: ContinuousClock.now - start, tries: tries, last: last)
                                }
                            }
                            try? await Task.sleep(until: asked + .milliseconds(50))
                        }
                        return Sighting(page: page.name, reader: reader.name, asked: nil, arrived: nil, tries: tries, last: last)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted { ($0.reader, $0.page) < ($1.reader, $1.page) }
        }
    }

    /// The delays, on the test's output, for the record: per reader and page, when the request
    /// that got the story was sent and when its answer arrived, in ms, and which try it was.
    static func report(_ what: String, _ sightings: [Sighting]) {
        let readers = sightings.reduce(into: [String]()) { if !$0.contains($1.reader) { $0.append($1.reader) } }
        let lines = readers.map { reader in
            "  \(reader): " + sightings.filter { $0.reader == reader }.map { "\($0.page) \($0.timing)" }.joined(separator: ", ")
        }
        print("TwoInstancesTests, \(what) (sent→arrived ms, try):\n" + lines.joined(separator: "\n"))
    }

    // MARK: - Helpers

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func request(_ method: String, _ url: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 10
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        let fields = Dictionary(http.allHeaderFields.map { ("\($0.key)".lowercased(), "\($0.value)") }) { first, _ in first }
        return Answer(status: http.statusCode, headers: fields, body: data)
    }

    static func encoded(_ text: String, _ allowed: CharacterSet) -> String {
        var allowed = allowed
        allowed.remove(charactersIn: "&=+/?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The feed's items that link to story `id`.
    static func feedItems(of id: Int, in feed: String) -> Int {
        feed.components(separatedBy: "<item>").dropFirst().filter { $0.contains("/news/\(id)/") }.count
    }

    /// The ids the search API found.
    static func searchResultIDs(_ body: Data) -> [Int] {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        return (object?["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
