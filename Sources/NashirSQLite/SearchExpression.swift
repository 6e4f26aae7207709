import ArabicText
import Foundation

/// Turns a parsed reader's query into an FTS5 MATCH expression. Every term is quoted, so
/// whatever was typed is matched as words and never read as FTS5 syntax.
enum SearchExpression {
    /// Groups AND-ed, alternatives within a group OR-ed, exclusions NOT-ed, and the facet
    /// terms (section, tag) required; nil for an empty query.
    static func match(_ query: SearchQuery, facets: [String] = []) -> String? {
        guard !query.isEmpty else { return nil }
        var expression = query.required.map { group in
            group.count == 1 ? quoted(group[0].terms) : "(" + group.map { quoted($0.terms) }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        for facet in facets { expression += " AND " + quoted([facet]) }
        for phrase in query.excluded { expression = "(" + expression + ") NOT " + quoted(phrase.terms) }
        return expression
    }

    /// The query's words close together (at most `distance` terms apart), in `column` or
    /// anywhere; each group stands for its first spelling. Nil for fewer than two words.
    static func near(_ query: SearchQuery, column: String? = nil, distance: Int = 2) -> String? {
        let phrases = query.required.compactMap(\.first)
        guard phrases.count >= 2 else { return nil }
        let near = "NEAR(" + phrases.map { quoted($0.terms) }.joined(separator: " ") + ", \(distance))"
        return column.map { $0 + " : " + near } ?? near
    }

    /// The type-ahead expression: every typed word as a prefix of some headline word.
    static func prefixMatch(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        return words.map { quoted([$0]) + "*" }.joined(separator: " ")
    }

    /// A phrase of terms in FTS5 string syntax.
    static func quoted(_ terms: [String]) -> String {
        "\"" + terms.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
