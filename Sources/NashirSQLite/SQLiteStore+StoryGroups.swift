import Foundation
import GRDB
import NashirDomain

extension SQLiteStore {
    /// How far back an arrival looks for the same story: agencies send one event within hours,
    /// and a story three days old is a new day's follow-up, not a duplicate.
    static let groupingWindow: TimeInterval = 3 * 86_400

    /// Files an incoming item into the group of the most similar recent item that tells the same
    /// story (found through the LSH band index, then verified exactly), or into a group of its own.
    static func group(_ id: Int64, content: ArticleContent, receivedAt: Date, in db: Database, matcher: StoryMatcher = .standard) throws {
        let fingerprint = StoryFingerprint(content: content)
        var group = id
        let bands = fingerprint.isEmpty ? [] : fingerprint.bandKeys
        if !bands.isEmpty {
            let placeholders = Array(repeating: "?", count: bands.count).joined(separator: ", ")
            var arguments = StatementArguments(bands)
            arguments += [ColumnCoding.timestamp(receivedAt.addingTimeInterval(-groupingWindow)), id]
            let candidates = try Row.fetchAll(db, sql: """
                SELECT DISTINCT f.article_id, f.group_id, f.signature, a.origin_source
                FROM story_band b JOIN story_fingerprint f ON f.article_id = b.article_id JOIN article a ON a.id = f.article_id
                WHERE b.band IN (\(placeholders)) AND f.received_at >= ? AND f.article_id <> ?
                """, arguments: arguments)
            var best: (score: Double, group: Int64)?
            for candidate in candidates {
                let blob: Data = candidate["signature"]
                guard let other = try? StoryFingerprint(encoded: [UInt8](blob)) else { continue }
                let oneSource = (candidate["origin_source"] as String) == content.origin.source
                guard matcher.isSameStory(fingerprint, other, fromOneSource: oneSource) else { continue }
                let score = matcher.score(fingerprint, other)
                if best == nil || score > best!.score { best = (score, candidate["group_id"]) }
            }
            if let best { group = best.group }
        }
        try db.execute(sql: """
            INSERT INTO story_fingerprint (article_id, group_id, received_at, signature) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature
            """, arguments: [id, group, ColumnCoding.timestamp(receivedAt), Data(fingerprint.encoded)])
        try db.execute(sql: "DELETE FROM story_band WHERE article_id = ?", arguments: [id])
        for band in Set(bands) {
            try db.execute(sql: "INSERT INTO story_band (band, article_id) VALUES (?, ?)", arguments: [band, id])
        }
    }
}
