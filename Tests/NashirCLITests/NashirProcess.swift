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
    static func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let environment = Self.environment.merging(["NASHIR_BCRYPT_COST": "4"]) { _, new in new }
        running.wait()
        defer { running.signal() }
        let outcome = try ExternalProgram.runBlocking(executable.path, arguments, input: input, environment: environment)
        return Result(status: outcome.status, stdout: String(decoding: outcome.stdout, as: UTF8.self), stderr: outcome.stderr)
    }

    /// This process's environment, with Swift's crash report cut to what a failure message can
    /// show whole: the crashed thread's frames, without the list of loaded images, symbolicated
    /// without inline frames. The full report of one crash ran past what CI prints of a failure
    /// and took 25 s of both cores, long enough to fail the tests timing around it.
    static let environment = ProcessInfo.processInfo.environment.merging([
        "SWIFT_BACKTRACE": "enable=yes,interactive=no,threads=crashed,registers=none,images=none,limit=40,top=10,symbolicate=fast",
    ]) { _, new in new }

    /// Commands running at once: as many as there are cores. Tests run side by side, and dozens
    /// of imports at once on two cores starved the servers other tests were timing.
    private static let running = DispatchSemaphore(value: max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// `run` from async code: the command runs on a thread of its own, so the test waits without
    /// holding one of Swift concurrency's few threads (on two cores, two) for the command's length.
    static func run(_ arguments: [String], input: String? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Swift.Result { try run(arguments, input: input) as Result }) }
        }
    }
}
