import ArabicText
import Foundation

/// Turns a parsed reader's query into an FTS5 MATCH expression. Every term is quoted, so
/// whatever was typed is matched as words and never read as FTS5 syntax.
enum SearchExpression {
    /// A MATCH expression with the terms of each of its phrases, in the order FTS5 numbers
    /// them (as written), for `nashir_bm25`'s counts.
    struct Match: Sendable, Equatable {
        var text = ""
        var phrases: [[String]] = []
        /// The numbers of the phrases standing for the query's words (each word's first
        /// spelling), whose closeness `nashir_near` tells: empty for fewer than two words.
        var words: [Int] = []

        /// Appends a quoted phrase (behind a column filter when given) to the text.
        mutating func phrase(_ terms: [String], column: String? = nil) -> String {
            phrases.append(terms)
            return (column.map { $0 + " : " } ?? "") + quoted(terms)
        }
    }

    /// Groups AND-ed, alternatives within a group OR-ed, exclusions NOT-ed, and the facet
    /// terms (section, tag) required; nil for an empty query. A plain word also looks for its
    /// exact form in the headline, which matches nothing its stem does not (`exactTerm`) but
    /// adds that column's BM25 to the score (left out `withExactForms` false, for counting);
    /// optional words are OR-ed with a term every document has.
    static func match(_ query: SearchQuery, facets: [String] = [], withExactForms: Bool = true) -> Match? {
        guard !query.isEmpty else { return nil }
        var match = Match()
        var words: [Int] = []
        var expression = query.required.map { group in
            if !group.isEmpty { words.append(match.phrases.count) }
            let alternatives = group.flatMap { phrase in
                let exact = withExactForms && phrase.terms.count == 1 ? phrase.exact.map { SearchForms.exactTerm(stem: phrase.terms[0], form: $0) } : nil
                return [match.phrase(phrase.terms)] + (exact.map { [match.phrase([$0], column: "exact")] } ?? [])
            }
            return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        if !query.optional.isEmpty {
            let optional = query.optional.map { match.phrase($0.terms) }
            expression += " AND (" + optional.joined(separator: " OR ") + " OR " + match.phrase([SearchDocument.everyDocument], column: "facets") + ")"
        }
        for facet in facets { expression += " AND " + match.phrase([facet]) }
        for phrase in query.excluded { expression = "(" + expression + ") NOT " + match.phrase(phrase.terms) }
        match.text = expression
        match.words = words.count >= 2 ? words : []
        return match
    }

    /// Any of `terms`, each a one-word phrase.
    static func any(of terms: [String]) -> Match {
        var match = Match()
        match.text = terms.map { match.phrase([$0]) }.joined(separator: " OR ")
        return match
    }

    /// The type-ahead expression: every typed word as a prefix of some headline word.
    static func prefixMatch(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        return words.map { quoted([$0]) + "*" }.joined(separator: " ")
    }

    /// A phrase of terms in FTS5 string syntax.
    static func quoted(_ terms: [String]) -> String {
        let text = terms.joined(separator: " ")
        // Foundation's replacing goes through NSString on Linux; analysed terms hold no quote.
        return "\"" + (text.utf8.contains(UInt8(ascii: "\"")) ? text.replacing("\"", with: "\"\"") : text) + "\""
    }
}
