import GRDB
import NashirDomain

/// The full-text index of articles, kept in the same transaction as the articles it indexes.
enum SearchIndex {
    /// Field weights for BM25: a word in the headline says more than one deep in the body.
    static let weights = (headline: 10.0, highlights: 5.0, body: 1.0, tags: 3.0)

    static func replace(_ id: Int64, with document: SearchDocument, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM article_search WHERE rowid = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, headline, highlights, body, tags) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, document.headline, document.highlights, document.body, document.tags])
    }

    /// Re-analyses every article, for `nashir reindex` and after the analyser changes.
    static func rebuild(in db: Database, batchSize: Int = 2_000) throws {
        try db.execute(sql: "DELETE FROM article_search")
        var after: Int64 = 0
        while true {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, batchSize])
            guard let last = ids.last else { return }
            let articles = try ids.compactMap { try SQLiteStore.article(id: $0, in: db) }
            let documents = SearchDocument.analyse(articles.map(\.content))
            for (article, document) in zip(articles, documents) {
                try replace(article.id.rawValue, with: document, in: db)
            }
            after = last
        }
    }
}
