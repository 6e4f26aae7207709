import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// The article row is its latest revision; `article_revision` keeps the states it replaced.
extension PostgresStore: RevisionHistory {
    public func revisions(of article: ArticleID) async throws -> [ArticleRevision] {
        try await read { connection in
            try await connection.rows(Self.revisionsQuery(article, number: nil), logger: self.logger).map(Self.revision)
        }
    }

    public func revision(of article: ArticleID, number: Int) async throws -> ArticleRevision? {
        try await read { connection in
            try await connection.rows(Self.revisionsQuery(article, number: number), logger: self.logger).first.map(Self.revision)
        }
    }

    /// The kept revisions and the current one, oldest first (optionally just one number).
    private static func revisionsQuery(_ article: ArticleID, number: Int?) -> PostgresQuery {
        let only = number.map { " AND r.number = \($0)" } ?? ""
        let current = number.map { " AND a.revision = \($0)" } ?? ""
        return PostgresQuery(unsafeSQL: """
            SELECT r.article_id, r.number, r.saved_at, r.author_id, r.content, r.note, u.display_name
            FROM article_revision r LEFT JOIN account u ON u.id = r.author_id
            WHERE r.article_id = \(article.rawValue)\(only)
            UNION ALL
            SELECT a.id, a.revision, a.updated_at, a.saved_by, a.content, a.save_note, u.display_name
            FROM article a LEFT JOIN account u ON u.id = a.saved_by
            WHERE a.id = \(article.rawValue)\(current)
            ORDER BY 2
            """)
    }

    static func revision(_ row: PostgresRandomAccessRow) throws -> ArticleRevision {
        let id = try row.get("article_id", as: Int64.self)
        // Written by this store from a validated article, so a failure means damaged data.
        let content = (try? StoredContent(json: try row.get("content")))?.content() ?? ArticleContent(
            origin: ArticleOrigin(source: "damaged", key: "\(id)"), slug: "-", section: Section(slug: "-", name: "-"),
            headline: "(revision unreadable)", body: [])
        return ArticleRevision(
            article: ArticleID(id), number: try row.get("number"), savedAt: try row.get("saved_at"),
            author: try row.get("author_id", as: Int64?.self).map { UserID($0) }, authorName: try row.get("display_name"),
            content: content, note: try row.get("note"))
    }

    /// Keeps the article's current state as a past revision, inside the save's transaction and
    /// before the save changes the row.
    static func keepCurrentRevision(of article: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("""
            INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note)
            SELECT id, revision, updated_at, saved_by, content, save_note FROM article WHERE id = \(article)
            """, logger: logger)
    }
}
