import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: EditorPresence {
    public func visit(_ article: ArticleID, by user: User, at now: Date, window: TimeInterval) async throws -> [String] {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO editor_presence (article_id, account_id, seen_at) SELECT id, ?, ? FROM article WHERE id = ?
                ON CONFLICT (article_id, account_id) DO UPDATE SET seen_at = excluded.seen_at
                """, arguments: [user.id.rawValue, ColumnCoding.timestamp(now), article.rawValue])
            // Long-closed editors are forgotten as they are passed.
            try db.execute(sql: "DELETE FROM editor_presence WHERE seen_at < ?", arguments: [ColumnCoding.timestamp(now.addingTimeInterval(-window * 10))])
            return try String.fetchAll(db, sql: """
                SELECT a.display_name FROM editor_presence p JOIN account a ON a.id = p.account_id
                WHERE p.article_id = ? AND p.account_id <> ? AND p.seen_at > ? ORDER BY a.display_name
                """, arguments: [article.rawValue, user.id.rawValue, ColumnCoding.timestamp(now.addingTimeInterval(-window))])
        }
    }
}
