import GRDB

/// One way of searching the corpus. All methods index the same articles in one database, a
/// document's rowid being its corpus index + 1, and break ties the same way (newest first).
public protocol SearchMethod: Sendable {
    /// The name in reports.
    var name: String { get }
    /// Creates and fills this method's tables.
    func build(_ articles: [CorpusArticle], in db: Database) throws
    /// The rowids of the best `limit` articles for what a reader typed, best first.
    func search(_ query: String, limit: Int, in db: Database) throws -> [Int64]
}

/// The table of publication dates the methods' orderings fall back on.
enum DocumentDates {
    static func create(_ articles: [CorpusArticle], in db: Database) throws {
        try db.execute(sql: "CREATE TABLE document (id INTEGER PRIMARY KEY, date TEXT NOT NULL)")
        let insert = try db.makeStatement(sql: "INSERT INTO document (id, date) VALUES (?, ?)")
        for (index, article) in articles.enumerated() {
            try insert.execute(arguments: [index + 1, article.date])
        }
    }
}
