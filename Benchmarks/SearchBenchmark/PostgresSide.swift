import Foundation
import NashirDomain
import NashirPostgres

/// The same queries on a PostgreSQL copy of the articles (`--postgres URL`, filled by
/// `nashir copy`): wall time as the caller sees it, and CPU time on both sides of the socket,
/// this process's and the server backends' (when the server's main process id is given).
final class PostgresSide {
    let store: PostgresStore
    let location: PostgresLocation
    private var server: ServerCPU?

    init(url: String, serverPID: Int32?) async throws {
        location = try PostgresLocation(url: url)
        store = try await PostgresStore(url: url)
        server = serverPID.map(ServerCPU.init(postmaster:))
    }

    /// Whether the backends' CPU time is measured.
    var measuresServer: Bool { server != nil }

    /// One timed search: wall milliseconds, this process's CPU milliseconds, the backends' CPU
    /// milliseconds (0 when not measured) and the results.
    func time(_ query: String, now: Date) async throws -> (wall: Double, client: Double, server: Double, results: SearchResults) {
        let serverBefore = server?.nanoseconds() ?? 0
        let cpu = processCPUMilliseconds()
        let started = ContinuousClock.now
        let results = try await store.search(SearchRequest(text: query, limit: 10), now: now)
        let wall = (ContinuousClock.now - started).milliseconds
        let client = processCPUMilliseconds() - cpu
        let serverAfter = server?.nanoseconds() ?? 0
        return (wall, client, Double(serverAfter &- serverBefore) / 1e6, results)
    }
}

/// CPU time of a PostgreSQL server's client backends, in nanoseconds, read from
/// `/proc/PID/schedstat` (time on a CPU, in ns: precise enough for one query, unlike the clock
/// ticks of `/proc/PID/stat`). The backends are the postmaster's children whose command line
/// names a client address; the checkpointer, WAL writer and autovacuum are left out.
struct ServerCPU {
    let postmaster: Int32
    private var isBackend: [Int32: Bool] = [:]
    /// CPU time of backends that have exited since the last reading is lost; with a pool of
    /// long-lived connections none does during a run.
    init(postmaster: Int32) { self.postmaster = postmaster }

    mutating func nanoseconds() -> UInt64 {
        let children = (try? String(contentsOfFile: "/proc/\(postmaster)/task/\(postmaster)/children", encoding: .utf8)) ?? ""
        var total: UInt64 = 0
        for child in children.split(separator: " ").compactMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            if isBackend[child] != true {
                // "postgres: USER DATABASE 127.0.0.1(PORT) idle", or "[local]" over a Unix socket; a
                // backend just forked still shows the postmaster's command line, so a no is asked again.
                let commandLine = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(child)/cmdline"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
                isBackend[child] = commandLine.contains("(") || commandLine.contains("[local]")
            }
            guard isBackend[child] == true,
                let stat = try? String(contentsOfFile: "/proc/\(child)/schedstat", encoding: .utf8),
                let first = stat.split(separator: " ").first, let value = UInt64(first)
            else { continue }
            total &+= value
        }
        return total
    }
}

/// What the PostgreSQL store measured, query by query in the set's order.
struct PostgresTimings {
    var queries: [String] = []
    var wall: [Double] = []
    var client: [Double] = []
    var server: [Double] = []
    var results: [SearchResults] = []

    mutating func add(_ query: String, _ timing: (wall: Double, client: Double, server: Double, results: SearchResults)) {
        queries.append(query)
        wall.append(timing.wall)
        client.append(timing.client)
        server.append(timing.server)
        results.append(timing.results)
    }

    func slowest(_ count: Int) -> [(ms: Double, total: Int, query: String)] {
        wall.indices.sorted { wall[$0] > wall[$1] }.prefix(count).map { (wall[$0], results[$0].total, queries[$0]) }
    }

    /// The latency table of both stores on the same queries, SQLite's figures from the same
    /// interleaved pass, and how far their answers agree.
    func printTable(
        articles: Int, queries count: Int, pool: Int, serverMeasured: Bool,
        sqlite: (wall: [Double], cpu: [Double], results: [SearchResults], typeAhead: [Double]), typeAhead: [Double]
    ) {
        func f(_ value: Double) -> String { String(format: "%.2f", value) }
        let s = LatencyStats(milliseconds: sqlite.wall), p = LatencyStats(milliseconds: wall)
        let sc = LatencyStats(milliseconds: sqlite.cpu)
        let both = zip(client, server).map { $0 + $1 }
        let pc = LatencyStats(milliseconds: serverMeasured ? both : client)
        let cpuLabel = serverMeasured ? "CPU (client + server backends)" : "CPU (client only)"
        print("| \(articles) articles, \(count) queries | Nashir on SQLite | Nashir on PostgreSQL (pool \(pool)) | ratio PostgreSQL ÷ SQLite |")
        print("| --- | ---: | ---: | ---: |")
        for (name, a, b) in [("p50, ms", s.p50, p.p50), ("p90, ms", s.p90, p.p90), ("p99, ms", s.p99, p.p99), ("max, ms", s.max, p.max), ("mean, ms", s.mean, p.mean)] {
            print("| \(name) | \(f(a)) | \(f(b)) | \(f(b / max(a, 0.001))) |")
        }
        for (name, a, b) in [("\(cpuLabel) p50, ms", sc.p50, pc.p50), ("\(cpuLabel) p99, ms", sc.p99, pc.p99), ("\(cpuLabel) mean, ms", sc.mean, pc.mean)] {
            print("| \(name) | \(f(a)) | \(f(b)) | \(f(b / max(a, 0.001))) |")
        }
        if serverMeasured {
            let c = LatencyStats(milliseconds: client), v = LatencyStats(milliseconds: server)
            print("| PostgreSQL: client CPU mean / server CPU mean, ms | | \(f(c.mean)) / \(f(v.mean)) | |")
        }
        let found = (sqlite.results.filter { $0.total > 0 }.count, results.filter { $0.total > 0 }.count)
        print("| queries with results | \(found.0) | \(found.1) | |")
        let pairs = Array(zip(sqlite.results, results))
        let sameTotal = pairs.filter { $0.total == $1.total }.count
        let sameFirst = pairs.filter { $0.hits.first?.summary.id == $1.hits.first?.summary.id }.count
        let overlap = pairs.map { a, b in Double(Set(a.hits.map(\.summary.id)).intersection(b.hits.map(\.summary.id)).count) / Double(max(1, max(a.hits.count, b.hits.count))) }
        print("| same match count / same first hit on both stores | \(sameTotal) / \(sameFirst) of \(pairs.count) | | |")
        print("| top-ten overlap, mean | \(f(overlap.reduce(0, +) / Double(max(1, overlap.count)))) | | |")
        let st = LatencyStats(milliseconds: sqlite.typeAhead), pt = LatencyStats(milliseconds: typeAhead)
        print("| type-ahead p50 / p99, ms (\(pt.count) prefixes) | \(f(st.p50)) / \(f(st.p99)) | \(f(pt.p50)) / \(f(pt.p99)) | |")
    }
}
