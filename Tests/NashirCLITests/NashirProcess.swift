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

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: an export larger than the pipe buffer would otherwise block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
