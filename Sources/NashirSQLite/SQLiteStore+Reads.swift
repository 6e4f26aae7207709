import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ReadCounting {
    public func recordReads(_ reads: [ArticleID: Int], hour: Date) async throws {
        let counted = reads.filter { $0.value > 0 }
        guard !counted.isEmpty else { return }
        try await pool.write { db in
            let stamp = ColumnCoding.timestamp(hour)
            for (id, count) in counted {
                // Reads do not change what any page shows as content: no change record.
                try db.execute(sql: """
                    INSERT INTO article_read (hour, article_id, reads) SELECT ?, id, ? FROM article WHERE id = ?
                    ON CONFLICT (hour, article_id) DO UPDATE SET reads = reads + excluded.reads
                    """, arguments: [stamp, count, id.rawValue])
            }
        }
    }

    public func mostRead(since: Date, limit: Int, now: Date) async throws -> [ReadCount] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), r.total
                FROM (SELECT article_id, SUM(reads) AS total FROM article_read WHERE hour >= ? GROUP BY article_id) r
                JOIN article a ON a.id = r.article_id JOIN section s ON s.id = a.section_id
                WHERE a.status = 'published' AND a.published_at <= ?
                ORDER BY r.total DESC, a.published_at DESC, a.id DESC LIMIT ?
                """, arguments: [ColumnCoding.timestamp(since), ColumnCoding.timestamp(now), max(limit, 0)])
                .map { ReadCount(summary: Self.summary($0), reads: $0["total"]) }
        }
    }
}
