import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// The whole database as records that keep their ids (`nashir copy`, and PostgreSQL's backups).
extension PostgresStore: StoreArchiving {
    public func archive(batchSize: Int, _ body: @Sendable ([ArchiveRecord]) async throws -> Void) async throws {
        let size = max(batchSize, 1)
        let small = try await read { connection in try await Self.smallRecords(on: connection, logger: self.logger) }
        for start in stride(from: 0, to: small.count, by: size) { try await body(Array(small[start..<min(start + size, small.count)])) }
        var after: Int64 = 0
        while true {
            let cursor = after
            let batch = try await read { connection in try await Self.archivedArticles(after: cursor, limit: size, on: connection, logger: self.logger) }
            guard let last = batch.last else { break }
            try await body(batch.map(ArchiveRecord.article))
            after = last.article.id.rawValue
        }
        let reads = try await read { connection in
            try await connection.rows("SELECT hour, article_id, reads FROM article_read ORDER BY hour, article_id", logger: self.logger).map { row in
                ArchiveRecord.reads(hour: try row.get("hour"), article: ArticleID(try row.get("article_id", as: Int64.self)), reads: try row.get("reads"))
            }
        }
        for start in stride(from: 0, to: reads.count, by: size) { try await body(Array(reads[start..<min(start + size, reads.count)])) }
    }

    private static func smallRecords(on connection: PostgresConnection, logger: Logger) async throws -> [ArchiveRecord] {
        var records: [ArchiveRecord] = []
        records += try await connection.rows("SELECT key, value FROM site_setting ORDER BY key COLLATE \"C\"", logger: logger).map {
            .setting(key: try $0.get("key"), value: try $0.get("value"))
        }
        records += try await connection.rows("SELECT id, slug, name FROM section ORDER BY id", logger: logger).map { .section(id: try $0.get("id"), try section($0)) }
        records += try await connection.rows("SELECT id, slug, name FROM tag ORDER BY id", logger: logger).map { .tag(id: try $0.get("id"), try tag($0)) }
        records += try await connection.rows("SELECT * FROM account ORDER BY id", logger: logger).map { row in
            .account(ArchivedAccount(
                user: try user(row), passwordHash: try row.get("password_hash"), failedSignIns: try row.get("failed_sign_ins"),
                lockedUntil: try row.get("locked_until")))
        }
        records += try await connection.rows("SELECT * FROM account_session ORDER BY id_hash COLLATE \"C\"", logger: logger).map { row in
            .session(ArchivedSession(
                idHash: try row.get("id_hash"), user: UserID(try row.get("account_id", as: Int64.self)), csrfToken: try row.get("csrf_token"),
                createdAt: try row.get("created_at"), expiresAt: try row.get("expires_at")))
        }
        records += try await connection.rows("SELECT * FROM api_token ORDER BY id", logger: logger).map { row in
            .token(ArchivedToken(
                id: try row.get("id"), user: UserID(try row.get("account_id", as: Int64.self)), label: try row.get("label"),
                tokenHash: try row.get("token_hash"), createdAt: try row.get("created_at"), lastUsedAt: try row.get("last_used_at"),
                revokedAt: try row.get("revoked_at")))
        }
        records += try await connection.rows("SELECT * FROM audit_event ORDER BY id", logger: logger).map { row in
            .audit(id: try row.get("id"), AuditEvent(
                at: try row.get("at"), kind: try row.get("kind"), actor: try row.get("actor"), subject: try row.get("subject"),
                address: try row.get("address"), detail: try row.get("detail")))
        }
        records += try await connection.rows("SELECT * FROM media ORDER BY id", logger: logger).map { .media(try media($0)) }
        records += try await connection.rows("SELECT * FROM feed_source ORDER BY id", logger: logger).map { .source(try source($0)) }
        return records
    }

    private static func archivedArticles(after cursor: Int64, limit: Int, on connection: PostgresConnection, logger: Logger) async throws -> [ArchivedArticle] {
        var builder = QueryBuilder()
        let condition = "a.id > \(try builder.bind(cursor)) ORDER BY a.id LIMIT \(limit)"
        let articles = try await Self.articles(builder, where: condition, on: connection, logger: logger)
        guard let first = articles.first?.id.rawValue, let last = articles.last?.id.rawValue else { return [] }
        var saves: [Int64: (by: UserID?, note: String?)] = [:]
        for row in try await connection.rows("SELECT id, saved_by, save_note FROM article WHERE id BETWEEN \(first) AND \(last)", logger: logger) {
            saves[try row.get("id")] = (try row.get("saved_by", as: Int64?.self).map { UserID($0) }, try row.get("save_note"))
        }
        var past: [Int64: [ArticleRevision]] = [:]
        for row in try await connection.rows("""
            SELECT r.article_id, r.number, r.saved_at, r.author_id, r.content, r.note, u.display_name
            FROM article_revision r LEFT JOIN account u ON u.id = r.author_id WHERE r.article_id BETWEEN \(first) AND \(last)
            ORDER BY r.article_id, r.number
            """, logger: logger) {
            past[try row.get("article_id"), default: []].append(try revision(row))
        }
        var held: [Int64: HeldVersion] = [:]
        for row in try await connection.rows("SELECT article_id, received_at, content FROM held_update WHERE article_id BETWEEN \(first) AND \(last)", logger: logger) {
            held[try row.get("article_id")] = HeldVersion(content: try StoredContent(json: try row.get("content")).content(), receivedAt: try row.get("received_at"))
        }
        var groups: [Int64: (id: Int64, receivedAt: Date)] = [:]
        for row in try await connection.rows(
            "SELECT article_id, group_id, received_at FROM story_fingerprint WHERE article_id BETWEEN \(first) AND \(last)", logger: logger) {
            groups[try row.get("article_id")] = (try row.get("group_id"), try row.get("received_at"))
        }
        return articles.map { article in
            let id = article.id.rawValue
            return ArchivedArticle(
                article: article, savedBy: saves[id]?.by, saveNote: saves[id]?.note, pastRevisions: past[id] ?? [], held: held[id], group: groups[id])
        }
    }

