import Foundation
import Synchronization
import Testing

/// A private PostgreSQL server on loopback for the storage tests: Debian's binaries, a data folder
/// of its own in the temporary folder, started once per test process and stopped when it exits;
/// never the system's cluster. Each test gets a database of its own on it.
///
/// `NASHIR_TEST_POSTGRES_URL` (a `postgres://` URL of a server the tests may create databases on)
/// is used instead when set. Without either, PostgreSQL tests are skipped, unless
/// `NASHIR_REQUIRE_POSTGRES=1` (as `.ci/run` sets it) makes that a failure.
public enum PostgresTestServer {
    /// Why no server could be had.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The server's base URL (its `postgres` database), starting it on first use; nil when the
    /// machine has no PostgreSQL and none is required.
    public static func url() async throws -> String? {
        switch await shared.value {
        case .success(let url): return url
        case .failure(let unavailable):
            if ProcessInfo.processInfo.environment["NASHIR_REQUIRE_POSTGRES"] == "1" { throw unavailable }
            return nil
        }
    }

    /// Whether PostgreSQL tests can run here: for `.enabled(if:)`.
    public static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["NASHIR_TEST_POSTGRES_URL"] != nil
            || ProcessInfo.processInfo.environment["NASHIR_REQUIRE_POSTGRES"] == "1" || binaries() != nil
    }

    /// A fresh, empty database on the server, as a URL for a store to open.
    public static func freshDatabase() async throws -> String {
        guard let base = try await url() else { throw Unavailable(description: "no PostgreSQL server for tests") }
        let name = "nashir_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
        try await psql(base, "CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        return base.replacingOccurrences(of: "/postgres", with: "/\(name)", options: [.anchored, .backwards])
    }

    /// Runs one statement with psql against `url`, throwing its error text on failure.
    public static func psql(_ url: String, _ sql: String) async throws {
        guard let bin = binaries() else { throw Unavailable(description: "psql not found") }
        let outcome = try await ExternalProgram.run(bin + "/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        guard outcome.status == 0 else { throw Unavailable(description: "psql: \(outcome.stderr)") }
    }

    /// Runs one query with psql against `url` and returns its rows, each as its columns' text
    /// (psql's unaligned output: NULL as an empty string, booleans as t and f), throwing psql's
    /// error text on failure.
    public static func query(_ url: String, _ sql: String) async throws -> [[String]] {
        guard let bin = binaries() else { throw Unavailable(description: "psql not found") }
        let outcome = try await ExternalProgram.run(
            bin + "/psql", ["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        guard outcome.status == 0 else { throw Unavailable(description: "psql: \(outcome.stderr)") }
        return String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private static let shared = Task<Result<String, Unavailable>, Never> {
        if let given = ProcessInfo.processInfo.environment["NASHIR_TEST_POSTGRES_URL"], !given.isEmpty { return .success(given) }
        do { return .success(try await start()) } catch let error as Unavailable { return .failure(error) } catch {
            return .failure(Unavailable(description: "\(error)"))
        }
    }

    /// Debian's server binaries, newest version first.
    static func binaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    /// Clusters this process started, stopped at exit.
    private static let clusters = Mutex<[Cluster]>([])

    /// A server of this process's own, in a data folder of its own: the shared one, or a private
    /// one for a test that restarts or stops it.
    public struct Cluster: Sendable {
        public let url: String
        let bin: String, data: String, folder: String, options: String, asPostgres: Bool

        /// Starts a fresh cluster on a free loopback port; `durable` keeps every commit through a
        /// crash (for tests that kill the server), which the shared one trades for speed.
        public static func start(durable: Bool = false) async throws -> Cluster {
            guard let bin = binaries() else { throw Unavailable(description: "PostgreSQL is not installed (Debian: apt-get install postgresql)") }
            // PostgreSQL refuses to run as root: as root, the server runs as the postgres account.
            let asPostgres = getuid() == 0
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-pg-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
            let port = try FreePort.pick()
            // Without durability, commits from the last moments before a crash may be lost.
            let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c max_connections=200"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            let cluster = Cluster(
                url: "postgres://nashir@127.0.0.1:\(port)/postgres", bin: bin, data: folder + "/data", folder: folder, options: options, asPostgres: asPostgres)
            try await cluster.pgTool("initdb", ["-D", cluster.data, "-U", "nashir", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
            clusters.withLock { $0.append(cluster) }
            if clusters.withLock({ $0.count }) == 1 { atexit { PostgresTestServer.stopAll() } }
            try await cluster.start()
            return cluster
        }

        /// Starts the stopped server again, on the same port with the same data.
        public func start() async throws {
            try await pgTool("pg_ctl", ["-D", data, "-o", options, "-l", folder + "/server.log", "-w", "-t", "60", "start"])
        }

        /// Stops the server at once, as a crash would (`-m immediate`).
        public func stop() async throws {
            try await pgTool("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        }

        /// Runs a server tool as the account the server runs as. Not through Foundation's Process:
        /// the server pg_ctl leaves running keeps the descriptor Process watches for the end.
        func pgTool(_ tool: String, _ arguments: [String]) async throws {
            let command = (asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + [bin + "/" + tool] + arguments
            let status = await Task.detached { spawnAndWait(command) }.value
            guard status == 0 else {
                let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
                throw Unavailable(description: "\(tool) \(arguments.first ?? "") failed (\(status)): \(log.suffix(2000))")
            }
        }
    }

    private static func start() async throws -> String {
        try await Cluster.start().url
    }

    /// Runs a program with no input or output and waits for its exit status.
    private static func spawnAndWait(_ command: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0) }
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, command[0], &actions, nil, arguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    /// Stops every cluster this process started and removes their folders; at process exit.
    private static func stopAll() {
        for cluster in clusters.withLock({ $0 }) {
            _ = spawnAndWait((cluster.asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : [])
                + [cluster.bin + "/pg_ctl", "-D", cluster.data, "-m", "immediate", "-w", "stop"])
            try? FileManager.default.removeItem(atPath: cluster.folder)
        }
    }
}
