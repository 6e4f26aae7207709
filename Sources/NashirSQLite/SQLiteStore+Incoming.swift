import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: IncomingDesk {
    public func incomingStories(limit: Int) async throws -> [IncomingStory] {
        try await pool.read { db in
            // Items come newest first; a story's place in the list is its newest item's.
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), a.origin_source, a.credit, a.created_at, a.embargo,
                       COALESCE(f.group_id, a.id) AS story
                FROM article a JOIN section s ON s.id = a.section_id LEFT JOIN story_fingerprint f ON f.article_id = a.id
                WHERE a.status = 'incoming'
                ORDER BY a.created_at DESC, a.id DESC
                LIMIT ?
                """, arguments: [max(limit, 0) * 8])
            return IncomingStory.grouped(rows.map { row in
                (story: row["story"] as Int64, item: IncomingItem(
                    summary: Self.summary(row), source: row["origin_source"], credit: row["credit"],
                    receivedAt: ColumnCoding.date(row["created_at"]) ?? .distantPast, embargo: ColumnCoding.date(row["embargo"])))
            }, limit: limit)
        }
    }

    public func take(_ id: ArticleID, by editor: UserID) async throws -> Article {
        guard let current = try await article(id: id) else { throw StoreError.notFound(id) }
        var content = current.content
        content.status = .draft
        let draft = ArticleDraft(content: content)
        try Self.validate([draft])
        let prepared = await PreparedDraft.prepare([draft])
        let now = clock.now()
        return try await pool.write { db in
            // Checked inside the writer's transaction: two editors clicking at once get one draft.
            let status = try String.fetchOne(db, sql: "SELECT status FROM article WHERE id = ?", arguments: [id.rawValue])
            guard let status else { throw StoreError.notFound(id) }
            guard status == ArticleStatus.incoming.rawValue else {
                throw StoreError.forbiddenTransition(id, from: ArticleStatus(rawValue: status) ?? .draft, to: .draft)
            }
            var article = try Self.write(prepared, now: now, author: editor, note: "من الوارد", in: db)[0].article
            try db.execute(sql: "UPDATE article SET author_id = ? WHERE id = ?", arguments: [editor.rawValue, id.rawValue])
            article.author = editor
            return article
        }
    }

    public func heldVersion(of id: ArticleID) async throws -> HeldVersion? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT received_at, content FROM held_update WHERE article_id = ?", arguments: [id.rawValue]),
                  let held = try? JSONDecoder().decode(HeldUpdate.self, from: Data((row["content"] as String).utf8))
            else { return nil }
            return HeldVersion(content: held.content, receivedAt: ColumnCoding.date(row["received_at"]) ?? .distantPast)
        }
    }

    public func discardHeldVersion(of id: ArticleID) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM held_update WHERE article_id = ?", arguments: [id.rawValue])
        }
    }
}
