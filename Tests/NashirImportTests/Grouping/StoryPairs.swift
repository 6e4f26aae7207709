import Foundation
import NashirDomain
import NashirImport
import NashirTestSupport

/// Benchmarks/grouping/story-pairs.tsv with the articles it names, read from ../shared/corpus
/// through the JSON Lines importer, so the fingerprints see what an import stores (datelines
/// split off, text cleaned), not the raw corpus text.
struct StoryPairs {
    struct Pair {
        var part: String
        var a: String
        var b: String
        var same: Bool
        var kind: String
    }

    var pairs: [Pair]
    /// The imported content of every article a pair names, by corpus id.
    var articles: [String: ArticleContent]

    static let file = Fixtures.packageRoot.appendingPathComponent("Benchmarks/grouping/story-pairs.tsv")

    static func load() throws -> StoryPairs {
        let text = try String(contentsOf: file, encoding: .utf8)
        var pairs: [Pair] = []
        var wanted: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("part\t") {
            let field = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            pairs.append(Pair(part: field[0], a: field[2], b: field[4], same: field[5] == "same", kind: field[6]))
            wanted[field[1], default: []].insert(field[2])
            wanted[field[3], default: []].insert(field[4])
        }
        var articles: [String: ArticleContent] = [:]
        for (name, ids) in wanted {
            let lines = try String(contentsOf: Fixtures.corpusFile(name), encoding: .utf8).split(separator: "\n").filter { line in
                // Every corpus line opens with its id.
                guard let open = line.range(of: "\"id\": \""), let close = line[open.upperBound...].firstIndex(of: "\"") else { return false }
                return ids.contains(String(line[open.upperBound..<close]))
            }
            let batch = try JSONLinesImporter(skipInvalid: true).read(lines.joined(separator: "\n"), file: name)
            for draft in batch.drafts { articles[draft.draft.content.origin.key] = draft.draft.content }
        }
        return StoryPairs(pairs: pairs, articles: articles)
    }
}
