import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: ArticleImporting {
    /// Saves all drafts in one transaction, validating each first; one bad draft rolls back all.
    public func save(_ drafts: [ArticleDraft]) async throws -> [SaveResult] {
        try Self.validate(drafts)
        let documents = await SearchTerms.analyse(drafts.map(\.content))
        let now = clock.now()
        return try await write { connection in
            try await Self.write(drafts, documents: documents, now: now, on: connection, logger: self.logger)
        }
    }

    static func validate(_ drafts: [ArticleDraft]) throws {
        for (index, draft) in drafts.enumerated() {
            do { try draft.content.validate() } catch {
                throw StoreError.invalidArticle(index: index, origin: draft.content.origin, problem: error.description)
            }
        }
    }

    /// Writes validated drafts, their index entries and one change record, inside the caller's transaction.
    static func write(
        _ drafts: [ArticleDraft], documents: [SearchTerms], now: Date, author: UserID? = nil, note: String? = nil,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> [SaveResult] {
        var results: [SaveResult] = []
        var touched = Set<ContentTag>()
        // What a batch learns once instead of once a draft: a round trip per statement is most of an import's time.
        var batch = BatchMemory()
        batch.existing = try await existing(drafts.map(\.content.origin), on: connection, logger: logger)
        var indexed: [(id: Int64, document: SearchTerms)] = []
        for (draft, document) in zip(drafts, documents) {
            let (result, tags) = try await save(draft, now: now, author: author, note: note, batch: &batch, on: connection, logger: logger)
            if result.outcome != .unchanged {
                try await recordLegacyAddress(of: result.article, on: connection, logger: logger)
                indexed.append((result.article.id.rawValue, document))
                touched.formUnion(tags)
            }
            results.append(result)
        }
        // Last, so the shared words' counts stay locked only until the commit just after.
        try await SearchTerms.index(indexed, on: connection, logger: logger)
        try await recordChange(touched, at: now, on: connection, logger: logger)
        return results
    }

    /// The stored row an incoming draft is compared with.
    struct Existing {
        var id: Int64
        var revision: Int
        var owner: UserID?
        var savedBy: Int64?
        var content: StoredContent
        var created: Date
        var updated: Date
        var tagIDs: [Int64]
        var sectionID: Int64
    }

    /// What a batch of saves has learnt, so each thing is asked of the server once.
    struct BatchMemory {
        /// The stored rows of the batch's origins, read (and locked) in one query before the first save.
        var existing: [ArticleOrigin: Existing] = [:]
        /// Origins saved earlier in the batch: their rows are read again, as they changed.
        var saved = Set<ArticleOrigin>()
        var sections: [String: (id: Int64, name: String)] = [:]
        var tags: [String: (id: Int64, name: String)] = [:]
        /// Months known to hold a published story.
        var filledMonths = Set<ContentTag>()
    }

    /// The stored rows of `origins`, locked to the commit, in one query.
    private static func existing(_ origins: [ArticleOrigin], on connection: PostgresConnection, logger: Logger) async throws -> [ArticleOrigin: Existing] {
        guard !origins.isEmpty else { return [:] }
        let rows = try await connection.rows("""
            SELECT a.id, a.origin_source, a.origin_key, a.revision, a.author_id, a.saved_by, a.content, a.created_at, a.updated_at, a.section_id,
                   ARRAY(SELECT tag_id FROM article_tag WHERE article_id = a.id ORDER BY position) AS tag_ids
            FROM article a JOIN unnest(\(origins.map(\.source))::text[], \(origins.map(\.key))::text[]) AS o(source, key)
                ON a.origin_source = o.source AND a.origin_key = o.key
            ORDER BY a.id FOR UPDATE OF a
            """, logger: logger)
        var found: [ArticleOrigin: Existing] = [:]
        for row in rows { found[ArticleOrigin(source: try row.get("origin_source"), key: try row.get("origin_key"))] = try existing(row) }
        return found
    }

    private static func existing(_ origin: ArticleOrigin, on connection: PostgresConnection, logger: Logger) async throws -> Existing? {
        guard let row = try await connection.row("""
            SELECT a.id, a.revision, a.author_id, a.saved_by, a.content, a.created_at, a.updated_at, a.section_id,
                   ARRAY(SELECT tag_id FROM article_tag WHERE article_id = a.id ORDER BY position) AS tag_ids
            FROM article a WHERE origin_source = \(origin.source) AND origin_key = \(origin.key) FOR UPDATE
            """, logger: logger) else { return nil }
        return try existing(row)
    }

    private static func existing(_ row: PostgresRandomAccessRow) throws -> Existing {
        Existing(
            id: try row.get("id"), revision: try row.get("revision"), owner: try row.get("author_id", as: Int64?.self).map { UserID($0) },
            savedBy: try row.get("saved_by"), content: try StoredContent(json: try row.get("content")),
            created: try row.get("created_at"), updated: try row.get("updated_at"), tagIDs: try row.get("tag_ids"),
            sectionID: try row.get("section_id"))
    }

    private static func save(
        _ draft: ArticleDraft, now: Date, author: UserID?, note: String?, batch: inout BatchMemory, on connection: PostgresConnection, logger: Logger
    ) async throws -> (SaveResult, Set<ContentTag>) {
        var content = draft.content
        content.tags = content.distinctTags
        let existing = batch.saved.contains(content.origin)
            ? try await existing(content.origin, on: connection, logger: logger) : batch.existing[content.origin]
        batch.saved.insert(content.origin)
        if content.status == .published && content.publishedAt == nil {
            // Publishing stamps the time once; re-importing undated copy keeps the first stamp.
            content.publishedAt = existing?.content.publishedAt ?? draft.createdAt ?? now
        }
        let stored = StoredContent(content)
        content = stored.content()
        let section = try await upsert(into: "section", slug: content.section.slug, name: content.section.name, known: &batch.sections, on: connection, logger: logger)
        var tagIDs: [Upserted] = []
        for tag in content.tags {
            tagIDs.append(try await upsert(into: "tag", slug: tag.slug, name: tag.name, known: &batch.tags, on: connection, logger: logger))
        }
        var touched: Set<ContentTag> = section.isNew || section.isRenamed || tagIDs.contains(where: \.isRenamed) ? [.site] : []
        let createdAt = PostgresCoding.instant(draft.createdAt)
        let updatedAt = PostgresCoding.instant(draft.updatedAt)
        func lists(author: UserID?) -> Set<ContentTag> {
            ContentTag.lists(status: content.status, section: content.section.slug, tags: content.tags.map(\.slug), author: author, publishedAt: content.publishedAt)
        }
        let newMonth = content.status == .published ? content.publishedAt : nil

        guard let existing else {
            if try await changesCalendar(from: nil, to: newMonth, id: nil, filled: &batch.filledMonths, on: connection, logger: logger) { touched.insert(.calendar) }
            let created = createdAt ?? PostgresCoding.instant(now)
            let updated = updatedAt ?? created
            let id = try await connection.row("""
                INSERT INTO article (origin_source, origin_key, slug, section_id, headline, highlight, status, urgent, source_url, credit,
                    embargo, created_at, published_at, updated_at, revision, author_id, saved_by, save_note, content)
                VALUES (\(content.origin.source), \(content.origin.key), \(content.slug), \(section.id), \(content.headline), \(stored.highlight),
                    \(content.status.rawValue), \(content.urgent), \(content.sourceURL), \(content.credit), \(content.embargo), \(created),
                    \(content.publishedAt), \(updated), 1, \(author?.rawValue), \(author?.rawValue), \(note), \(stored.json))
                RETURNING id
                """, logger: logger)?.get("id", as: Int64.self) ?? 0
            try await replaceTags(of: id, with: tagIDs.map(\.id), isNew: true, on: connection, logger: logger)
            touched.formUnion(lists(author: author))
            touched.formUnion(ContentTag.orders(old: nil, new: (content.status, content.section.slug, content.tags.map(\.slug), content.publishedAt)))
            touched.insert(.article(ArticleID(id)))
            // Copy for the incoming desk joins the story other agencies already sent.
            if content.status == .incoming { try await group(id, content: content, receivedAt: now, on: connection, logger: logger) }
            let article = Article(id: ArticleID(id), content: content, createdAt: created, updatedAt: updated, revision: 1, author: author)
            return (SaveResult(article: article, outcome: .created), touched)
        }

        let id = existing.id
        let unchanged = existing.content.isSame(as: stored) && existing.sectionID == section.id && existing.tagIDs == tagIDs.map(\.id)
            && (createdAt ?? existing.created) == existing.created && (updatedAt ?? existing.updated) == existing.updated
        let current = Article(
            id: ArticleID(id), content: existing.content.content(section: content.section, tags: content.tags),
            createdAt: existing.created, updatedAt: existing.updated, revision: existing.revision, author: existing.owner)
        if unchanged { return (SaveResult(article: current, outcome: .unchanged), touched) }
        if author == nil {
            // Copy arriving again from its source. The newsroom's work always wins: a story a person
            // has saved keeps their version, and the source's new one waits beside it.
            if existing.savedBy != nil || existing.owner != nil {
                try await connection.run("""
                    INSERT INTO held_update (article_id, received_at, content) VALUES (\(id), \(PostgresCoding.instant(now)), \(stored.json))
                    ON CONFLICT (article_id) DO UPDATE SET received_at = excluded.received_at, content = excluded.content
                    """, logger: logger)
                return (SaveResult(article: current, outcome: .held), [])
            }
            // An agency resending an older version of an item must not undo its newer one.
            if existing.content.status == .incoming || content.status == .incoming, let updatedAt, updatedAt < existing.updated {
                return (SaveResult(article: current, outcome: .unchanged), [])
            }
        }
        let old = existing.content
        let oldTags = try await connection.rows(
            "SELECT t.slug FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = \(id) ORDER BY x.position", logger: logger
        ).map { try $0.get("slug", as: String.self) }
        let oldSection = try await connection.row("SELECT slug FROM section WHERE id = \(existing.sectionID)", logger: logger)?.get("slug", as: String.self) ?? ""
        touched.formUnion(ContentTag.lists(status: old.status, section: oldSection, tags: oldTags, author: existing.owner, publishedAt: old.publishedAt))
        touched.formUnion(lists(author: existing.owner))
        touched.formUnion(ContentTag.orders(
            old: (old.status, oldSection, oldTags, old.publishedAt),
            new: (content.status, content.section.slug, content.tags.map(\.slug), content.publishedAt)))
        let oldMonth = old.status == .published ? old.publishedAt : nil
        if try await changesCalendar(from: oldMonth, to: newMonth, id: id, filled: &batch.filledMonths, on: connection, logger: logger) { touched.insert(.calendar) }
        touched.insert(.article(ArticleID(id)))

        let created = createdAt ?? existing.created
        let updated = updatedAt ?? PostgresCoding.instant(now)
        try await keepCurrentRevision(of: id, on: connection, logger: logger)
        try await connection.run("""
            UPDATE article SET slug = \(content.slug), section_id = \(section.id), headline = \(content.headline), highlight = \(stored.highlight),
                status = \(content.status.rawValue), urgent = \(content.urgent), source_url = \(content.sourceURL), credit = \(content.credit),
                embargo = \(content.embargo), created_at = \(created), published_at = \(content.publishedAt), updated_at = \(updated),
                revision = \(existing.revision + 1), saved_by = \(author?.rawValue), save_note = \(note), content = \(stored.json)
            WHERE id = \(id)
            """, logger: logger)
        try await replaceTags(of: id, with: tagIDs.map(\.id), on: connection, logger: logger)
        let article = Article(id: ArticleID(id), content: content, createdAt: created, updatedAt: updated, revision: existing.revision + 1, author: existing.owner)
        return (SaveResult(article: article, outcome: .updated), touched)
    }

    /// Whether moving a story's publication from one month to another (nil: not published)
    /// makes a month gain its first story or lose its last, which the archive's month links show.
    private static func changesCalendar(
        from old: Date?, to new: Date?, id: Int64?, filled: inout Set<ContentTag>, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        let before = old.map(ContentTag.month(of:)), after = new.map(ContentTag.month(of:))
        guard before != after else { return false }
        // A month this batch already saw holding another story keeps it when one more arrives.
        if before == nil, let after, filled.contains(after) { return false }
        if let after { filled.insert(after) }
        if let before { filled.remove(before) }
        for month in [before, after].compactMap({ $0 }) {
            guard case .month(let year, let number) = month, let (start, end) = monthBounds(year: year, month: number) else { continue }
            let others = try await connection.row("""
                SELECT EXISTS (SELECT 1 FROM article WHERE status = 'published' AND published_at >= \(start) AND published_at < \(end)
                               AND id <> \(id ?? 0)) AS others
                """, logger: logger)?.get("others", as: Bool.self) ?? false
            if !others { return true }
        }
        return false
    }

    static func monthBounds(year: Int, month: Int) -> (Date, Date)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return (start, end)
    }

    private static func replaceTags(of article: Int64, with tags: [Int64], isNew: Bool = false, on connection: PostgresConnection, logger: Logger) async throws {
        if !isNew { try await connection.run("DELETE FROM article_tag WHERE article_id = \(article)", logger: logger) }
        guard !tags.isEmpty else { return }
        try await connection.run("""
            INSERT INTO article_tag (article_id, tag_id, position)
            SELECT \(article), tag, position - 1 FROM unnest(\(tags)::bigint[]) WITH ORDINALITY AS t(tag, position)
            """, logger: logger)
    }

    /// A section's or tag's row, and whether saving created or renamed it: every page's
    /// navigation lists the sections, and a tag's name shows on each of its articles.
    private struct Upserted {
        var id: Int64
        var isNew = false
        var isRenamed = false
    }

    /// Sections and tags are shared by slug; the latest name given wins, so an editor can rename one.
    private static func upsert(
        into table: String, slug: String, name: String, known: inout [String: (id: Int64, name: String)], on connection: PostgresConnection, logger: Logger
    ) async throws -> Upserted {
        if let seen = known[slug], seen.name == name { return Upserted(id: seen.id) }
        let upserted = try await upsert(into: table, slug: slug, name: name, on: connection, logger: logger)
        known[slug] = (upserted.id, name)
        return upserted
    }

    private static func upsert(into table: String, slug: String, name: String, on connection: PostgresConnection, logger: Logger) async throws -> Upserted {
        let typeAhead = table == "tag" ? SearchTerms.typeAheadVector(name) : ""
        // Inserting first and reading back on conflict: two instances saving a new tag at once get one row.
        let inserted = table == "tag"
            ? try await connection.row("""
                INSERT INTO tag (slug, name, type_ahead) VALUES (\(slug), \(name), \(typeAhead)::tsvector) ON CONFLICT (slug) DO NOTHING RETURNING id
                """, logger: logger)
            : try await connection.row("INSERT INTO section (slug, name) VALUES (\(slug), \(name)) ON CONFLICT (slug) DO NOTHING RETURNING id", logger: logger)
        if let id = try inserted?.get("id", as: Int64.self) { return Upserted(id: id, isNew: true) }
        guard let row = try await connection.row("SELECT id, name FROM \(unescaped: table) WHERE slug = \(slug)", logger: logger) else {
            throw StoreError.cannotWrite(path: "\(table) \(slug)", reason: "the row vanished while it was saved")
        }
        let id: Int64 = try row.get("id")
        guard try row.get("name", as: String.self) != name else { return Upserted(id: id) }
        if table == "tag" {
            try await connection.run("UPDATE tag SET name = \(name), type_ahead = \(typeAhead)::tsvector WHERE id = \(id)", logger: logger)
        } else {
            try await connection.run("UPDATE section SET name = \(name) WHERE id = \(id)", logger: logger)
        }
        return Upserted(id: id, isRenamed: true)
    }
}
