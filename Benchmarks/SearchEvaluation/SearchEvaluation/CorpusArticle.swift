import Foundation
import NashirDomain

/// One corpus record as every method indexes it: the raw text, untouched by Nashir's import.
public struct CorpusArticle: Sendable, Decodable {
    public var title: String
    /// The corpus `summary`, indexed where Nashir indexes highlights.
    public var summary: String
    public var body: String
    /// The `date` as a sortable `YYYY-MM-DDTHH:MM:SS`, for WordPress's `post_date DESC`.
    public var date: String
    /// The corpus file it came from (one newspaper each), for figures per source.
    public var source = ""

    enum CodingKeys: String, CodingKey { case title, summary, body, date }

    public init(title: String, summary: String = "", body: String, date: String = "") {
        self.title = title
        self.summary = summary
        self.body = body
        self.date = date
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        body = try c.decodeIfPresent(String.self, forKey: .body) ?? ""
        // Some dates are date-only and some carry an offset: both sort by their first 19 characters.
        let raw = try c.decodeIfPresent(String.self, forKey: .date) ?? ""
        date = raw.count >= 19 ? String(raw.prefix(19)) : raw.count == 10 ? raw + "T00:00:00" : raw
    }
}

/// The articles of the corpus files, in file and line order; a document's rowid is its index + 1.
public struct Corpus: Sendable {
    public var articles: [CorpusArticle]
    /// Records left out because their title is empty (they cannot be known-item targets or
    /// headlines, and Nashir's import refuses them too).
    public var skippedUntitled: Int
    public var files: [URL]

    /// The `*.jsonl` files of a corpus `articles` directory, sorted by name.
    public static func files(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Reads every line of every file; lines are decoded on every core.
    public static func load(_ files: [URL]) throws -> Corpus {
        var articles: [CorpusArticle] = []
        var skipped = 0
        for file in files {
            let data = try Data(contentsOf: file)
            let lines = data.split(separator: UInt8(ascii: "\n")).map { Data($0) }
            let decoded = lines.concurrentMap(minimumChunk: 64) { try? JSONDecoder().decode(CorpusArticle.self, from: $0) }
            for (number, record) in decoded.enumerated() {
                guard let record else { throw CorpusError.malformed(file: file.lastPathComponent, line: number + 1) }
                if record.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    skipped += 1
                } else {
                    var record = record
                    record.source = file.deletingPathExtension().lastPathComponent
                    articles.append(record)
                }
            }
        }
        return Corpus(articles: articles, skippedUntitled: skipped, files: files)
    }
}

/// Why the corpus could not be read.
public enum CorpusError: Error, CustomStringConvertible {
    case absent(String)
    case malformed(file: String, line: Int)

    public var description: String {
        switch self {
        case .absent(let path): "no corpus at \(path) (expected ../shared/corpus/articles/*.jsonl beside the repository)"
        case .malformed(let file, let line): "\(file):\(line): not a corpus record"
        }
    }
}
