import Foundation
import NashirDomain
import PostgresNIO

extension PostgresStore: MediaStore {
    public func addMedia(
        width: Int, height: Int, alt: String, caption: String?, credit: String?, renditions: [MediaRendition], by: UserID?, at date: Date
    ) async throws -> MediaItem {
        let json = String(decoding: try JSONEncoder().encode(renditions), as: UTF8.self)
        let uploaded = PostgresCoding.instant(date)
        return try await write { connection in
            let id = try await connection.row("""
                INSERT INTO media (width, height, alt, caption, credit, renditions, uploaded_by, uploaded_at)
                VALUES (\(width), \(height), \(alt), \(caption), \(credit), \(json), \(by?.rawValue), \(uploaded)) RETURNING id
                """, logger: self.logger)?.get("id", as: Int64.self) ?? 0
            return MediaItem(
                id: MediaID(id), width: width, height: height, alt: alt, caption: caption, credit: credit, renditions: renditions,
                uploadedBy: by, uploadedAt: uploaded)
        }
    }

    public func media(id: MediaID) async throws -> MediaItem? {
        try await read { connection in try await connection.row("SELECT * FROM media WHERE id = \(id.rawValue)", logger: self.logger).map(Self.media) }
    }

    public func recentMedia(limit: Int) async throws -> [MediaItem] {
        try await read { connection in
            try await connection.rows("SELECT * FROM media ORDER BY id DESC LIMIT \(max(limit, 0))", logger: self.logger).map(Self.media)
        }
    }

    static func media(_ row: PostgresRandomAccessRow) throws -> MediaItem {
        let json: String = try row.get("renditions")
        return MediaItem(
            id: MediaID(try row.get("id", as: Int64.self)), width: try row.get("width"), height: try row.get("height"), alt: try row.get("alt"),
            caption: try row.get("caption"), credit: try row.get("credit"),
            renditions: (try? JSONDecoder().decode([MediaRendition].self, from: Data(json.utf8))) ?? [],
            uploadedBy: try row.get("uploaded_by", as: Int64?.self).map { UserID($0) }, uploadedAt: try row.get("uploaded_at"))
    }
}