    public func holdsNothing() async throws -> Bool {
        try await read { connection in
            try await connection.row(
                "SELECT NOT EXISTS (SELECT 1 FROM article) AND NOT EXISTS (SELECT 1 FROM account) AS empty", logger: self.logger)?.get("empty", as: Bool.self) ?? false
        }
    }

    /// Empties every table for a restore over existing data, in one transaction; the change
    /// feed starts over, which makes every running instance drop its whole page cache.
    public func removeEverything() async throws {
        try await write { connection in
            try await connection.run("""
                TRUNCATE editor_presence, article_read, legacy_address, story_band, story_fingerprint, held_update, search_document, article_revision,
                    article_tag, article, media, tag, section, feed_source, api_token, account_session, audit_event, account, site_setting,
                    content_change RESTART IDENTITY
                """, logger: self.logger)
        }
    }

    public func restore(_ records: [ArchiveRecord]) async throws {
        try await write { connection in
            for record in records { try await Self.restore(record, on: connection, logger: self.logger) }
        }
    }

    public func finishRestore() async throws {
        let now = clock.now()
        try await write { connection in
            // Ids were written as given: new rows continue past them.
            for table in ["section", "tag", "account", "api_token", "audit_event", "media", "feed_source", "article"] {
                try await connection.run("""
                    SELECT setval(pg_get_serial_sequence(\(table), 'id'), COALESCE((SELECT MAX(id) FROM \(unescaped: table)), 0) + 1, false)
                    """, logger: self.logger)
            }
            try await Self.rebuildIndex(on: connection, logger: self.logger)
            try await connection.run("UPDATE search_index_state SET legacy_key_version = 0", logger: self.logger)
            try await Self.bringLegacyAddressesUpToDate(on: connection, logger: self.logger)
            try await Self.recordChange([.site], at: now, on: connection, logger: self.logger)
        }
        try await tidyIndex()
    }

