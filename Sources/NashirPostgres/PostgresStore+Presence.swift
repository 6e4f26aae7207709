import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: EditorPresence {
    public func visit(_ article: ArticleID, by user: User, at now: Date, window: TimeInterval) async throws -> [String] {
        try await write { connection in
            try await connection.run("""
                INSERT INTO editor_presence (article_id, account_id, seen_at) SELECT id, \(user.id.rawValue), \(PostgresCoding.instant(now))
                FROM article WHERE id = \(article.rawValue)
                ON CONFLICT (article_id, account_id) DO UPDATE SET seen_at = excluded.seen_at
                """, logger: self.logger)
            // Long-closed editors are forgotten as they are passed.
            try await connection.run("DELETE FROM editor_presence WHERE seen_at < \(now.addingTimeInterval(-window * 10))", logger: self.logger)
            return try await connection.rows("""
                SELECT a.display_name FROM editor_presence p JOIN account a ON a.id = p.account_id
                WHERE p.article_id = \(article.rawValue) AND p.account_id <> \(user.id.rawValue) AND p.seen_at > \(now.addingTimeInterval(-window))
                ORDER BY a.display_name COLLATE "C"
                """, logger: self.logger).map { try $0.get("display_name", as: String.self) }
        }
    }
}
