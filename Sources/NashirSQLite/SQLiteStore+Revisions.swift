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

    /// Keeps the state just written as revision `number`, inside the save's transaction.
    static func recordRevision(
        _ number: Int, of article: Int64, row: ArticleRow, content: ArticleContent, at savedAt: String,
        author: UserID?, note: String?, in db: Database
    ) throws {
        let snapshot = RevisionSnapshot(row: row, section: content.section, tags: content.tags)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(snapshot), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article, number, savedAt, author?.rawValue, json, note])
    }
}

/// A revision's content as stored: the article's columns (the same names as the table, so
/// migration 005 could write the first ones in SQL) plus its section and tags.
struct RevisionSnapshot: Codable {
    var row: ArticleRow
    var section: Section
    var tags: [Tag]

    private enum Keys: String, CodingKey {
        case sectionSlug = "section_slug", sectionName = "section_name", tags
    }

    init(row: ArticleRow, section: Section, tags: [Tag]) {
        self.row = row
        self.section = section
        self.tags = tags
    }

    init(from decoder: any Decoder) throws {
        row = try ArticleRow(from: decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        section = Section(
            slug: try container.decode(String.self, forKey: .sectionSlug),
            name: try container.decode(String.self, forKey: .sectionName))
        tags = try container.decode([Tag].self, forKey: .tags)
    }

    func encode(to encoder: any Encoder) throws {
        try row.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(section.slug, forKey: .sectionSlug)
        try container.encode(section.name, forKey: .sectionName)
        try container.encode(tags, forKey: .tags)
    }
}
