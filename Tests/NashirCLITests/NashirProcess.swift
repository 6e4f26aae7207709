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
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["NASHIR_BCRYPT_COST": "4"]) { _, new in new }
        let stdin = Pipe()
        process.standardInput = stdin
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read before waiting: an export larger than the pipe buffer would otherwise block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
