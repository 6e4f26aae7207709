import ArabicText
import Foundation
import GRDB
import NashirDomain

extension SQLiteStore {
    /// Distinctive words a related-stories look-up keeps: the rarest carry nearly all of BM25's
    /// weight, and common ones would make FTS5 score thousands of matches for four links.
    static let relatedWords = 4
    /// The newest matches ranked for relatedness; older ones are rarely what a reader follows.
    static let relatedDepth = 200

    public func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date) async throws -> [ArticleSummary] {
        let terms = Set(SearchQuery(parsing: text).required.flatMap { $0.flatMap(\.terms) })
        guard limit > 0, !terms.isEmpty else { return [] }
        let weights = ranking.columnWeights
        return try await pool.read { db in
            // A word only the story itself holds links to nothing.
            var counted: [(term: String, documents: Int)] = []
            for term in terms {
                let documents = try Self.documentFrequency(of: term, in: db)
                if documents > 1 { counted.append((term, documents)) }
            }
            let rarest = counted.sorted { $0.documents != $1.documents ? $0.documents < $1.documents : $0.term < $1.term }.prefix(Self.relatedWords)
            guard !rarest.isEmpty else { return [] }
            let match = rarest.map { SearchExpression.quoted([$0.term]) }.joined(separator: " OR ")
            let found = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT k.article_id, m.score FROM (
                    SELECT rowid, bm25(article_search, ?, ?, ?, ?, ?, ?) AS score
                    FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN 1 AND ?
                    ORDER BY rowid DESC LIMIT ?
                ) m JOIN search_key k ON k.key = m.rowid
                ORDER BY m.score, m.rowid DESC
                """), arguments: StatementArguments(weights) + StatementArguments([match, SearchKey.upperBound(atOrBefore: now), Self.relatedDepth] as [any DatabaseValueConvertible]))
            let ids: [Int64] = Array(found.map { $0[0] as Int64 }.filter { !excluding.contains(ArticleID($0)) }.prefix(limit))
            guard !ids.isEmpty else { return [] }
            let summaries = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a JOIN section s ON s.id = a.section_id
                WHERE a.id IN (\(ids.map { _ in "?" }.joined(separator: ","))) AND a.status = 'published'
                """, arguments: StatementArguments(ids)).map(Self.summary)
            let byID = Dictionary(summaries.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
            return ids.compactMap { byID[$0] }
        }
    }
}
