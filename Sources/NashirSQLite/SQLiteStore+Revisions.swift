import Foundation
import GRDB
import NashirDomain

/// The article row is its latest revision; `article_revision` keeps the states it replaced. A
/// save that creates an article writes it once, and an edit copies the state it supersedes, so
/// an import of a whole archive is not written twice.
extension SQLiteStore: RevisionHistory {
    public func revisions(of article: ArticleID) async throws -> [ArticleRevision] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: Self.revisionsQuery(number: false), arguments: [article.rawValue, article.rawValue]).map(Self.revision)
        }
    }

    public func revision(of article: ArticleID, number: Int) async throws -> ArticleRevision? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: Self.revisionsQuery(number: true), arguments: [article.rawValue, number, article.rawValue, number])
                .map(Self.revision)
        }
    }

    /// The kept revisions and the current one, oldest first (optionally just one number).
    private static func revisionsQuery(number: Bool) -> String {
        let only = number ? " AND r.number = ?" : ""
        let current = number ? " AND a.revision = ?" : ""
        return """
            SELECT r.article_id, r.number, r.saved_at, r.author_id, r.content, r.note, u.display_name
            FROM article_revision r LEFT JOIN account u ON u.id = r.author_id
            WHERE r.article_id = ?\(only)
            UNION ALL
            SELECT a.id, a.revision, a.updated_at, a.saved_by, \(snapshotJSON), a.save_note, u.display_name
            FROM article a JOIN section s ON s.id = a.section_id LEFT JOIN account u ON u.id = a.saved_by
            WHERE a.id = ?\(current)
            ORDER BY 2
            """
    }

    static func revision(_ row: Row) -> ArticleRevision {
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

    /// Keeps the article's current state as a past revision, inside the save's transaction and
    /// before the save changes the row or its tags.
    static func keepCurrentRevision(of article: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note)
            SELECT a.id, a.revision, a.updated_at, a.saved_by, \(snapshotJSON), a.save_note
            FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = ?
            """).execute(arguments: [article])
    }

    /// `RevisionSnapshot`'s JSON of the article `a` in section `s`, built by SQLite: the columns
    /// by their own names, the flag as JSON true or null (like `ArticleRow.urgent`), section and tags.
    private static let snapshotJSON: String = {
        let columns = ArticleRow.CodingKeys.allCases.map { key in
            key == .urgent ? "'urgent', CASE WHEN a.urgent THEN json('true') END" : "'\(key.rawValue)', a.\(key.rawValue)"
        }
        return """
            json_object(\(columns.joined(separator: ", ")), 'section_slug', s.slug, 'section_name', s.name,
                'tags', json((SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
                              FROM (SELECT t.slug, t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id
                                    WHERE x.article_id = a.id ORDER BY x.position) t)))
            """
    }()
}

/// A revision's content as stored: the article's columns (the same names as the table, so SQL
/// writes them: migration 005 and `snapshotJSON`) plus its section and tags.
struct RevisionSnapshot: Codable {
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

    init(_ content: ArticleContent) {
        row = ArticleRow(content)
        section = content.section
        tags = content.tags
    }

    func encode(to encoder: any Encoder) throws {
        try row.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(section.slug, forKey: .sectionSlug)
        try container.encode(section.name, forKey: .sectionName)
        try container.encode(tags, forKey: .tags)
    }
}
