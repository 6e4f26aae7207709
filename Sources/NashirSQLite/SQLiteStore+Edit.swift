import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticleEditing {
    public func create(_ draft: ArticleDraft, by author: UserID?) async throws -> Article {
        try Self.validate([draft])
        let prepared = await PreparedDraft.prepare([draft])
        let now = clock.now()
        return try await pool.write { db in
            let origin = draft.content.origin
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE origin_source = ? AND origin_key = ?", arguments: [origin.source, origin.key]) == true {
                throw StoreError.duplicateOrigin(origin)
            }
            return try Self.write(prepared, now: now, author: author, in: db)[0].article
        }
    }

    public func update(id: ArticleID, expectedRevision: Int, content: ArticleContent, by author: UserID?, note: String?) async throws -> Article {
        guard let current = try await article(id: id) else { throw StoreError.notFound(id) }
        var edited = content
        // The origin is the article's identity towards its source; editing never changes it.
        edited.origin = current.content.origin
        let draft = ArticleDraft(content: edited)
        try Self.validate([draft])
        let prepared = await PreparedDraft.prepare([draft])
        let now = clock.now()
        return try await pool.write { db in
            // Checked again inside the transaction: the read above may already be stale.
            guard let row = try Row.fetchOne(db, sql: "SELECT revision, status FROM article WHERE id = ?", arguments: [id.rawValue]) else {
                throw StoreError.notFound(id)
            }
            let revision: Int = row["revision"]
            guard revision == expectedRevision else { throw StoreError.conflict(id, expected: expectedRevision, actual: revision) }
            let status = ArticleStatus(rawValue: row["status"]) ?? .draft
            guard ArticleWorkflow.allows(from: status, to: draft.content.status) else {
                throw StoreError.forbiddenTransition(id, from: status, to: draft.content.status)
            }
            return try Self.write(prepared, now: now, author: author, note: note, in: db)[0].article
        }
    }
}
