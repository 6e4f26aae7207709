import ArabicText
import Foundation
import GRDB
import NashirDomain

/// An FTS5 table of headline, highlights (the corpus summary) and body, ranked by BM25 with
/// Nashir's column weights, every query word required. The three full-text methods differ
/// only in how text becomes terms.
public struct FullTextMethod: SearchMethod {
    public var name: String
    var table: String
    /// The FTS5 tokenizer. Pre-analysed terms use `ascii`: they are normalised already and
    /// only need splitting at the spaces between them.
    var tokenizer: String
    /// Text to terms, at index and query time alike; nil leaves raw text to the tokenizer.
    var analyse: (@Sendable (String) -> [String])?
    /// Nashir's query side also restores hamza seats readers dropped (`HamzaSeats`), asking
    /// the index how often each spelling occurs, as `SQLiteStore.search` does.
    var restoresHamzaSeats = false
    /// Every query word required (AND), or any of them (OR), ranked by BM25 either way.
    var requiresAll = true

    /// Nashir's weights (Sources/NashirSQLite/SearchIndex.swift): headline 10, highlights 5,
    /// body 1. Its tags column (3) is left out: the corpus has no tags.
    static let weights = (headline: 10.0, highlights: 5.0, body: 1.0)

    /// Nashir's own analysis: `ArabicAnalyzer.terms(in:)`.
    public static let nashir = FullTextMethod(name: "Nashir", table: "nashir", tokenizer: "ascii", analyse: ArabicAnalyzer.terms(in:), restoresHamzaSeats: true)
    /// SQLite's default tokenizer on raw text (`remove_diacritics 1`, SQLite's default).
    public static let unicode61 = FullTextMethod(name: "SQLite unicode61", table: "unicode61", tokenizer: "unicode61", analyse: nil)
    /// Lucene's ArabicAnalyzer, ported: normaliser, light10 stemmer and stop words.
    public static let light10 = FullTextMethod(name: "light10 (Lucene)", table: "light10", tokenizer: "ascii", analyse: LuceneArabicAnalyzer.terms(in:))
    /// The same, any query word enough: Lucene's default (OR) query.
    public static let light10AnyWord = FullTextMethod(
        name: "light10 (Lucene), any word", table: "light10_any", tokenizer: "ascii", analyse: LuceneArabicAnalyzer.terms(in:), requiresAll: false)

    public func build(_ articles: [CorpusArticle], in db: Database) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE \(table) USING fts5(headline, highlights, body, tokenize = '\(tokenizer)')")
        if restoresHamzaSeats {
            try db.execute(sql: "CREATE VIRTUAL TABLE \(table)_terms USING fts5vocab(\(table), row)")
        }
        let analyse = analyse
        let rows = articles.concurrentMap(minimumChunk: 16) { article in
            [article.title, article.summary, article.body].map { text in analyse.map { $0(text).joined(separator: " ") } ?? text }
        }
        let insert = try db.makeStatement(sql: "INSERT INTO \(table) (rowid, headline, highlights, body) VALUES (?, ?, ?, ?)")
        for (index, row) in rows.enumerated() {
            try insert.execute(arguments: [index + 1, row[0], row[1], row[2]])
        }
    }

    public func search(_ query: String, limit: Int, in db: Database) throws -> [Int64] {
        let words = analyse.map { $0(query) } ?? query.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return [] }
        // Quoted, so FTS5 syntax in what readers type is just text; adjacent phrases are ANDed.
        func quoted(_ term: String) -> String { "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let expression = try words.map { word in
            guard restoresHamzaSeats, let found = try HamzaSeats.restored(word, documentFrequency: { term in
                try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM \(table)_terms WHERE term = ?"), arguments: [term]) ?? 0
            }) else { return quoted(word) }
            return found.termDocuments > 0 ? "(" + quoted(word) + " OR " + quoted(found.variant) + ")" : quoted(found.variant)
        }.joined(separator: requiresAll ? " AND " : " OR ")
        let w = Self.weights
        return try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT r.id FROM (SELECT rowid AS id, bm25(\(table), \(w.headline), \(w.highlights), \(w.body)) AS score
                              FROM \(table) WHERE \(table) MATCH ?) r
            JOIN document d ON d.id = r.id
            ORDER BY r.score, d.date DESC, r.id
            LIMIT ?
            """), arguments: [expression, limit])
    }
}
