import Foundation
import GRDB
import NashirDomain

/// The whole database as records that keep their ids (`nashir copy`, and backups of PostgreSQL).
extension SQLiteStore: StoreArchiving {
    public func archive(batchSize: Int, _ body: @Sendable ([ArchiveRecord]) async throws -> Void) async throws {
        let small = try await pool.read { db in try Self.smallRecords(in: db) }
        for start in stride(from: 0, to: small.count, by: max(batchSize, 1)) {
            try await body(Array(small[start..<min(start + batchSize, small.count)]))
        }
        var after: Int64 = 0
        while true {
            let cursor = after
            let batch = try await pool.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE id > ? ORDER BY id LIMIT ?", arguments: [cursor, max(batchSize, 1)])
                    .compactMap { try Self.archivedArticle($0, in: db) }
            }
            guard let last = batch.last else { break }
            try await body(batch.map(ArchiveRecord.article))
            after = last.article.id.rawValue
        }
        let reads = try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT hour, article_id, reads FROM article_read ORDER BY hour, article_id").map { row in
                ArchiveRecord.reads(hour: ColumnCoding.date(row["hour"]) ?? .distantPast, article: ArticleID(row["article_id"] as Int64), reads: row["reads"])
            }
        }
        for start in stride(from: 0, to: reads.count, by: max(batchSize, 1)) {
            try await body(Array(reads[start..<min(start + batchSize, reads.count)]))
        }
    }

    /// Everything but the articles and their reads, which come in batches.
    private static func smallRecords(in db: Database) throws -> [ArchiveRecord] {
        var records: [ArchiveRecord] = []
        records += try Row.fetchAll(db, sql: "SELECT key, value FROM site_setting ORDER BY key").map { .setting(key: $0["key"], value: $0["value"]) }
        records += try Row.fetchAll(db, sql: "SELECT id, slug, name FROM section ORDER BY id").map { .section(id: $0["id"], Section(slug: $0["slug"], name: $0["name"])) }
        records += try Row.fetchAll(db, sql: "SELECT id, slug, name FROM tag ORDER BY id").map { .tag(id: $0["id"], Tag(slug: $0["slug"], name: $0["name"])) }
        records += try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").map { row in
            .account(ArchivedAccount(user: user(row), passwordHash: row["password_hash"], failedSignIns: row["failed_sign_ins"], lockedUntil: ColumnCoding.date(row["locked_until"])))
        }
        records += try Row.fetchAll(db, sql: "SELECT * FROM account_session ORDER BY id_hash").map { row in
            .session(ArchivedSession(
                idHash: row["id_hash"], user: UserID(row["account_id"] as Int64), csrfToken: row["csrf_token"],
                createdAt: ColumnCoding.date(row["created_at"]) ?? .distantPast, expiresAt: ColumnCoding.date(row["expires_at"]) ?? .distantPast))
        }
        records += try Row.fetchAll(db, sql: "SELECT * FROM api_token ORDER BY id").map { row in
            .token(ArchivedToken(
                id: row["id"], user: UserID(row["account_id"] as Int64), label: row["label"], tokenHash: row["token_hash"],
                createdAt: ColumnCoding.date(row["created_at"]) ?? .distantPast, lastUsedAt: ColumnCoding.date(row["last_used_at"]),
                revokedAt: ColumnCoding.date(row["revoked_at"])))
        }
        records += try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id").map { row in
            .audit(id: row["id"], AuditEvent(
                at: ColumnCoding.date(row["at"]) ?? .distantPast, kind: row["kind"], actor: row["actor"], subject: row["subject"],
                address: row["address"], detail: row["detail"]))
        }
        records += try Row.fetchAll(db, sql: "SELECT * FROM media ORDER BY id").map { .media(media($0)) }
        records += try Row.fetchAll(db, sql: "SELECT * FROM feed_source ORDER BY id").map { .source(source($0)) }
        return records
    }

    private static func archivedArticle(_ id: Int64, in db: Database) throws -> ArchivedArticle? {
        guard let article = try article(id: id, in: db),
              let row = try Row.fetchOne(db, sql: "SELECT revision, saved_by, save_note FROM article WHERE id = ?", arguments: [id]) else { return nil }
        let past = try Row.fetchAll(db, sql: """
            SELECT r.article_id, r.number, r.saved_at, r.author_id, r.content, r.note, u.display_name
            FROM article_revision r LEFT JOIN account u ON u.id = r.author_id WHERE r.article_id = ? ORDER BY r.number
            """, arguments: [id]).map(revision)
        let held = try Row.fetchOne(db, sql: "SELECT received_at, content FROM held_update WHERE article_id = ?", arguments: [id]).flatMap { row in
            (try? JSONDecoder().decode(HeldUpdate.self, from: Data((row["content"] as String).utf8))).map {
                HeldVersion(content: $0.content, receivedAt: ColumnCoding.date(row["received_at"]) ?? .distantPast)
            }
        }
        let group = try Row.fetchOne(db, sql: "SELECT group_id, received_at FROM story_fingerprint WHERE article_id = ?", arguments: [id]).map {
            (id: $0["group_id"] as Int64, receivedAt: ColumnCoding.date($0["received_at"]) ?? .distantPast)
        }
        return ArchivedArticle(
            article: article, savedBy: (row["saved_by"] as Int64?).map { UserID($0) }, saveNote: row["save_note"], pastRevisions: past, held: held, group: group)
    }

    public func holdsNothing() async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article) AND NOT EXISTS (SELECT 1 FROM account)") ?? false
        }
    }

    public func restore(_ records: [ArchiveRecord]) async throws {
        try await pool.write { db in
            for record in records { try Self.restore(record, in: db) }
        }
    }

    public func finishRestore() async throws {
        let now = clock.now()
        try await pool.write { db in
            try SearchIndex.rebuild(in: db)
            try db.execute(sql: "UPDATE legacy_address_state SET key_version = 0")
            try Self.bringLegacyAddressesUpToDate(in: db)
            try Self.recordChange([.site], at: now, in: db)
        }
    }

    private static func restore(_ record: ArchiveRecord, in db: Database) throws {
        let t = ColumnCoding.timestamp(optional:)
        switch record {
        case .setting(let key, let value):
            try db.execute(sql: "INSERT OR REPLACE INTO site_setting (key, value) VALUES (?, ?)", arguments: [key, value])
        case .section(let id, let section):
            try db.execute(sql: "INSERT INTO section (id, slug, name) VALUES (?, ?, ?)", arguments: [id, section.slug, section.name])
        case .tag(let id, let tag):
            try db.execute(sql: "INSERT INTO tag (id, slug, name) VALUES (?, ?, ?)", arguments: [id, tag.slug, tag.name])
        case .account(let account):
            let user = account.user
            try db.execute(sql: """
                INSERT INTO account (id, name, display_name, role, password_hash, disabled, failed_sign_ins, locked_until, created_at, public_profile, bio)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.id.rawValue, user.name, user.displayName, user.role.rawValue, account.passwordHash, user.isDisabled,
                                 account.failedSignIns, t(account.lockedUntil), t(user.createdAt), user.hasPublicProfile, user.bio])
        case .session(let session):
            try db.execute(sql: "INSERT INTO account_session (id_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [session.idHash, session.user.rawValue, session.csrfToken, t(session.createdAt), t(session.expiresAt)])
        case .token(let token):
            try db.execute(sql: """
                INSERT INTO api_token (id, account_id, label, token_hash, created_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [token.id, token.user.rawValue, token.label, token.tokenHash, t(token.createdAt), t(token.lastUsedAt), t(token.revokedAt)])
        case .audit(let id, let event):
            try db.execute(sql: "INSERT INTO audit_event (id, at, kind, actor, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, t(event.at), event.kind, event.actor, event.subject, event.address, event.detail])
        case .media(let item):
            try db.execute(sql: """
                INSERT INTO media (id, width, height, alt, caption, credit, renditions, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [item.id.rawValue, item.width, item.height, item.alt, item.caption, item.credit,
                                 String(decoding: try JSONEncoder().encode(item.renditions), as: UTF8.self), item.uploadedBy?.rawValue, t(item.uploadedAt)])
        case .source(let source):
            let settings = source.settings, poll = source.poll
            try db.execute(sql: """
                INSERT INTO feed_source (id, name, url, interval_seconds, section_slug, section_name, publishes, etag, last_modified, next_poll_at,
                    last_polled_at, last_success_at, failures, last_problem, items_received)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [source.id, settings.name, settings.url, Int(settings.interval), settings.section?.slug, settings.section?.name,
                                 settings.publishes, poll.etag, poll.lastModified, t(poll.nextPollAt), t(poll.lastPolledAt), t(poll.lastSuccessAt),
                                 poll.failures, poll.lastProblem, poll.itemsReceived])
        case .article(let archived):
            try restore(archived, in: db)
        case .reads(let hour, let article, let reads):
            try db.execute(sql: "INSERT INTO article_read (hour, article_id, reads) VALUES (?, ?, ?)", arguments: [t(hour), article.rawValue, reads])
        }
    }

    private static func restore(_ archived: ArchivedArticle, in db: Database) throws {
        let article = archived.article, content = article.content
        let id = article.id.rawValue
        guard let section = try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE slug = ?", arguments: [content.section.slug]) else {
            throw StoreError.invalidArticle(index: 0, origin: content.origin, problem: "its section \(content.section.slug) is not in the copy")
        }
        let row = ArticleRow(content)
        let names = row.columns.map(\.0) + ["id", "section_id", "created_at", "updated_at", "revision", "author_id", "saved_by", "save_note"]
        var arguments = StatementArguments(row.columns.map(\.1))
        arguments += [id, section, ColumnCoding.timestamp(article.createdAt), ColumnCoding.timestamp(article.updatedAt), article.revision,
                      article.author?.rawValue, archived.savedBy?.rawValue, archived.saveNote]
        try db.execute(sql: "INSERT INTO article (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))", arguments: arguments)
        for (position, tag) in content.tags.enumerated() {
            try db.execute(sql: "INSERT INTO article_tag (article_id, tag_id, position) SELECT ?, id, ? FROM tag WHERE slug = ?", arguments: [id, position, tag.slug])
        }
        for revision in archived.pastRevisions {
            try db.execute(sql: "INSERT INTO article_revision (article_id, number, saved_at, author_id, content, note) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, revision.number, ColumnCoding.timestamp(revision.savedAt), revision.author?.rawValue,
                                       ColumnCoding.encode(RevisionSnapshot(revision.content)), revision.note])
        }
        if let held = archived.held {
            try db.execute(sql: "INSERT INTO held_update (article_id, received_at, content) VALUES (?, ?, ?)",
                           arguments: [id, ColumnCoding.timestamp(held.receivedAt),
                                       ColumnCoding.encode(HeldUpdate(row: ArticleRow(held.content), section: held.content.section, tags: held.content.tags))])
        }
        if let group = archived.group {
            let fingerprint = StoryFingerprint(content: content)
            try db.execute(sql: "INSERT INTO story_fingerprint (article_id, group_id, received_at, signature) VALUES (?, ?, ?, ?)",
                           arguments: [id, group.id, ColumnCoding.timestamp(group.receivedAt), Data(fingerprint.encoded)])
            for band in Set(fingerprint.isEmpty ? [] : fingerprint.bandKeys) {
                try db.execute(sql: "INSERT INTO story_band (band, article_id) VALUES (?, ?)", arguments: [band, id])
            }
        }
    }
}
