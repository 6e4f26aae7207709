import Foundation
import GRDB
import NashirDomain

extension SQLiteStore {
    /// Saves all drafts in one transaction, validating each first; one bad draft rolls back all.
    public func save(_ drafts: [ArticleDraft]) async throws -> [SaveResult] {
        for (index, draft) in drafts.enumerated() {
            do { try draft.content.validate() } catch {
                throw StoreError.invalidArticle(index: index, origin: draft.content.origin.key, problem: error.description)
            }
        }
        let now = Date()
        // Analysis is pure work: done on every core before the single-writer transaction starts.
        let documents = SearchDocument.analyse(drafts.map(\.content))
        return try await pool.write { db in
            var results: [SaveResult] = []
            results.reserveCapacity(drafts.count)
            var changed: [(id: Int64, document: SearchDocument)] = []
            for (draft, document) in zip(drafts, documents) {
                let result = try Self.save(draft, now: now, in: db)
                if result.outcome != .unchanged { changed.append((result.article.id.rawValue, document)) }
                results.append(result)
            }
            try SearchIndex.replace(changed, in: db)
            if results.contains(where: { $0.outcome != .unchanged }) {
                try db.cachedStatement(sql: "UPDATE content_revision SET value = value + 1 WHERE id = 1").execute()
            }
            return results
        }
    }

    private static func save(_ draft: ArticleDraft, now: Date, in db: Database) throws -> SaveResult {
        var content = draft.content
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM article WHERE origin_source = ? AND origin_key = ?"),
            arguments: [content.origin.source, content.origin.key])
        if content.status == .published && content.publishedAt == nil {
            // Publishing stamps the time once; re-importing undated copy keeps the first stamp.
            content.publishedAt = ColumnCoding.date(existing?["published_at"]) ?? draft.createdAt ?? now
        }
        let row = ArticleRow(content)
        let sectionID = try upsert(into: "section", slug: content.section.slug, name: content.section.name, in: db)
        let tagIDs = try content.tags.map { try upsert(into: "tag", slug: $0.slug, name: $0.name, in: db) }
        let createdAt = draft.createdAt.map(ColumnCoding.timestamp)
        let updatedAt = draft.updatedAt.map(ColumnCoding.timestamp)

        guard let existing else {
            let created = createdAt ?? ColumnCoding.timestamp(now)
            let updated = updatedAt ?? created
            let names = row.columns.map(\.0) + ["section_id", "created_at", "updated_at"]
            var arguments = StatementArguments(row.columns.map(\.1))
            arguments += [sectionID, created, updated]
            let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
            try db.cachedStatement(sql: "INSERT INTO article (\(names.joined(separator: ", "))) VALUES (\(placeholders))").execute(arguments: arguments)
            let id = db.lastInsertedRowID
            try replaceTags(of: id, with: tagIDs, in: db)
            return SaveResult(article: stored(id: id, content: content, created: created, updated: updated), outcome: .created)
        }

        let id: Int64 = existing["id"]
        let storedCreated: String = existing["created_at"]
        let storedUpdated: String = existing["updated_at"]
        let storedTags = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT tag_id FROM article_tag WHERE article_id = ? ORDER BY position"), arguments: [id])
        let unchanged = ArticleRow(row: existing) == row && existing["section_id"] == sectionID && storedTags == tagIDs
            && (createdAt ?? storedCreated) == storedCreated && (updatedAt ?? storedUpdated) == storedUpdated
        if unchanged {
            return SaveResult(article: stored(id: id, content: content, created: storedCreated, updated: storedUpdated), outcome: .unchanged)
        }
        let created = createdAt ?? storedCreated
        let updated = updatedAt ?? ColumnCoding.timestamp(now)
        let assignments = (row.columns.map(\.0) + ["section_id", "created_at", "updated_at"]).map { "\($0) = ?" }.joined(separator: ", ")
        var arguments = StatementArguments(row.columns.map(\.1))
        arguments += [sectionID, created, updated, id]
        try db.cachedStatement(sql: "UPDATE article SET \(assignments) WHERE id = ?").execute(arguments: arguments)
        try replaceTags(of: id, with: tagIDs, in: db)
        return SaveResult(article: stored(id: id, content: content, created: created, updated: updated), outcome: .updated)
    }

    /// The article as now stored, built from what was written rather than read back.
    private static func stored(id: Int64, content: ArticleContent, created: String, updated: String) -> Article {
        var content = content
        // Times go through their stored text form so the result equals a later read exactly.
        content.publishedAt = content.publishedAt.map(ColumnCoding.timestamp).flatMap(ColumnCoding.date)
        let datelineDate = content.dateline?.date.map(ColumnCoding.timestamp).flatMap(ColumnCoding.date)
        content.dateline?.date = datelineDate
        return Article(
            id: ArticleID(id), content: content,
            createdAt: ColumnCoding.date(created) ?? .distantPast, updatedAt: ColumnCoding.date(updated) ?? .distantPast)
    }

    private static func replaceTags(of article: Int64, with tags: [Int64], in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM article_tag WHERE article_id = ?").execute(arguments: [article])
        let insert = try db.cachedStatement(sql: "INSERT INTO article_tag (article_id, tag_id, position) VALUES (?, ?, ?)")
        for (position, tag) in tags.enumerated() {
            try insert.execute(arguments: [article, tag, position])
        }
    }

    /// Sections and tags are shared by slug; the latest name given wins, so an editor can rename one.
    private static func upsert(into table: String, slug: String, name: String, in db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table) (slug, name) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name
            RETURNING id
            """)
        guard let id = try Int64.fetchOne(statement, arguments: [slug, name]) else {
            throw StoreError.invalidArticle(index: 0, origin: slug, problem: "\(table) could not be saved")
        }
        return id
    }
}
