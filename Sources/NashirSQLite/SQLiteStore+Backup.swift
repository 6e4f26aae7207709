import Foundation
import GRDB
import NashirDomain

/// What a backup or a restore carried, for the operator to compare.
public struct BackupSummary: Sendable, Equatable {
    public var articles: Int
    public var users: Int
    public var bytes: Int64
}

/// Why a file cannot be restored or a backup cannot be written; nothing was changed.
public struct BackupError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
}

extension SQLiteStore {
    /// Copies the whole database into a new file at `path` with SQLite's online backup, while the
    /// site keeps serving and saving; the copy is checked before it takes its name, so `path`
    /// never holds half a backup.
    public func backup(to path: String) async throws -> BackupSummary {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupError(path: path, problem: "exists already; a backup never overwrites") }
        let partial = path + ".partial"
        Self.remove(partial)
        do {
            let destination = try DatabaseQueue(path: partial)
            try pool.pool.backup(to: destination)
            let summary = try await destination.read { db in try Self.check(db, path: path) }
            try destination.close()
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return BackupSummary(articles: summary.articles, users: summary.users, bytes: Self.size(of: path))
        } catch {
            Self.remove(partial)
            if let error = error as? BackupError { throw error }
            throw BackupError(path: path, problem: "cannot be written: \(Self.explain(error))")
        }
    }

    /// Replaces everything in the database at `path` (created if missing) with the backup at
    /// `backup`, after checking that the backup is whole and a Nashir database this version can
    /// read. The copy is one transaction: a refused or failed restore leaves the database as it
    /// was. Running servers see the change feed start over and drop their caches.
    public static func restore(from backup: String, into path: String) throws -> BackupSummary {
        guard FileManager.default.fileExists(atPath: backup) else { throw BackupError(path: backup, problem: "no such file") }
        var readOnly = Configuration()
        readOnly.readonly = true
        let source: DatabaseQueue
        let summary: (articles: Int, users: Int)
        do {
            source = try DatabaseQueue(path: backup, configuration: readOnly)
            summary = try source.read { db in try check(db, path: backup) }
        } catch let error as BackupError {
            throw error
        } catch {
            throw BackupError(path: backup, problem: "is damaged or not a SQLite database: \(explain(error))")
        }
        do {
            let target = try DatabasePool(path: path)
            // Servers running on this database hold cursors up to its newest change.
            let liveLatest = (try? target.read { try latestChange(in: $0) }) ?? 0
            try source.backup(to: target)
            try target.close()
            try source.close()
            // A backup from an older Nashir is brought up to date like any database it opens.
            let restored = try SQLiteStore(path: path)
            try restored.pool.pool.write { db in
                // Past every cursor a running server holds, a change that touches everything:
                // each drops its whole page cache, whatever the backup's own feed numbered.
                let seq = max(liveLatest, try latestChange(in: db)) + 1
                try db.execute(sql: "INSERT INTO content_change (seq, changed_at, tags) VALUES (?, ?, ?)",
                               arguments: [seq, ColumnCoding.timestamp(restored.clock.now()), ColumnCoding.json(["site"])])
            }
            try restored.close()
        } catch {
            throw BackupError(path: path, problem: "cannot be restored into: \(explain(error))")
        }
        return BackupSummary(articles: summary.articles, users: summary.users, bytes: size(of: path))
    }

    /// Checks a database is whole and Nashir's, of a schema this version knows; its counts.
    private static func check(_ db: Database, path: String) throws -> (articles: Int, users: Int) {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
            throw BackupError(path: path, problem: "is damaged: \(integrity.prefix(3).joined(separator: "; "))")
        }
        guard try db.tableExists("grdb_migrations"), try db.tableExists("article") else {
            throw BackupError(path: path, problem: "is a SQLite database but not Nashir's")
        }
        let applied = try Schema.migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(Schema.migrator.migrations).sorted()
        guard unknown.isEmpty else {
            throw BackupError(path: path, problem: "was made by a newer nashir (migration \(unknown.joined(separator: ", ")) is unknown here)")
        }
        let users = try db.tableExists("account") ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0 : 0
        return (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0, users)
    }

    /// The newest change-feed number the database has given.
    private static func latestChange(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'content_change'") ?? 0
    }

    private static func explain(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }

    private static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

extension SQLiteStore {
    /// Caps the database file at about `bytes` (SQLite's `max_page_count`), a safety net on a
    /// shared disk: past it every write is `StoreError.cannotWrite`, as on a full disk, and
    /// reads go on. Never below the current size; the cap lasts until the store is closed.
    public func limitSize(toBytes bytes: Int64) async throws {
        try await pool.pool.write { db in
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            try db.execute(sql: "PRAGMA max_page_count = \(max(1, bytes / pageSize))")
        }
    }
}
