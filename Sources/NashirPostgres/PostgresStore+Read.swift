import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: ArticleReading {
    public func article(id: ArticleID) async throws -> Article? {
        try await read { connection in try await Self.article(where: "a.id = \(id.rawValue)", on: connection, logger: self.logger) }
    }

    public func article(origin: ArticleOrigin) async throws -> Article? {
        try await read { connection in
            var builder = QueryBuilder()
            let condition = "a.origin_source = \(try builder.bind(origin.source)) AND a.origin_key = \(try builder.bind(origin.key))"
            return try await Self.articles(builder, where: condition, on: connection, logger: self.logger).first
        }
    }

    public func list(_ query: ArticleQuery, now: Date) async throws -> ArticleList {
        try await read { connection in
            var builder = QueryBuilder()
            let filter = try Self.filter(query, now: now, into: &builder)
            let rows = try await connection.rows(builder.query("""
                SELECT \(Self.summaryColumns) FROM article a JOIN section s ON s.id = a.section_id
                \(filter) ORDER BY \(Self.orderBy(query.order)) LIMIT \(max(query.limit, 0)) OFFSET \(max(query.offset, 0))
                """), logger: self.logger)
            let items = try rows.map(Self.summary)
            // A short page needs no count: its offset plus its length is the total.
            let total = !query.countsTotal || items.count < query.limit && (query.offset == 0 || !items.isEmpty)
                ? query.offset + items.count
                : try await connection.row(builder.query("SELECT COUNT(*) AS n FROM article a JOIN section s ON s.id = a.section_id \(filter)"), logger: self.logger)?
                    .get("n", as: Int.self) ?? 0
            var next: Date?
            if query.publishedOnly && query.order != .lastChange {
                var scheduled = query
                scheduled.publishedOnly = false
                var scope = QueryBuilder()
                let clauses = try Self.filter(scheduled, now: now, into: &scope)
                let prefix = clauses.isEmpty ? "WHERE" : clauses + " AND"
                let after = try scope.bind(now)
                next = try await connection.row(scope.query("""
                    SELECT MIN(a.published_at) AS next FROM article a JOIN section s ON s.id = a.section_id
                    \(prefix) a.status = 'published' AND a.published_at > \(after)
                    """), logger: self.logger)?.get("next", as: Date?.self)
            }
            return ArticleList(items: items, total: total, nextPublication: next)
        }
    }

    public func publicationMonths(now: Date) async throws -> [PublicationMonth] {
        try await read { connection in
            try await connection.rows("""
                SELECT EXTRACT(YEAR FROM published_at AT TIME ZONE 'UTC')::integer AS year,
                       EXTRACT(MONTH FROM published_at AT TIME ZONE 'UTC')::integer AS month, COUNT(*)::integer AS articles,
                       MAX(updated_at) AS changed
                FROM article WHERE status = 'published' AND published_at <= \(now)
                GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC
                """, logger: self.logger).map { row in
                PublicationMonth(year: try row.get("year"), month: try row.get("month"), articles: try row.get("articles"), lastModified: try row.get("changed"))
            }
        }
    }

    public func section(slug: String) async throws -> Section? {
        try await read { connection in
            try await connection.row("SELECT slug, name FROM section WHERE slug = \(slug)", logger: self.logger).map(Self.section)
        }
    }

    public func sections() async throws -> [Section] {
        try await read { connection in try await connection.rows("SELECT slug, name FROM section ORDER BY id", logger: self.logger).map(Self.section) }
    }

    public func tag(slug: String) async throws -> Tag? {
        try await read { connection in
            try await connection.row("SELECT slug, name FROM tag WHERE slug = \(slug)", logger: self.logger).map(Self.tag)
        }
    }

    public func tags(startingWith prefix: String, limit: Int) async throws -> [TagUse] {
        // LIKE's wildcards in what was typed are meant literally.
        let pattern = prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try await read { connection in
            try await connection.rows("""
                SELECT t.slug, t.name, COUNT(x.article_id)::integer AS uses
                FROM tag t LEFT JOIN article_tag x ON x.tag_id = t.id
                WHERE t.name LIKE \(pattern) OR t.slug LIKE \(pattern)
                GROUP BY t.id ORDER BY uses DESC, t.name COLLATE "C" LIMIT \(max(limit, 0))
                """, logger: self.logger).map { TagUse(tag: try Self.tag($0), articles: try $0.get("uses")) }
        }
    }

    public func publishedTags(now: Date, limit: Int) async throws -> [TagUse] {
        try await read { connection in
            try await connection.rows("""
                SELECT t.slug, t.name, COUNT(*)::integer AS uses
                FROM tag t JOIN article_tag x ON x.tag_id = t.id JOIN article a ON a.id = x.article_id
                WHERE a.status = 'published' AND a.published_at <= \(now)
                GROUP BY t.id ORDER BY uses DESC, t.name COLLATE "C" LIMIT \(max(limit, 0))
                """, logger: self.logger).map { TagUse(tag: try Self.tag($0), articles: try $0.get("uses")) }
        }
    }

    public func sharingTags(with id: ArticleID, limit: Int, now: Date) async throws -> [ArticleSummary] {
        try await read { connection in
            try await connection.rows("""
                SELECT \(unescaped: Self.summaryColumns), COUNT(*) AS shared
                FROM article_tag mine JOIN article_tag theirs ON theirs.tag_id = mine.tag_id AND theirs.article_id <> mine.article_id
                JOIN article a ON a.id = theirs.article_id JOIN section s ON s.id = a.section_id
                WHERE mine.article_id = \(id.rawValue) AND a.status = 'published' AND a.published_at <= \(now)
                GROUP BY a.id, s.id ORDER BY shared DESC, a.published_at DESC, a.id DESC LIMIT \(max(limit, 0))
                """, logger: self.logger).map(Self.summary)
        }
    }

    public func forEachArticle(batchSize: Int, _ body: @Sendable ([Article]) throws -> Void) async throws {
        var after: Int64 = 0
        while true {
            let cursor = after
            let batch = try await read { connection in
                var builder = QueryBuilder()
                let condition = "a.id > \(try builder.bind(cursor)) ORDER BY a.id LIMIT \(max(batchSize, 1))"
                return try await Self.articles(builder, where: condition, on: connection, logger: self.logger)
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = last.id.rawValue
        }
    }

    // MARK: - Shared SQL

    /// The columns `summary(_:)` reads, from `article a JOIN section s`.
    static let summaryColumns = """
        a.id, a.slug, a.headline, a.published_at, a.status, a.updated_at, a.author_id, a.revision, a.urgent, a.highlight,
        s.slug AS section_slug, s.name AS section_name
        """

    static func summary(_ row: PostgresRandomAccessRow) throws -> ArticleSummary {
        ArticleSummary(
            id: ArticleID(try row.get("id", as: Int64.self)), slug: try row.get("slug"),
            section: Section(slug: try row.get("section_slug"), name: try row.get("section_name")),
            headline: try row.get("headline"), highlight: try row.get("highlight"), publishedAt: try row.get("published_at"),
            status: ArticleStatus(rawValue: try row.get("status")) ?? .draft, updatedAt: try row.get("updated_at"),
            author: try row.get("author_id", as: Int64?.self).map { UserID($0) }, revision: try row.get("revision"), urgent: try row.get("urgent"))
    }

    static func section(_ row: PostgresRandomAccessRow) throws -> Section {
        Section(slug: try row.get("slug"), name: try row.get("name"))
    }

    static func tag(_ row: PostgresRandomAccessRow) throws -> Tag {
        Tag(slug: try row.get("slug"), name: try row.get("name"))
    }

    static func orderBy(_ order: ArticleOrder) -> String {
        switch order {
        case .publication: "a.published_at DESC, a.id DESC"
        case .publicationOldestFirst: "a.published_at ASC, a.id ASC"
        case .lastChange: "a.updated_at DESC, a.id DESC"
        }
    }

    /// One article whatever its status, with its section and tags as they are named now.
    static func article(where condition: String, on connection: PostgresConnection, logger: Logger) async throws -> Article? {
        try await articles(QueryBuilder(), where: condition, on: connection, logger: logger).first
    }

    /// The articles `condition` (SQL over `article a`, with `builder`'s parameters) selects, in its order.
    static func articles(_ builder: QueryBuilder, where condition: String, on connection: PostgresConnection, logger: Logger) async throws -> [Article] {
        try await connection.rows(builder.query("""
            SELECT a.id, a.content, a.created_at, a.updated_at, a.revision, a.author_id, s.slug AS section_slug, s.name AS section_name,
                   COALESCE((SELECT json_agg(json_build_array(t.slug, t.name) ORDER BY x.position)
                             FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id), '[]')::text AS tags
            FROM article a JOIN section s ON s.id = a.section_id
            WHERE \(condition)
            """), logger: logger).map { row in
            let stored = try StoredContent(json: try row.get("content"))
            let pairs = try JSONDecoder().decode([[String]].self, from: Data(try row.get("tags", as: String.self).utf8))
            let content = stored.content(
                section: Section(slug: try row.get("section_slug"), name: try row.get("section_name")),
                tags: pairs.map { Tag(slug: $0[0], name: $0[1]) })
            return Article(
                id: ArticleID(try row.get("id", as: Int64.self)), content: content, createdAt: try row.get("created_at"),
                updatedAt: try row.get("updated_at"), revision: try row.get("revision"), author: try row.get("author_id", as: Int64?.self).map { UserID($0) })
        }
    }

    private static func filter(_ query: ArticleQuery, now: Date, into builder: inout QueryBuilder) throws -> String {
        var clauses: [String] = []
        if query.publishedOnly { clauses.append("a.status = 'published'") }
        switch (query.publishedOnly, query.publishedBefore) {
        case (true, let before?) where before <= now, (false, let before?):
            clauses.append("a.published_at < \(try builder.bind(before))")
        case (true, _):
            clauses.append("a.published_at <= \(try builder.bind(now))")
        case (false, nil):
            break
        }
        if let section = query.sectionSlug { clauses.append("s.slug = \(try builder.bind(section))") }
        if let statuses = query.statuses { clauses.append("a.status = ANY(\(try builder.bind(statuses.map(\.rawValue).sorted())))") }
        if let author = query.author { clauses.append("a.author_id = \(try builder.bind(author.rawValue))") }
        if let from = query.changedFrom { clauses.append("a.updated_at >= \(try builder.bind(from))") }
        if let before = query.changedBefore { clauses.append("a.updated_at < \(try builder.bind(before))") }
        if query.urgentOnly { clauses.append("a.urgent") }
        if let from = query.publishedFrom { clauses.append("a.published_at >= \(try builder.bind(from))") }
        if let tag = query.tagSlug {
            clauses.append("a.id IN (SELECT x.article_id FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE t.slug = \(try builder.bind(tag)))")
        }
        return clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }
}
