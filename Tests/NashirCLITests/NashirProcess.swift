import Foundation
import NashirTestSupport

/// Runs the built `nashir` binary, as a newsroom engineer would from a shell.
struct NashirProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary SwiftPM built next to the test bundle.
    static let executable: URL = {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nashir")
        let candidates = [beside, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nashir"),
                          Fixtures.packageRoot.appendingPathComponent(".build/debug/nashir")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? beside
    }()

    /// Runs `nashir arguments…`, with `input` on stdin (nothing when nil) and bcrypt at its
    /// lowest cost, since tests check the rules, not the hashing time.
    ///
    /// Input and output go through files, not pipes: a child another test forks at the same
    /// moment inherits open pipe ends (a PostgreSQL server started by a test keeps them for the
    /// whole run), and a read to the end of a pipe would then never end.
    static func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["stdin", "stdout", "stderr"].map { folder.appendingPathComponent($0) }
        try Data((input ?? "").utf8).write(to: paths[0])
        for path in paths.dropFirst() { _ = FileManager.default.createFile(atPath: path.path, contents: nil) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["NASHIR_BCRYPT_COST": "4"]) { _, new in new }
        let handles = [try FileHandle(forReadingFrom: paths[0]), try FileHandle(forWritingTo: paths[1]), try FileHandle(forWritingTo: paths[2])]
        defer { for handle in handles { try? handle.close() } }
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = handles[2]
        try process.run()
        process.waitUntilExit()
        let stdout = try Data(contentsOf: paths[1]), stderr = try Data(contentsOf: paths[2])
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// `run` from async code: the command runs on a thread of its own, so the test waits without
    /// holding one of Swift concurrency's few threads (on two cores, two) for the command's length.
    static func run(_ arguments: [String], input: String? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Swift.Result { try run(arguments, input: input) as Result }) }
        }
    }
}
