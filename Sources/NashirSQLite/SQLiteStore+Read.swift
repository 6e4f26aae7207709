import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticleReading, SearchIndexing {
    public func article(id: ArticleID) async throws -> Article? {
        try await pool.read { db in try Self.article(id: id.rawValue, in: db) }
    }

    public func article(origin: ArticleOrigin) async throws -> Article? {
        try await pool.read { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE origin_source = ? AND origin_key = ?", arguments: [origin.source, origin.key])
            return try id.flatMap { try Self.article(id: $0, in: db) }
        }
    }

    public func list(_ query: ArticleQuery, now: Date) async throws -> ArticleList {
        try await pool.read { db in try Self.list(query, now: now, in: db) }
    }

    static func list(_ query: ArticleQuery, now: Date, in db: Database) throws -> ArticleList {
        let (filter, arguments) = Self.filter(query, now: now)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(Self.summaryColumns)
            FROM article a JOIN section s ON s.id = a.section_id
            \(filter)
            ORDER BY \(Self.orderBy(query.order))
            LIMIT ? OFFSET ?
            """), arguments: arguments + [query.limit, query.offset])
        let items = rows.map(Self.summary)
        // A short page needs no count: its offset plus its length is the total.
        let total = !query.countsTotal || items.count < query.limit && (query.offset == 0 || !items.isEmpty)
            ? query.offset + items.count
            : try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM article a JOIN section s ON s.id = a.section_id \(filter)"), arguments: arguments) ?? 0
        let next = query.publishedOnly && query.order != .lastChange ? try nextPublication(joining: query, now: now, in: db) : nil
        return ArticleList(items: items, total: total, nextPublication: next)
    }

    /// The earliest scheduled publication that will bring a story into `query`'s list.
    private static func nextPublication(joining query: ArticleQuery, now: Date, in db: Database) throws -> Date? {
        // A list that ends before now waits for nothing.
        if let before = query.publishedBefore, before <= now { return nil }
        var scheduled = query
        scheduled.publishedOnly = false
        // One lower bound, the tighter: given two, SQLite seeks on one and tests the other on
        // each row it walks (for an old story's next, every later story of its section).
        var lower = ("a.published_at > ?", now)
        if let from = query.publishedFrom {
            scheduled.publishedFrom = nil
            if from > now { lower = ("a.published_at >= ?", from) }
        }
        let (scope, scopeArguments) = Self.filter(scheduled, now: now)
        let prefix = scope.isEmpty ? "WHERE" : scope + " AND"
        return ColumnCoding.date(try String.fetchOne(db.cachedStatement(sql: """
            SELECT MIN(a.published_at) FROM article a JOIN section s ON s.id = a.section_id
            \(prefix) a.status = 'published' AND \(lower.0)
            """), arguments: scopeArguments + [ColumnCoding.timestamp(lower.1)]))
    }

    public func publicationMonths(now: Date) async throws -> [PublicationMonth] {
        try await pool.read { db in
            // Timestamps are fixed-width UTC text, so the month is their first seven characters.
            try Row.fetchAll(db, sql: """
                SELECT substr(published_at, 1, 7) AS month, COUNT(*) AS articles, MAX(updated_at) AS changed
                FROM article WHERE status = 'published' AND published_at <= ?
                GROUP BY month ORDER BY month DESC
                """, arguments: [ColumnCoding.timestamp(now)]).compactMap { row in
                let month: String = row["month"]
                guard let year = Int(month.prefix(4)), let number = Int(month.suffix(2)), let changed = ColumnCoding.date(row["changed"]) else { return nil }
                return PublicationMonth(year: year, month: number, articles: row["articles"], lastModified: changed)
            }
        }
    }

    public func section(slug: String) async throws -> Section? {
        try await pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, name FROM section WHERE slug = ?"), arguments: [slug])
                .map { Section(slug: $0["slug"], name: $0["name"]) }
        }
    }

    public func sections() async throws -> [Section] {
        try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT slug, name FROM section ORDER BY id"))
                .map { Section(slug: $0["slug"], name: $0["name"]) }
        }
    }

    public func tag(slug: String) async throws -> Tag? {
        try await pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, name FROM tag WHERE slug = ?"), arguments: [slug])
                .map { Tag(slug: $0["slug"], name: $0["name"]) }
        }
    }

    public func tags(startingWith prefix: String, limit: Int) async throws -> [TagUse] {
        // LIKE's wildcards in what was typed are meant literally.
        let pattern = prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.slug, t.name, COUNT(at.article_id) AS uses
                FROM tag t LEFT JOIN article_tag at ON at.tag_id = t.id
                WHERE t.name LIKE ? ESCAPE '\\' OR t.slug LIKE ? ESCAPE '\\'
                GROUP BY t.id ORDER BY uses DESC, t.name LIMIT ?
                """, arguments: [pattern, pattern, max(limit, 0)])
                .map { TagUse(tag: Tag(slug: $0["slug"], name: $0["name"]), articles: $0["uses"]) }
        }
    }

    public func publishedTags(now: Date, limit: Int) async throws -> [TagUse] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.slug, t.name, COUNT(*) AS uses
                FROM tag t JOIN article_tag at ON at.tag_id = t.id JOIN article a ON a.id = at.article_id
                WHERE a.status = 'published' AND a.published_at <= ?
                GROUP BY t.id ORDER BY uses DESC, t.name LIMIT ?
                """, arguments: [ColumnCoding.timestamp(now), max(limit, 0)])
                .map { TagUse(tag: Tag(slug: $0["slug"], name: $0["name"]), articles: $0["uses"]) }
        }
    }

    public func forEachArticle(batchSize: Int, _ body: @Sendable ([Article]) throws -> Void) async throws {
        var after: Int64 = 0
        while true {
            let cursor = after
            let batch = try await pool.read { db in
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE id > ? ORDER BY id LIMIT ?", arguments: [cursor, batchSize])
                return try ids.compactMap { try Self.article(id: $0, in: db) }
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = last.id.rawValue
        }
    }

    public func reindex() async throws {
        try await pool.write { db in
            // Only search results change, and no page cache holds those.
            try SearchIndex.rebuild(in: db)
        }
    }

    public func sharingTags(with id: ArticleID, limit: Int, now: Date) async throws -> [ArticleSummary] {
        try await pool.read { db in try Self.sharingTags(with: id, limit: limit, now: now, in: db) }
    }

    static func sharingTags(with id: ArticleID, limit: Int, now: Date, in db: Database) throws -> [ArticleSummary] {
        // CROSS JOIN fixes the order: from the story's own tags outward. Left to itself, SQLite
        // walked every published article (100 ms at 26,000) when the tag tables were small.
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(Self.summaryColumns), COUNT(*) AS shared
            FROM article_tag mine CROSS JOIN article_tag theirs ON theirs.tag_id = mine.tag_id AND theirs.article_id != mine.article_id
            CROSS JOIN article a ON a.id = theirs.article_id JOIN section s ON s.id = a.section_id
            WHERE mine.article_id = ? AND a.status = 'published' AND a.published_at <= ?
            GROUP BY a.id ORDER BY shared DESC, a.published_at DESC, a.id DESC LIMIT ?
            """), arguments: [id.rawValue, ColumnCoding.timestamp(now), max(limit, 0)]).map(Self.summary)
    }

    // MARK: - Shared SQL

    /// The columns `summary(_:)` reads, from `article a JOIN section s`.
    static let summaryColumns = """
        a.id, a.slug, a.headline, a.published_at, a.status, a.updated_at, a.author_id, a.revision, a.urgent,
        COALESCE(a.summary, json_extract(a.highlights, '$[0]')) AS highlight, s.slug AS section_slug, s.name AS section_name
        """

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: ArticleID(row["id"] as Int64), slug: row["slug"],
            section: Section(slug: row["section_slug"], name: row["section_name"]),
            headline: row["headline"], highlight: row["highlight"],
            publishedAt: ColumnCoding.date(row["published_at"]),
            status: ArticleStatus(rawValue: row["status"]) ?? .draft, updatedAt: ColumnCoding.date(row["updated_at"]),
            author: (row["author_id"] as Int64?).map { UserID($0) }, revision: row["revision"], urgent: row["urgent"])
    }

    static func orderBy(_ order: ArticleOrder) -> String {
        switch order {
        case .publication: "a.published_at DESC, a.id DESC"
        case .publicationOldestFirst: "a.published_at ASC, a.id ASC"
        case .lastChange: "a.updated_at DESC, a.id DESC"
        }
    }

    static func article(id: Int64, in db: Database) throws -> Article? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT a.*, s.slug AS section_slug, s.name AS section_name
            FROM article a JOIN section s ON s.id = a.section_id
            WHERE a.id = ?
            """), arguments: [id])
        else { return nil }
        let tags = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
            WHERE at.article_id = ? ORDER BY at.position
            """), arguments: [id]).map { Tag(slug: $0["slug"], name: $0["name"]) }
        return Article(row: row, tags: tags)
    }

    private static func filter(_ query: ArticleQuery, now: Date) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if query.publishedOnly {
            clauses.append("a.status = 'published'")
        }
        // One upper bound on the publication time, the tighter: given two, SQLite seeks on one and
        // tests the other on each row it walks (for an old story's previous, every newer one of its section).
        switch (query.publishedOnly, query.publishedBefore) {
        case (true, let before?) where before <= now, (false, let before?):
            clauses.append("a.published_at < ?")
            arguments += [ColumnCoding.timestamp(before)]
        case (true, _):
            clauses.append("a.published_at <= ?")
            arguments += [ColumnCoding.timestamp(now)]
        case (false, nil):
            break
        }
        if let section = query.sectionSlug {
            clauses.append("s.slug = ?")
            arguments += [section]
        }
        if let statuses = query.statuses {
            clauses.append("a.status IN (\(statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))")
        }
        if let author = query.author {
            clauses.append("a.author_id = ?")
            arguments += [author.rawValue]
        }
        if let from = query.changedFrom {
            clauses.append("a.updated_at >= ?")
            arguments += [ColumnCoding.timestamp(from)]
        }
        if let before = query.changedBefore {
            clauses.append("a.updated_at < ?")
            arguments += [ColumnCoding.timestamp(before)]
        }
        if query.urgentOnly {
            clauses.append("a.urgent = 1")
        }
        if let from = query.publishedFrom {
            clauses.append("a.published_at >= ?")
            arguments += [ColumnCoding.timestamp(from)]
        }
        if let tag = query.tagSlug {
            clauses.append("a.id IN (SELECT at.article_id FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE t.slug = ?)")
            arguments += [tag]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }
}
