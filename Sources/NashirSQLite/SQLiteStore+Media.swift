import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: MediaStore {
    public func addMedia(
        width: Int, height: Int, alt: String, caption: String?, credit: String?, renditions: [MediaRendition], by: UserID?, at date: Date
    ) async throws -> MediaItem {
        let json = String(decoding: try JSONEncoder().encode(renditions), as: UTF8.self)
        return try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO media (width, height, alt, caption, credit, renditions, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [width, height, alt, caption, credit, json, by?.rawValue, ColumnCoding.timestamp(date)])
            return MediaItem(
                id: MediaID(db.lastInsertedRowID), width: width, height: height, alt: alt, caption: caption, credit: credit,
                renditions: renditions, uploadedBy: by, uploadedAt: ColumnCoding.date(ColumnCoding.timestamp(date)) ?? date)
        }
    }

    public func media(id: MediaID) async throws -> MediaItem? {
        try await pool.read { db in try Self.media(id: id, in: db) }
    }

    /// Upload `id`, inside a read.
    static func media(id: MediaID, in db: Database) throws -> MediaItem? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM media WHERE id = ?"), arguments: [id.rawValue]).map(Self.media)
    }

    public func recentMedia(limit: Int) async throws -> [MediaItem] {
        try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM media ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.media) }
    }

    static func media(_ row: Row) -> MediaItem {
        let json: String = row["renditions"]
        return MediaItem(
            id: MediaID(row["id"] as Int64), width: row["width"], height: row["height"], alt: row["alt"], caption: row["caption"],
            credit: row["credit"], renditions: (try? JSONDecoder().decode([MediaRendition].self, from: Data(json.utf8))) ?? [],
            uploadedBy: (row["uploaded_by"] as Int64?).map { UserID($0) }, uploadedAt: ColumnCoding.date(row["uploaded_at"]) ?? .distantPast)
    }
}
