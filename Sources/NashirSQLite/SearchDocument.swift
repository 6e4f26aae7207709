import ArabicText
import Foundation
import NashirDomain

/// An article's fields as analysed terms, ready for the full-text index.
struct SearchDocument: Sendable {
    var headline: String
    var highlights: String
    var body: String
    var tags: String

    init(_ content: ArticleContent) {
        func analysed(_ text: String) -> String { ArabicAnalyzer.terms(in: text).joined(separator: " ") }
        headline = analysed(content.headline)
        highlights = analysed(content.highlights.joined(separator: "\n"))
        body = analysed(content.body.map(\.text).joined(separator: "\n"))
        tags = analysed(content.tags.map(\.name).joined(separator: "\n"))
    }

    /// Analyses many articles on every core: analysis is pure and most of an index build.
    static func analyse(_ contents: [ArticleContent]) -> [SearchDocument] {
        contents.concurrentMap(SearchDocument.init)
    }

    /// The FTS5 MATCH expression for what a reader typed: every term required, each quoted so
    /// FTS5 syntax in the query (`OR`, `NEAR(`, `*`, `"`) is just text. Nil when nothing is left
    /// to search for (only stop words or punctuation).
    static func matchExpression(for query: String) -> String? {
        let terms = ArabicAnalyzer.terms(in: query).prefix(16)
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }
}