    private static func restore(_ record: ArchiveRecord, on connection: PostgresConnection, logger: Logger) async throws {
        let i = PostgresCoding.instant as (Date?) -> Date?
        switch record {
        case .setting(let key, let value):
            try await connection.run("""
                INSERT INTO site_setting (key, value) VALUES (\(key), \(value)) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, logger: logger)
        case .section(let id, let section):
            try await connection.run("INSERT INTO section (id, slug, name) VALUES (\(id), \(section.slug), \(section.name))", logger: logger)
        case .tag(let id, let tag):
            try await connection.run("""
                INSERT INTO tag (id, slug, name, type_ahead) VALUES (\(id), \(tag.slug), \(tag.name), \(SearchTerms.typeAheadVector(tag.name))::tsvector)
                """, logger: logger)
        case .account(let account):
            let user = account.user
            try await connection.run("""
                INSERT INTO account (id, name, display_name, role, password_hash, disabled, failed_sign_ins, locked_until, created_at, public_profile, bio)
                VALUES (\(user.id.rawValue), \(user.name), \(user.displayName), \(user.role.rawValue), \(account.passwordHash), \(user.isDisabled),
                        \(account.failedSignIns), \(i(account.lockedUntil)), \(PostgresCoding.instant(user.createdAt)), \(user.hasPublicProfile), \(user.bio))
                """, logger: logger)
        case .session(let session):
            try await connection.run("""
                INSERT INTO account_session (id_hash, account_id, csrf_token, created_at, expires_at)
                VALUES (\(session.idHash), \(session.user.rawValue), \(session.csrfToken), \(PostgresCoding.instant(session.createdAt)),
                        \(PostgresCoding.instant(session.expiresAt)))
                """, logger: logger)
        case .token(let token):
            try await connection.run("""
                INSERT INTO api_token (id, account_id, label, token_hash, created_at, last_used_at, revoked_at)
                VALUES (\(token.id), \(token.user.rawValue), \(token.label), \(token.tokenHash), \(PostgresCoding.instant(token.createdAt)),
                        \(i(token.lastUsedAt)), \(i(token.revokedAt)))
                """, logger: logger)
        case .audit(let id, let event):
            try await connection.run("""
                INSERT INTO audit_event (id, at, kind, actor, subject, address, detail)
                VALUES (\(id), \(PostgresCoding.instant(event.at)), \(event.kind), \(event.actor), \(event.subject), \(event.address), \(event.detail))
                """, logger: logger)
        case .media(let item):
            try await connection.run("""
                INSERT INTO media (id, width, height, alt, caption, credit, renditions, uploaded_by, uploaded_at)
                VALUES (\(item.id.rawValue), \(item.width), \(item.height), \(item.alt), \(item.caption), \(item.credit),
                        \(String(decoding: try JSONEncoder().encode(item.renditions), as: UTF8.self)), \(item.uploadedBy?.rawValue),
                        \(PostgresCoding.instant(item.uploadedAt)))
                """, logger: logger)
        case .source(let source):
            let settings = source.settings, poll = source.poll
            try await connection.run("""
                INSERT INTO feed_source (id, name, url, interval_seconds, section_slug, section_name, publishes, etag, last_modified, next_poll_at,
                    last_polled_at, last_success_at, failures, last_problem, items_received)
                VALUES (\(source.id), \(settings.name), \(settings.url), \(Int(settings.interval)), \(settings.section?.slug), \(settings.section?.name),
                        \(settings.publishes), \(poll.etag), \(poll.lastModified), \(i(poll.nextPollAt)), \(i(poll.lastPolledAt)), \(i(poll.lastSuccessAt)),
                        \(poll.failures), \(poll.lastProblem), \(poll.itemsReceived))
                """, logger: logger)
        case .article(let archived):
            try await restore(archived, on: connection, logger: logger)
        case .reads(let hour, let article, let reads):
            try await connection.run(
                "INSERT INTO article_read (hour, article_id, reads) VALUES (\(PostgresCoding.instant(hour)), \(article.rawValue), \(reads))", logger: logger)
        }
    }

    private static func restore(_ archived: ArchivedArticle, on connection: PostgresConnection, logger: Logger) async throws {
        let article = archived.article
        let stored = StoredContent(article.content)
        let content = stored.content()
        let id = article.id.rawValue
        guard let section = try await connection.row("SELECT id FROM section WHERE slug = \(content.section.slug)", logger: logger)?.get("id", as: Int64.self) else {
            throw StoreError.invalidArticle(index: 0, origin: content.origin, problem: "its section \(content.section.slug) is not in the copy")
        }
        try await connection.run("""
            INSERT INTO article (id, origin_source, origin_key, slug, section_id, headline, highlight, status, urgent, source_url, credit,
                embargo, created_at, published_at, updated_at, revision, author_id, saved_by, save_note, content)
            VALUES (\(id), \(content.origin.source), \(content.origin.key), \(content.slug), \(section), \(content.headline), \(stored.highlight),
                \(content.status.rawValue), \(content.urgent), \(content.sourceURL), \(content.credit), \(content.embargo),
                \(PostgresCoding.instant(article.createdAt)), \(content.publishedAt), \(PostgresCoding.instant(article.updatedAt)), \(article.revision),
                \(article.author?.rawValue), \(archived.savedBy?.rawValue), \(archived.saveNote), \(stored.json))
            """, logger: logger)
        try await connection.run("""
            INSERT INTO article_tag (article_id, tag_id, position)
            SELECT \(id), t.id, s.position - 1 FROM unnest(\(content.tags.map(\.slug))::text[]) WITH ORDINALITY AS s(slug, position) JOIN tag t ON t.slug = s.slug
            """, logger: logger)
        for revision in archived.pastRevisions {
            try await connection.run("""
                INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note)
                VALUES (\(id), \(revision.number), \(PostgresCoding.instant(revision.savedAt)), \(revision.author?.rawValue),
                        \(StoredContent(revision.content).json), \(revision.note))
                """, logger: logger)
        }
        if let held = archived.held {
            try await connection.run("""
                INSERT INTO held_update (article_id, received_at, content) VALUES (\(id), \(PostgresCoding.instant(held.receivedAt)), \(StoredContent(held.content).json))
                """, logger: logger)
        }
        if let group = archived.group {
            let fingerprint = StoryFingerprint(content: content)
            let bands = fingerprint.isEmpty ? [] : Array(Set(fingerprint.bandKeys))
            try await connection.run("""
                INSERT INTO story_fingerprint (article_id, group_id, received_at, signature)
                VALUES (\(id), \(group.id), \(PostgresCoding.instant(group.receivedAt)), \(ByteBuffer(bytes: fingerprint.encoded)))
                """, logger: logger)
            if !bands.isEmpty {
                try await connection.run("INSERT INTO story_band (band, article_id) SELECT unnest(\(bands)::bigint[]), \(id)", logger: logger)
            }
        }
    }
}
