import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: ReadCounting {
    public func recordReads(_ reads: [ArticleID: Int], hour: Date) async throws {
        let counted = reads.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        guard !counted.isEmpty else { return }
        let ids = counted.map(\.key.rawValue), counts = counted.map(\.value)
        try await write { connection in
            // Reads do not change what any page shows as content: no change record. In id order,
            // so two instances adding at once lock rows in the same order.
            try await connection.run("""
                INSERT INTO article_read (hour, article_id, reads)
                SELECT \(PostgresCoding.instant(hour)), a.id, r.reads
                FROM unnest(\(ids)::bigint[], \(counts)::integer[]) AS r(id, reads) JOIN article a ON a.id = r.id
                ORDER BY a.id
                ON CONFLICT (hour, article_id) DO UPDATE SET reads = article_read.reads + excluded.reads
                """, logger: self.logger)
        }
    }

    public func mostRead(since: Date, limit: Int, now: Date) async throws -> [ReadCount] {
        try await read { connection in
            try await connection.rows("""
                SELECT \(unescaped: Self.summaryColumns), r.total
                FROM (SELECT article_id, SUM(reads)::integer AS total FROM article_read WHERE hour >= \(since) GROUP BY article_id) r
                JOIN article a ON a.id = r.article_id JOIN section s ON s.id = a.section_id
                WHERE a.status = 'published' AND a.published_at <= \(now)
                ORDER BY r.total DESC, a.published_at DESC, a.id DESC LIMIT \(max(limit, 0))
                """, logger: self.logger).map { ReadCount(summary: try Self.summary($0), reads: try $0.get("total")) }
        }
    }
}
