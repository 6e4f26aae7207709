import ArabicText
import Foundation
import GRDB
import NashirDomain

/// «هل تقصد» on SQLite: the FTS5 vocabulary for counts, matches within the request's key range.
struct SQLiteSpellingLookup: SpellingLookup {
    let pool: MeasuredPool
    let range: ClosedRange<Int64>

    func documents(holding terms: [String]) async throws -> [String: Int] {
        guard !terms.isEmpty else { return [:] }
        return try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT term, doc FROM article_search_terms WHERE term IN (\(terms.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(terms))
            return Dictionary(rows.map { ($0["term"] as String, $0["doc"] as Int) }, uniquingKeysWith: max)
        }
    }

    func finds(_ query: SearchQuery) async throws -> Bool {
        guard let match = SearchExpression.match(query) else { return false }
        let range = range
        return try await pool.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT 1 FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1
                """), arguments: [match.text, range.lowerBound, range.upperBound]) ?? false
        }
    }

    func newestText(holding term: String) async throws -> String? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.headline, a.body FROM article_search s JOIN search_key k ON k.key = s.rowid JOIN article a ON a.id = k.article_id
                WHERE article_search MATCH ? ORDER BY s.rowid DESC LIMIT 1
                """), arguments: [SearchExpression.quoted([term])])
            else { return nil }
            return (row["headline"] as String) + "\n" + ColumnCoding.blocks(row["body"]).map(\.text).joined(separator: "\n")
        }
    }
}
