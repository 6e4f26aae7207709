import Foundation

/// Validators the tests run as other programs (xmllint, Python's feedparser), as an outside
/// reader of Nashir's output would; .ci/run installs them, and tests needing one are skipped
/// where it is missing.
public enum ExternalCheck {
    /// What a checker said: its exit status and everything it printed.
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: String
    }

    /// The first executable of that name on PATH (or pyenv's shims).
    public static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/root/.pyenv/shims", "/usr/local/bin", "/usr/bin"]
        return paths.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static let xmllint = executable("xmllint")

    /// Whether Python can import feedparser.
    public static let hasFeedparser: Bool = {
        guard let python = executable("python3") else { return false }
        return (try? run(python, ["-c", "import feedparser"], input: ""))?.status == 0
    }()

    /// Runs `executable` with `input` on its standard input; what it printed to stdout, then stderr.
    public static func run(_ executable: String, _ arguments: [String], input: String) throws -> Outcome {
        let outcome = try ExternalProgram.runBlocking(executable, arguments, input: input)
        return Outcome(status: outcome.status, output: String(decoding: outcome.stdout, as: UTF8.self) + outcome.stderr)
    }

    /// xmllint's verdict on `document` against a schema (`--schema` for XSD, `--relaxng`).
    /// Status 0 is valid, 3 invalid, 5 a schema that did not load.
    public static func xmllint(_ document: String, _ kind: String, schema: URL) throws -> Outcome {
        try run(xmllint ?? "xmllint", ["--noout", "--nonet", kind, schema.path, "-"], input: document)
    }

    /// feedparser's reading of a feed: "bozo" (0 or 1), the version it recognised, and the
    /// number of entries, one per line, then the first entry's title and link.
    public static func feedparser(_ document: String) throws -> [String] {
        let script = """
            import sys, feedparser
            d = feedparser.parse(sys.stdin.buffer.read())
            print(int(bool(d.bozo))); print(d.version); print(len(d.entries))
            print(d.entries[0].get('title', '') if d.entries else ''); print(d.entries[0].get('link', '') if d.entries else '')
            print(d.get('bozo_exception', ''))
            """
        let outcome = try run(executable("python3") ?? "python3", ["-c", script], input: document)
        return outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
