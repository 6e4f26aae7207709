import Foundation
import Logging
import NashirDomain
import PostgresNIO

extension PostgresStore: IncomingDesk {
    public func incomingStories(limit: Int) async throws -> [IncomingStory] {
        try await read { connection in
            // Items come newest first; a story's place in the list is its newest item's.
            let rows = try await connection.rows("""
                SELECT \(unescaped: Self.summaryColumns), a.origin_source, a.credit, a.created_at, a.embargo, COALESCE(f.group_id, a.id) AS story
                FROM article a JOIN section s ON s.id = a.section_id LEFT JOIN story_fingerprint f ON f.article_id = a.id
                WHERE a.status = 'incoming'
                ORDER BY a.created_at DESC, a.id DESC
                LIMIT \(max(limit, 0) * 8)
                """, logger: self.logger)
            return IncomingStory.grouped(try rows.map { row in
                (story: try row.get("story", as: Int64.self), item: IncomingItem(
                    summary: try Self.summary(row), source: try row.get("origin_source"), credit: try row.get("credit"),
                    receivedAt: try row.get("created_at"), embargo: try row.get("embargo")))
            }, limit: limit)
        }
    }

    public func take(_ id: ArticleID, by editor: UserID) async throws -> Article {
        guard let current = try await article(id: id) else { throw StoreError.notFound(id) }
        var content = current.content
        content.status = .draft
        let draft = ArticleDraft(content: content)
        try Self.validate([draft])
        let documents = await SearchTerms.analyse([content])
        let now = clock.now()
        return try await write { connection in
            // Locked to the commit: two editors on two instances clicking at once get one draft.
            guard let status = try await connection.row("SELECT status FROM article WHERE id = \(id.rawValue) FOR UPDATE", logger: self.logger)?
                .get("status", as: String.self) else { throw StoreError.notFound(id) }
            guard status == ArticleStatus.incoming.rawValue else {
                throw StoreError.forbiddenTransition(id, from: ArticleStatus(rawValue: status) ?? .draft, to: .draft)
            }
            var article = try await Self.write([draft], documents: documents, now: now, author: editor, note: "من الوارد", on: connection, logger: self.logger)[0].article
            try await connection.run("UPDATE article SET author_id = \(editor.rawValue) WHERE id = \(id.rawValue)", logger: self.logger)
            article.author = editor
            return article
        }
    }

    public func heldVersion(of id: ArticleID) async throws -> HeldVersion? {
        try await read { connection in
            guard let row = try await connection.row("SELECT received_at, content FROM held_update WHERE article_id = \(id.rawValue)", logger: self.logger),
                  let held = try? StoredContent(json: try row.get("content"))
            else { return nil }
            return HeldVersion(content: held.content(), receivedAt: try row.get("received_at"))
        }
    }

    public func discardHeldVersion(of id: ArticleID) async throws {
        try await write { connection in try await connection.run("DELETE FROM held_update WHERE article_id = \(id.rawValue)", logger: self.logger) }
    }

    /// How far back an arrival looks for the same story (as in SQLite's store).
    static let groupingWindow: TimeInterval = 3 * 86_400

    /// Files an incoming item into the group of the most similar recent item that tells the same
    /// story (found through the LSH band index, then verified exactly), or into a group of its own.
    static func group(_ id: Int64, content: ArticleContent, receivedAt: Date, on connection: PostgresConnection, logger: Logger) async throws {
        let matcher = StoryMatcher.standard
        let fingerprint = StoryFingerprint(content: content)
        var group = id
        let bands = fingerprint.isEmpty ? [] : Array(Set(fingerprint.bandKeys))
        if !bands.isEmpty {
            let candidates = try await connection.rows("""
                SELECT DISTINCT f.article_id, f.group_id, f.signature, a.origin_source
                FROM story_band b JOIN story_fingerprint f ON f.article_id = b.article_id JOIN article a ON a.id = f.article_id
                WHERE b.band = ANY(\(bands)) AND f.received_at >= \(receivedAt.addingTimeInterval(-groupingWindow)) AND f.article_id <> \(id)
                """, logger: logger)
            var best: (score: Double, group: Int64)?
            for candidate in candidates {
                let blob = try candidate.get("signature", as: ByteBuffer.self)
                guard let other = try? StoryFingerprint(encoded: Array(blob.readableBytesView)) else { continue }
                let oneSource = try candidate.get("origin_source", as: String.self) == content.origin.source
                guard matcher.isSameStory(fingerprint, other, fromOneSource: oneSource) else { continue }
                let score = matcher.score(fingerprint, other)
                if best == nil || score > best!.score { best = (score, try candidate.get("group_id")) }
            }
            if let best { group = best.group }
        }
        try await connection.run("""
            INSERT INTO story_fingerprint (article_id, group_id, received_at, signature)
            VALUES (\(id), \(group), \(PostgresCoding.instant(receivedAt)), \(ByteBuffer(bytes: fingerprint.encoded)))
            ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature
            """, logger: logger)
        try await connection.run("DELETE FROM story_band WHERE article_id = \(id)", logger: logger)
        if !bands.isEmpty {
            try await connection.run("INSERT INTO story_band (band, article_id) SELECT unnest(\(bands)::bigint[]), \(id)", logger: logger)
        }
    }
}
