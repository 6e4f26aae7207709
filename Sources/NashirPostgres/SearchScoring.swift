import ArabicText
import Foundation

/// How a look scores the matches it chooses, in the statement that chooses them: a BM25-like
/// sum (each part of the query weighted by its inverse document frequency, times `ts_rank` of
/// its weighted fields), and how close the query's words stand.
struct SearchScoring: Sendable {
    /// One `ts_rank` of the sum: its weight, the column it reads and its `tsquery`.
    struct Part: Sendable {
        var weight: Double
        var column: String
        var tsquery: String
    }

    var parts: [Part]
    /// The query's words close together in the headline, and anywhere; nil for one word.
    var near: (headline: String, anywhere: String)?

    /// `match`'s parts weighted from the vocabulary's counts.
    init(_ match: SearchMatch, counter: DocumentCounter) async throws {
        let documents = try await counter.documentCount()
        let ranking = SearchRanking.standard
        parts = []
        for part in match.scoring {
            let df = try await counter.frequency(of: part.phrases)
            let idf = log(1 + (Double(max(documents, df)) - Double(df) + 0.5) / (Double(df) + 0.5))
            parts.append(Part(
                weight: idf * (part.exact ? ranking.exact / ranking.headline : 1), column: part.exact ? "exact" : "terms", tsquery: part.tsquery))
        }
        near = match.near
    }

    /// SQL for the score and the closeness of the document row `d` (2: the words close in the
    /// headline, 1: close elsewhere only, 0: not close), its `tsquery`s bound in `builder`.
    func sql(_ builder: inout QueryBuilder) throws -> (score: String, near: String) {
        var terms: [String] = []
        for part in parts {
            terms.append("\(part.weight) * ts_rank(\(Self.weights), d.\(part.column), \(try builder.bind(part.tsquery))::tsquery, 1)")
        }
        // Close in the headline is close anywhere, so the headline is asked only of the few close anywhere.
        var near = "0"
        if let (headline, anywhere) = self.near {
            near = "CASE WHEN d.terms @@ \(try builder.bind(anywhere))::tsquery"
                + " THEN CASE WHEN d.terms @@ \(try builder.bind(headline))::tsquery THEN 2 ELSE 1 END ELSE 0 END"
        }
        return (terms.isEmpty ? "0::float8" : terms.joined(separator: " + "), near)
    }

    /// `ts_rank`'s weights for D, C, B, A (body, tags, highlights, headline), relative to the headline's.
    private static var weights: String {
        let ranking = SearchRanking.standard
        let values = [ranking.body, ranking.tags, ranking.highlights, ranking.headline].map { String($0 / ranking.headline) }
        return "'{\(values.joined(separator: ","))}'::float4[]"
    }
}
