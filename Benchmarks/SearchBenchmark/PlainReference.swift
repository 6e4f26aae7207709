import Foundation
import GRDB

/// The reference the figures are divided by: the same articles in an FTS5 table with SQLite's
/// plain unicode61 tokenizer (no Arabic analysis), queried with the same words, BM25-ranked,
/// ten results. It lives in its own file beside the database, built once.
struct PlainReference {
    let queue: DatabaseQueue

    init(database: String) throws {
        queue = try DatabaseQueue(path: database + ".plain-reference")
        let built = try queue.read { db in try db.tableExists("plain") && Int.fetchOne(db, sql: "SELECT count(*) FROM plain") ?? 0 > 0 }
        guard !built else { return }
        try queue.inDatabase { db in try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [database]) }
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE IF EXISTS plain;
                CREATE VIRTUAL TABLE plain USING fts5(headline, highlights, body);
                INSERT INTO plain (plain, rank) VALUES ('hashsize', 67108864);
                INSERT INTO plain (rowid, headline, highlights, body)
                    SELECT id, headline, highlights, body FROM source.article ORDER BY id;
                """)
        }
        try queue.inDatabase { db in try db.execute(sql: "DETACH DATABASE source") }
    }

    /// Milliseconds for the query's words, every one required, as a plain search would take them.
    func time(_ query: String) throws -> Double {
        let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"" + $0 + "\"" }
        guard !words.isEmpty else { return 0 }
        let started = ContinuousClock.now
        try queue.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM plain WHERE plain MATCH ?", arguments: [words.joined(separator: " ")])
            _ = try Row.fetchAll(db, sql: """
                SELECT rowid, headline, snippet(plain, 2, '<mark>', '</mark>', '…', 32) FROM plain
                WHERE plain MATCH ? ORDER BY bm25(plain, 10, 5, 1) LIMIT 10
                """, arguments: [words.joined(separator: " ")])
        }
        return (ContinuousClock.now - started).milliseconds
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
