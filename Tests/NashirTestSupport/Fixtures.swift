import Foundation

/// Where the shared test data lives: ../shared beside the package, read in place, never copied.
public enum Fixtures {
    /// The package root, found from this file's own path so tests run from any directory.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let shared = packageRoot.appendingPathComponent("../shared").standardized

    /// The seed article page, the specification every version must render faithfully.
    public static let seedURL = shared.appendingPathComponent("seed/000_e58416b2c1395947.txt")

    public static var hasSeed: Bool { FileManager.default.fileExists(atPath: seedURL.path) }

    /// The seed's non-blank lines, trimmed, in order.
    public static var seedLines: [String] {
        guard let text = try? String(contentsOf: seedURL, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A corpus file by name, e.g. "ant-v2.1-cnn-arabic.jsonl".
    public static func corpusFile(_ name: String) -> URL {
        shared.appendingPathComponent("corpus/articles/\(name)")
    }

    public static var hasCorpus: Bool {
        FileManager.default.fileExists(atPath: corpusFile("ant-v2.1-cnn-arabic.jsonl").path)
    }

    /// The first `count` lines of a corpus file, for tests that need real records but not all of them.
    public static func corpusLines(_ name: String, count: Int) -> [String] {
        guard let text = try? String(contentsOf: corpusFile(name), encoding: .utf8) else { return [] }
        return Array(text.split(separator: "\n").prefix(count).map(String.init))
    }
}
