import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticleImporting {
    /// Saves all drafts in one transaction, validating each first; one bad draft rolls back all.
    public func save(_ drafts: [ArticleDraft]) async throws -> [SaveResult] {
        try await Self.validateAll(drafts)
        let batches = await PreparedBatches.preparing(drafts)
        let now = clock.now()
        let large = drafts.count >= Self.largeSave
        return try await pool.write { db in
            // A large save's pages stay in memory until its commit: with the usual cache SQLite
            // writes them to the log early and again when they change after.
            if large { try db.execute(sql: "PRAGMA cache_size = \(-Self.largeSaveCacheKiB)") }
            defer { if large { try? db.execute(sql: "PRAGMA cache_size = \(-SQLiteStore.cacheKiB)") } }
            return try Self.write(batches, now: now, in: db)
        }
    }

    /// Drafts in one save from which its transaction keeps its pages in a larger cache.
    static let largeSave = 1_000
    /// That cache, in KiB: an import file of 5,000 stories writes about 50 MiB of pages.
    static let largeSaveCacheKiB = 256 << 10

    static func validate(_ drafts: [ArticleDraft]) throws {
        for (index, draft) in drafts.enumerated() {
            do { try draft.content.validate() } catch {
                throw StoreError.invalidArticle(index: index, origin: draft.content.origin, problem: error.description)
            }
        }
    }

    /// `validate` on every core, off the caller's thread; the first bad draft in order is reported.
    static func validateAll(_ drafts: [ArticleDraft]) async throws {
        guard drafts.count > 1 else { return try validate(drafts) }
        let problems = await CPUWork.run {
            drafts.concurrentMap(minimumChunk: 64) { draft -> String? in
                do throws(ArticleValidationError) { try draft.content.validate() } catch { return error.description }
                return nil
            }
        }
        if let index = problems.firstIndex(where: { $0 != nil }), let problem = problems[index] {
            throw StoreError.invalidArticle(index: index, origin: drafts[index].content.origin, problem: problem)
        }
    }

    /// Writes validated, prepared drafts, their index entries and one change record, inside the
    /// caller's transaction.
    static func write(
        _ drafts: [PreparedDraft], now: Date, author: UserID? = nil, note: String? = nil, in db: Database
    ) throws -> [SaveResult] {
        try write(PreparedBatches(first: drafts), now: now, author: author, note: note, in: db)
    }

    private static func write(
        _ batches: PreparedBatches, now: Date, author: UserID? = nil, note: String? = nil, in db: Database
    ) throws -> [SaveResult] {
        var results: [SaveResult] = []
        var touched = Set<ContentTag>()
        while let batch = batches.next() {
            var changed: [(id: Int64, document: SearchDocument)] = []
            for prepared in batch {
                // Once the save has changed the calendar, no later draft needs to ask again.
                let (result, tags) = try save(prepared, now: now, author: author, note: note, calendarKnown: touched.contains(.calendar), in: db)
                if result.outcome != .unchanged {
                    try recordLegacyAddress(prepared.legacyKey, of: result.article.id, in: db)
                    changed.append((result.article.id.rawValue, prepared.document))
                    touched.formUnion(tags)
                }
                results.append(result)
            }
            // Indexed batch by batch, while the next is prepared: FTS5 takes a batch's rows in
            // key order as cheaply as a whole save's, and the writer no longer ends on it alone.
            try SearchIndex.replace(changed, in: db)
        }
        try recordChange(touched, at: now, in: db)
        return results
    }

    private static func save(
        _ prepared: PreparedDraft, now: Date, author: UserID?, note: String?, calendarKnown: Bool, in db: Database
    ) throws -> (SaveResult, Set<ContentTag>) {
        let draft = prepared.draft
        var content = draft.content
        content.tags = content.distinctTags
        var row = prepared.row
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM article WHERE origin_source = ? AND origin_key = ?"),
            arguments: [content.origin.source, content.origin.key])
        if content.status == .published && content.publishedAt == nil {
            // Publishing stamps the time once; re-importing undated copy keeps the first stamp.
            content.publishedAt = ColumnCoding.date(existing?["published_at"]) ?? draft.createdAt ?? now
            row = ArticleRow(content)
        }
        let section = try upsertSection(content.section, in: db)
        let tagIDs = try content.tags.map { try upsertTag($0, in: db) }
        var touched: Set<ContentTag> = section.isNew || section.isRenamed || tagIDs.contains(where: \.isRenamed) ? [.site] : []
        let createdAt = draft.createdAt.map(ColumnCoding.timestamp)
        let updatedAt = draft.updatedAt.map(ColumnCoding.timestamp)
        func newTags(author: UserID?) -> Set<ContentTag> {
            ContentTag.lists(status: content.status, section: content.section.slug, tags: content.tags.map(\.slug), author: author, publishedAt: content.publishedAt)
        }
        let newMonth = content.status == .published ? content.publishedAt : nil

        guard let existing else {
            if try !calendarKnown && changesCalendar(from: nil, to: newMonth, id: nil, in: db) { touched.insert(.calendar) }
            let created = createdAt ?? ColumnCoding.timestamp(now)
            let updated = updatedAt ?? created
            let names = row.columns.map(\.0) + ["section_id", "created_at", "updated_at", "revision", "author_id", "saved_by", "save_note"]
            var arguments = StatementArguments(row.columns.map(\.1))
            arguments += [section.id, created, updated, 1, author?.rawValue, author?.rawValue, note]
            let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
            try db.cachedStatement(sql: "INSERT INTO article (\(names.joined(separator: ", "))) VALUES (\(placeholders))").execute(arguments: arguments)
            let id = db.lastInsertedRowID
            try replaceTags(of: id, with: tagIDs.map(\.id), in: db)
            touched.formUnion(newTags(author: author))
            touched.formUnion(ContentTag.orders(old: nil, new: (content.status, content.section.slug, content.tags.map(\.slug), content.publishedAt)))
            touched.insert(.article(ArticleID(id)))
            // Copy for the incoming desk joins the story other agencies already sent.
            if content.status == .incoming { try group(id, content: content, receivedAt: now, in: db) }
            var article = stored(id: id, content: content, created: created, updated: updated, revision: 1)
            article.author = author
            return (SaveResult(article: article, outcome: .created), touched)
        }

        let id: Int64 = existing["id"]
        let revision: Int = existing["revision"]
        let owner = (existing["author_id"] as Int64?).map { UserID($0) }
        let storedCreated: String = existing["created_at"]
        let storedUpdated: String = existing["updated_at"]
        let storedTags = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.id, t.slug FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY at.position
            """), arguments: [id])
        let unchanged = ArticleRow(row: existing) == row && existing["section_id"] == section.id
            && storedTags.map { $0["id"] as Int64 } == tagIDs.map(\.id)
            && (createdAt ?? storedCreated) == storedCreated && (updatedAt ?? storedUpdated) == storedUpdated
        if unchanged {
            var article = stored(id: id, content: content, created: storedCreated, updated: storedUpdated, revision: revision)
            article.author = owner
            return (SaveResult(article: article, outcome: .unchanged), touched)
        }
        if author == nil {
            // Copy arriving again from its source. The newsroom's work always wins: a story a person
            // has saved keeps their version, and the source's new one waits beside it.
            let storedStatus = ArticleStatus(rawValue: existing["status"]) ?? .draft
            var current = try storedArticle(existing, id: id, in: db)
            current.author = owner
            if (existing["saved_by"] as Int64?) != nil || owner != nil {
                try hold(row, section: content.section, tags: content.tags, for: id, receivedAt: now, in: db)
                return (SaveResult(article: current, outcome: .held), [])
            }
            // An agency resending an older version of an item must not undo its newer one.
            if storedStatus == .incoming || content.status == .incoming, let updatedAt, updatedAt < storedUpdated {
                return (SaveResult(article: current, outcome: .unchanged), [])
            }
        }
        let oldSection = try String.fetchOne(db.cachedStatement(sql: "SELECT slug FROM section WHERE id = ?"), arguments: [existing["section_id"]]) ?? ""
        let oldStatus = ArticleStatus(rawValue: existing["status"]) ?? .draft
        let oldPublication = ColumnCoding.date(existing["published_at"])
        touched.formUnion(ContentTag.lists(status: oldStatus, section: oldSection, tags: storedTags.map { $0["slug"] }, author: owner, publishedAt: oldPublication))
        touched.formUnion(newTags(author: owner))
        touched.formUnion(ContentTag.orders(
            old: (oldStatus, oldSection, storedTags.map { $0["slug"] }, oldPublication),
            new: (content.status, content.section.slug, content.tags.map(\.slug), content.publishedAt)))
        if try !calendarKnown && changesCalendar(from: oldStatus == .published ? oldPublication : nil, to: newMonth, id: id, in: db) {
            touched.insert(.calendar)
        }
        touched.insert(.article(ArticleID(id)))

        let created = createdAt ?? storedCreated
        let updated = updatedAt ?? ColumnCoding.timestamp(now)
        try keepCurrentRevision(of: id, in: db)
        let assignments = (row.columns.map(\.0) + ["section_id", "created_at", "updated_at", "revision", "saved_by", "save_note"])
            .map { "\($0) = ?" }.joined(separator: ", ")
        var arguments = StatementArguments(row.columns.map(\.1))
        arguments += [section.id, created, updated, revision + 1, author?.rawValue, note, id]
        try db.cachedStatement(sql: "UPDATE article SET \(assignments) WHERE id = ?").execute(arguments: arguments)
        try replaceTags(of: id, with: tagIDs.map(\.id), in: db)
        var article = stored(id: id, content: content, created: created, updated: updated, revision: revision + 1)
        article.author = owner
        return (SaveResult(article: article, outcome: .updated), touched)
    }

    /// Whether moving a story's publication from one month to another (nil: not published)
    /// makes a month gain its first story or lose its last, which the archive's month links show.
    private static func changesCalendar(from old: Date?, to new: Date?, id: Int64?, in db: Database) throws -> Bool {
        let before = old.map(ContentTag.month(of:)), after = new.map(ContentTag.month(of:))
        // Staying in its month (or out of every month) changes no month's emptiness.
        guard before != after else { return false }
        for month in [before, after].compactMap({ $0 }) {
            guard case .month(let year, let number) = month,
                  let (start, end) = monthBounds(year: year, month: number) else { continue }
            let others = try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM article WHERE status = 'published' AND published_at >= ? AND published_at < ? AND id != ?)
                """), arguments: [ColumnCoding.timestamp(start), ColumnCoding.timestamp(end), id ?? 0]) ?? false
            if !others { return true }
        }
        return false
    }

    private static func monthBounds(year: Int, month: Int) -> (Date, Date)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return (start, end)
    }

    /// The article a row holds, with its section and tags read alongside.
    private static func storedArticle(_ existing: Row, id: Int64, in db: Database) throws -> Article {
        let section = try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, name FROM section WHERE id = ?"), arguments: [existing["section_id"]])
        let tags = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY at.position
            """), arguments: [id]).map { Tag(slug: $0["slug"], name: $0["name"]) }
        let content = ArticleRow(row: existing).content(section: Section(slug: section?["slug"] ?? "", name: section?["name"] ?? ""), tags: tags)
        return stored(id: id, content: content, created: existing["created_at"], updated: existing["updated_at"], revision: existing["revision"])
    }

    /// Keeps the source's newest version of a story the newsroom changed, replacing an older one.
    private static func hold(_ row: ArticleRow, section: Section, tags: [Tag], for id: Int64, receivedAt: Date, in db: Database) throws {
        let held = HeldUpdate(row: row, section: section, tags: tags)
        try db.cachedStatement(sql: """
            INSERT INTO held_update (article_id, received_at, content) VALUES (?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET received_at = excluded.received_at, content = excluded.content
            """).execute(arguments: [id, ColumnCoding.timestamp(receivedAt), ColumnCoding.encode(held)])
    }

    /// The article as now stored, built from what was written rather than read back.
    private static func stored(id: Int64, content: ArticleContent, created: String, updated: String, revision: Int) -> Article {
        var content = content
        // Times go through their stored text form so the result equals a later read exactly.
        content.publishedAt = content.publishedAt.map(ColumnCoding.timestamp).flatMap(ColumnCoding.date)
        let datelineDate = content.dateline?.date.map(ColumnCoding.timestamp).flatMap(ColumnCoding.date)
        content.dateline?.date = datelineDate
        content.corrections = content.corrections.map { Correction(at: ColumnCoding.date(ColumnCoding.timestamp($0.at)) ?? $0.at, note: $0.note) }
        return Article(
            id: ArticleID(id), content: content,
            createdAt: ColumnCoding.date(created) ?? .distantPast, updatedAt: ColumnCoding.date(updated) ?? .distantPast,
            revision: revision)
    }

    private static func replaceTags(of article: Int64, with tags: [Int64], in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM article_tag WHERE article_id = ?").execute(arguments: [article])
        let insert = try db.cachedStatement(sql: "INSERT INTO article_tag (article_id, tag_id, position) VALUES (?, ?, ?)")
        for (position, tag) in tags.enumerated() {
            try insert.execute(arguments: [article, tag, position])
        }
    }

    /// A section's or tag's row, and whether saving created or renamed it: every page's
    /// navigation lists the sections, and a tag's name shows on each of its articles.
    private struct Upserted {
        var id: Int64
        var isNew = false
        var isRenamed = false
    }

    private static func upsertSection(_ section: Section, in db: Database) throws -> Upserted {
        try upsert(into: "section", slug: section.slug, name: section.name, in: db)
    }

    private static func upsertTag(_ tag: Tag, in db: Database) throws -> Upserted {
        try upsert(into: "tag", slug: tag.slug, name: tag.name, in: db)
    }

    /// Sections and tags are shared by slug; the latest name given wins, so an editor can rename one.
    private static func upsert(into table: String, slug: String, name: String, in db: Database) throws -> Upserted {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name FROM \(table) WHERE slug = ?"), arguments: [slug]) {
            let id: Int64 = row["id"]
            guard row["name"] != name else { return Upserted(id: id) }
            try db.cachedStatement(sql: "UPDATE \(table) SET name = ? WHERE id = ?").execute(arguments: [name, id])
            return Upserted(id: id, isRenamed: true)
        }
        try db.cachedStatement(sql: "INSERT INTO \(table) (slug, name) VALUES (?, ?)").execute(arguments: [slug, name])
        return Upserted(id: db.lastInsertedRowID, isNew: true)
    }
}
