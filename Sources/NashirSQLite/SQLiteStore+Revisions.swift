import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: RevisionHistory {
    public func revisions(of article: ArticleID) async throws -> [ArticleRevision] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, u.display_name FROM article_revision r LEFT JOIN account u ON u.id = r.author_id
                WHERE r.article_id = ? ORDER BY r.number
                """, arguments: [article.rawValue]).map(Self.revision)
        }
    }

    public func revision(of article: ArticleID, number: Int) async throws -> ArticleRevision? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT r.*, u.display_name FROM article_revision r LEFT JOIN account u ON u.id = r.author_id
                WHERE r.article_id = ? AND r.number = ?
                """, arguments: [article.rawValue, number]).map(Self.revision)
        }
    }

    private static func revision(_ row: Row) -> ArticleRevision {
        let json: String = row["content"]
        // Written by this store from a validated article, so a failure means a damaged file.
        let snapshot = try? JSONDecoder().decode(RevisionSnapshot.self, from: Data(json.utf8))
        let content = snapshot.map { $0.row.content(section: $0.section, tags: $0.tags) }
        return ArticleRevision(
            article: ArticleID(row["article_id"] as Int64), number: row["number"],
            savedAt: ColumnCoding.date(row["saved_at"]) ?? .distantPast,
            author: (row["author_id"] as Int64?).map { UserID($0) }, authorName: row["display_name"],
            content: content ?? ArticleContent(
                origin: ArticleOrigin(source: "damaged", key: "\(row["article_id"] as Int64)"), slug: "-",
                section: Section(slug: "-", name: "-"), headline: "(revision unreadable)", body: []),
            note: row["note"])
    }

    /// Keeps the state just written as revision `number`, inside the save's transaction. The
    /// snapshot is built by SQLite from the row and tags just written: encoding it in Swift cost
    /// an import a fifth of its speed, and the row is what the revision must show anyway.
    static func recordRevision(_ number: Int, of article: Int64, at savedAt: String, author: UserID?, note: String?, in db: Database) throws {
        try db.cachedStatement(sql: revisionInsert).execute(arguments: [number, savedAt, author?.rawValue, note, article])
    }

    /// `RevisionSnapshot`'s JSON, written in SQL: the article's columns by their own names,
    /// the flag as JSON true or null (like `ArticleRow.urgent`), section and tags.
    private static let revisionInsert: String = {
        let columns = ArticleRow.CodingKeys.allCases.map { key in
            key == .urgent ? "'urgent', CASE WHEN a.urgent THEN json('true') END" : "'\(key.rawValue)', a.\(key.rawValue)"
        }
        return """
            INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note)
            SELECT a.id, ?, ?, ?, json_object(
                \(columns.joined(separator: ", ")), 'section_slug', s.slug, 'section_name', s.name,
                'tags', json((SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
                              FROM (SELECT t.slug, t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id
                                    WHERE x.article_id = a.id ORDER BY x.position) t))), ?
            FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = ?
            """
    }()
}

/// A revision's content as stored: the article's columns (the same names as the table, so SQL
/// writes them: migration 005 and `recordRevision`) plus its section and tags.
struct RevisionSnapshot: Decodable {
    var row: ArticleRow
    var section: Section
    var tags: [Tag]

    private enum Keys: String, CodingKey {
        case sectionSlug = "section_slug", sectionName = "section_name", tags
    }

    init(from decoder: any Decoder) throws {
        row = try ArticleRow(from: decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        section = Section(
            slug: try container.decode(String.self, forKey: .sectionSlug),
            name: try container.decode(String.self, forKey: .sectionName))
        tags = try container.decode([Tag].self, forKey: .tags)
    }
}
