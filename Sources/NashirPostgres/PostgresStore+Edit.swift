import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: ArticleEditing {
    public func create(_ draft: ArticleDraft, by author: UserID?) async throws -> Article {
        try Self.validate([draft])
        let documents = await SearchTerms.analyse([draft.content])
        let now = clock.now()
        return try await write { connection in
            let origin = draft.content.origin
            if try await connection.row(
                "SELECT 1 AS taken FROM article WHERE origin_source = \(origin.source) AND origin_key = \(origin.key)", logger: self.logger) != nil {
                throw StoreError.duplicateOrigin(origin)
            }
            return try await Self.write([draft], documents: documents, now: now, author: author, on: connection, logger: self.logger)[0].article
        }
    }

    public func update(id: ArticleID, expectedRevision: Int, content: ArticleContent, by author: UserID?, note: String?) async throws -> Article {
        guard let current = try await article(id: id) else { throw StoreError.notFound(id) }
        var edited = content
        // The origin is the article's identity towards its source; editing never changes it.
        edited.origin = current.content.origin
        let draft = ArticleDraft(content: edited)
        try Self.validate([draft])
        let documents = await SearchTerms.analyse([draft.content])
        let now = clock.now()
        return try await write { connection in
            // Checked again inside the transaction, with the row locked: the read above may be stale.
            guard let row = try await connection.row("SELECT revision, status FROM article WHERE id = \(id.rawValue) FOR UPDATE", logger: self.logger) else {
                throw StoreError.notFound(id)
            }
            let revision: Int = try row.get("revision")
            guard revision == expectedRevision else { throw StoreError.conflict(id, expected: expectedRevision, actual: revision) }
            let status = ArticleStatus(rawValue: try row.get("status")) ?? .draft
            guard ArticleWorkflow.allows(from: status, to: draft.content.status) else {
                throw StoreError.forbiddenTransition(id, from: status, to: draft.content.status)
            }
            return try await Self.write([draft], documents: documents, now: now, author: author, note: note, on: connection, logger: self.logger)[0].article
        }
    }
}
