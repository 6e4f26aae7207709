import Foundation

/// Runs a slow external program (a JVM, a whole-site checker) off Swift concurrency's few
/// threads, with its standard output and error kept apart, so a checker's JSON on stdout is
/// never mixed with a runtime's notices on stderr.
public enum ExternalProgram {
    public struct Outcome: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: String
    }

    /// Runs `executable` with `arguments` and no input, in `directory` when given, and waits for
    /// it to end.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(executable, arguments, environment: environment, directory: directory) })
            }
        }
    }

    /// `run` on the calling thread, with `input` on stdin (nothing when nil) and `environment`
    /// (this process's when nil), in `directory` when given. Output goes through files, not pipes: two pipes read one after
    /// the other can deadlock once the unread one fills, and a child another test forks at the
    /// same moment inherits open pipe ends, so a read to the end may never end. The child is
    /// spawned and reaped directly (`SpawnedProcess`).
    public static func runBlocking(_ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String]? = nil, directory: String? = nil) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-program-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["stdin", "stdout", "stderr"].map { folder.appendingPathComponent($0).path }
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: paths[0]))
        let child = try SpawnedProcess.start(
            executable, arguments, environment: environment ?? ProcessInfo.processInfo.environment, stdin: paths[0], stdout: paths[1], stderr: paths[2],
            directory: directory)
        let status = child.wait()
        return Outcome(
            status: status, stdout: try Data(contentsOf: URL(fileURLWithPath: paths[1])),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths[2])), as: UTF8.self))
    }
}
