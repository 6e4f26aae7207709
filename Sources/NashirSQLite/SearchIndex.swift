import ArabicText
import Foundation
import GRDB
import NashirDomain

/// The full-text index of articles, kept in the same transaction as the articles it indexes.
enum SearchIndex {
    /// Field weights for BM25: a word in the headline says more than one deep in the body;
    /// facets (section and tag ids) only filter.

    /// FTS5's in-memory buffer before it writes a segment; 1 MiB by default, which makes a
    /// bulk build write and merge many small segments.
    private static let bufferBytes = 64 << 20

    /// The version of what analysis writes into the index. Bump it whenever ArabicAnalyzer's
    /// output or the index layout changes: a store opening an index of another version
    /// rebuilds it, so an upgrade never searches terms the query side no longer produces.
    static let analyzerVersion = 2

    /// Rebuilds the index when it was built by another analyser version (or never).
    static func bringUpToDate(in db: Database) throws {
        let built = try Int.fetchOne(db, sql: "SELECT analyzer_version FROM search_index_state WHERE id = 1") ?? 0
        guard built != analyzerVersion else { return }
        try rebuild(in: db)
    }

    static func createTables(in db: Database) throws {
        // Columns hold analysed terms separated by spaces, so the plain ascii tokenizer suffices.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE article_search USING fts5(
                headline, highlights, body, tags, facets, exact, tokenize = 'ascii'
            );
            INSERT INTO article_search (article_search, rank) VALUES ('hashsize', \(bufferBytes));
            CREATE VIRTUAL TABLE IF NOT EXISTS article_search_terms USING fts5vocab(article_search, row);
            CREATE VIRTUAL TABLE search_typeahead USING fts5(text, tokenize = 'ascii', prefix = '2 3 4');
            INSERT INTO search_typeahead (search_typeahead, rank) VALUES ('hashsize', \(bufferBytes));
            """)
    }

    /// Re-indexes saved articles under keys for their current publication times. FTS5 writes
    /// its buffer out whenever a rowid is not above the previous one, so rows go in key order.
    static func replace(_ articles: [(id: Int64, document: SearchDocument)], in db: Database) throws {
        var pending: [(entry: Entry, document: SearchDocument)] = []
        var stale: [Int64] = []
        var tags: [Int64: String] = [:]
        for (id, document) in articles {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT status, published_at, created_at, section_id, (SELECT key FROM search_key WHERE article_id = a.id) AS key
                FROM article a WHERE id = ?
                """), arguments: [id])
            else { continue }
            if let old: Int64 = row["key"] { stale.append(old) }
            let tagRows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT t.id, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY at.position
                """), arguments: [id])
            for tag in tagRows { tags[tag["id"]] = tag["name"] }
            let entry = Entry(
                id: id, status: row["status"], publishedAt: row["published_at"], createdAt: row["created_at"],
                facets: SearchDocument.facets(section: row["section_id"], tags: tagRows.map { $0["id"] }))
            pending.append((entry, document))
        }
        for key in stale.sorted() { try remove(key: key, in: db) }
        var keyed: [(key: Int64, entry: Entry, document: SearchDocument)] = []
        var taken = Set<Int64>()
        for (entry, document) in pending {
            var key = entry.firstKey
            while try taken.contains(key) || Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM search_key WHERE key = ?"), arguments: [key]) == true {
                key += key > 0 ? 1 : -1
            }
            taken.insert(key)
            keyed.append((key, entry, document))
        }
        for item in keyed.sorted(by: { $0.key < $1.key }) { try insert(item.entry, item.document, key: item.key, in: db) }
        for (id, name) in tags.sorted(by: { $0.key > $1.key }) { try indexTag(id: id, name: name, in: db) }
    }

    /// Re-analyses every article, for `nashir reindex`, migrations and after the analyser
    /// changes. Keys are assigned first so rows go in in key order; the writer then inserts
    /// one batch while the next is read and analysed on the other cores.
    static func rebuild(in db: Database, batchSize: Int = 500) throws {
        // Dropping is much faster than deleting every row, which FTS5 does term by term.
        try db.execute(sql: """
            DROP TABLE IF EXISTS article_search;
            DROP TABLE IF EXISTS search_typeahead;
            DELETE FROM search_key;
            """)
        try createTables(in: db)
        var used = Set<Int64>()
        let entries = try Row.fetchAll(db, sql: """
            SELECT a.id, a.status, a.published_at, a.created_at, a.section_id,
                   (SELECT group_concat(' tag' || at.tag_id, '') FROM article_tag at WHERE at.article_id = a.id) AS tag_facets
            FROM article a ORDER BY a.id
            """).map { row in
            let entry = Entry(
                id: row["id"], status: row["status"], publishedAt: row["published_at"], createdAt: row["created_at"],
                facets: SearchDocument.facets(section: row["section_id"], tags: []) + ((row["tag_facets"] as String?) ?? ""))
            var key = entry.firstKey
            while used.contains(key) { key += key > 0 ? 1 : -1 }
            used.insert(key)
            return (key: key, entry: entry)
        }.sorted { $0.key < $1.key }

        var pending: (entries: ArraySlice<(key: Int64, entry: Entry)>, documents: BackgroundWork<[SearchDocument]>)?
        func insertPending() throws {
            guard let pending else { return }
            for (item, document) in zip(pending.entries, pending.documents.value()) {
                try insert(item.entry, document, key: item.key, in: db)
            }
        }
        for start in stride(from: 0, to: entries.count, by: batchSize) {
            let batch = entries[start..<min(start + batchSize, entries.count)]
            let sources = try texts(of: batch.map(\.entry.id), in: db)
            let next = BackgroundWork { sources.concurrentMap(minimumChunk: 16) { $0.document() } }
            try insertPending()
            pending = (batch, next)
        }
        try insertPending()
        for tag in try Row.fetchAll(db, sql: "SELECT id, name FROM tag ORDER BY id DESC") {
            try indexTag(id: tag["id"], name: tag["name"], in: db)
        }
        try db.execute(sql: "UPDATE search_index_state SET analyzer_version = ? WHERE id = 1", arguments: [analyzerVersion])
    }

    /// The texts of the given articles, in the order of `ids`.
    private static func texts(of ids: [Int64], in db: Database) throws -> [Source] {
        guard !ids.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.headline, a.highlights, a.body,
                   (SELECT group_concat(t.name, char(10)) FROM article_tag at JOIN tag t ON t.id = at.tag_id
                    WHERE at.article_id = a.id) AS tag_names
            FROM article a WHERE a.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids))
        var byID: [Int64: Source] = [:]
        for row in rows { byID[row["id"]] = Source(row) }
        return ids.compactMap { byID[$0] }
    }

    private static func insert(_ entry: Entry, _ document: SearchDocument, key: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO search_key (key, article_id) VALUES (?, ?)").execute(arguments: [key, entry.id])
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, headline, highlights, body, tags, facets, exact) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [key, document.headline, document.highlights, document.body, document.tags, entry.facets, document.exact])
        if key > 0 {
            // Only published headlines are offered while typing; drafts have negative keys.
            try db.cachedStatement(sql: "INSERT INTO search_typeahead (rowid, text) VALUES (?, ?)").execute(arguments: [key, document.typeAhead])
        }
    }

    private static func remove(key: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM article_search WHERE rowid = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "DELETE FROM search_typeahead WHERE rowid = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "DELETE FROM search_key WHERE key = ?").execute(arguments: [key])
    }

    /// Tags sit in the type-ahead table under negative rowids, apart from headlines.
    private static func indexTag(id: Int64, name: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM search_typeahead WHERE rowid = ?").execute(arguments: [-id])
        try db.cachedStatement(sql: "INSERT INTO search_typeahead (rowid, text) VALUES (?, ?)")
            .execute(arguments: [-id, SearchForms.typeAheadText(name)])
    }

    /// What the index needs to know about an article besides its analysed text.
    struct Entry: Sendable {
        var id: Int64
        var status: String
        var publishedAt: String?
        var createdAt: String
        var facets: String

        var firstKey: Int64 {
            let published = status == ArticleStatus.published.rawValue
            let date = (published ? ColumnCoding.date(publishedAt) : nil) ?? ColumnCoding.date(createdAt) ?? .distantPast
            return SearchKey.first(at: date, id: id, published: published && publishedAt != nil)
        }
    }

    /// One article's text as read for a rebuild: raw columns, decoded on a worker thread.
    private struct Source: Sendable {
        var headline: String
        var highlights: String
        var body: String
        var tagNames: String?

        init(_ row: Row) {
            headline = row["headline"]
            highlights = row["highlights"]
            body = row["body"]
            tagNames = row["tag_names"]
        }

        func document() -> SearchDocument {
            SearchDocument(
                headline: headline, highlights: ColumnCoding.strings(highlights),
                body: ColumnCoding.blocks(body).map(\.text), tags: tagNames.map { [$0] } ?? [])
        }
    }
}
