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
        return try await pool.write { db in
            var results: [SaveResult] = []
            results.reserveCapacity(drafts.count)
            for draft in drafts {
                results.append(try Self.save(draft, now: now, in: db))
            }
            if results.contains(where: { $0.outcome != .unchanged }) {
                try db.execute(sql: "UPDATE content_revision SET value = value + 1 WHERE id = 1")
            }
            return results
        }
    }

    private static func save(_ draft: ArticleDraft, now: Date, in db: Database) throws -> SaveResult {
        var content = draft.content
        let existing = try Row.fetchOne(db, sql: """
            SELECT * FROM article WHERE origin_source = ? AND origin_key = ?
            """, arguments: [content.origin.source, content.origin.key])
        if content.status == .published && content.publishedAt == nil {
            // Publishing stamps the time once; re-importing undated copy keeps the first stamp.
            content.publishedAt = ColumnCoding.date(existing?["published_at"]) ?? draft.createdAt ?? now
        }
        let row = ArticleRow(content)
        let sectionID = try upsertSection(content.section, in: db)
        let tagIDs = try content.tags.map { try upsertTag($0, in: db) }

        let id: Int64
        let outcome: SaveOutcome
        if let existing {
            id = existing["id"]
            let storedTags = try Int64.fetchAll(db, sql: "SELECT tag_id FROM article_tag WHERE article_id = ? ORDER BY position", arguments: [id])
            let timesAsked = [draft.createdAt.map(ColumnCoding.timestamp), draft.updatedAt.map(ColumnCoding.timestamp)]
            let timesKept = timesAsked[0].map { $0 == existing["created_at"] as String } ?? true
                && timesAsked[1].map { $0 == existing["updated_at"] as String } ?? true
            if ArticleRow(row: existing) == row, existing["section_id"] == sectionID, storedTags == tagIDs, timesKept {
                outcome = .unchanged
            } else {
                outcome = .updated
                let assignments = row.columns.map { "\($0.0) = ?" }.joined(separator: ", ")
                var arguments = StatementArguments(row.columns.map(\.1))
                arguments += [sectionID, ColumnCoding.timestamp(draft.updatedAt ?? now)]
                if let createdAt = draft.createdAt { arguments += [ColumnCoding.timestamp(createdAt)] }
                arguments += [id]
                let createdAssignment = draft.createdAt == nil ? "" : ", created_at = ?"
                try db.execute(
                    sql: "UPDATE article SET \(assignments), section_id = ?, updated_at = ?\(createdAssignment) WHERE id = ?",
                    arguments: arguments)
            }
        } else {
            outcome = .created
            let names = row.columns.map(\.0) + ["section_id", "created_at", "updated_at"]
            let createdAt = draft.createdAt ?? now
            var arguments = StatementArguments(row.columns.map(\.1))
            arguments += [sectionID, ColumnCoding.timestamp(createdAt), ColumnCoding.timestamp(draft.updatedAt ?? createdAt)]
            try db.execute(
                sql: "INSERT INTO article (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))",
                arguments: arguments)
            id = db.lastInsertedRowID
        }
        if outcome != .unchanged {
            try db.execute(sql: "DELETE FROM article_tag WHERE article_id = ?", arguments: [id])
            for (position, tagID) in tagIDs.enumerated() {
                try db.execute(sql: "INSERT INTO article_tag (article_id, tag_id, position) VALUES (?, ?, ?)", arguments: [id, tagID, position])
            }
        }
        guard let saved = try article(id: id, in: db) else {
            throw StoreError.invalidArticle(index: 0, origin: content.origin.key, problem: "vanished while saving")
        }
        return SaveResult(article: saved, outcome: outcome)
    }

    /// Sections are shared by slug; the latest name given wins, so an editor can rename one.
    private static func upsertSection(_ section: Section, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO section (slug, name) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name
            RETURNING id
            """, arguments: [section.slug, section.name])!
    }

    private static func upsertTag(_ tag: Tag, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO tag (slug, name) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name
            RETURNING id
            """, arguments: [tag.slug, tag.name])!
    }
}
