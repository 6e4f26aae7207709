import ArabicText
import CSQLiteRank
import Foundation
import GRDB
import NashirDomain

/// Nashir's SQLite database: one file in WAL mode; every write is one transaction through this type.
/// It implements every store protocol of the domain (`NashirStore`).
public final class SQLiteStore: Sendable {
    let pool: MeasuredPool
    /// The file the store opened, for messages.
    public let path: String
    /// How many of the newest matches a search ranks by relevance. BM25 costs a few
    /// microseconds a row, so ranking every match of a common word in 250,000 articles would
    /// cost far more than a reader should wait; older matches follow, newest first.
    public let rankingDepth: Int
    /// Matches a search counts before it reports "at least" instead of an exact total.
    public let countCap: Int
    /// How a search orders its matches.
    public let ranking: SearchRanking
    /// Where the times of saves, accounts and settings changes come from: the server's clock,
    /// so a test that moves it sees one consistent time everywhere.
    let clock: TimeSource
    /// Terms' document counts, for the related stories' choice of words.
    let termCounts = TermCounts()
    /// Common terms' and phrases' document counts, for ranking (`PhraseCounter`): in a minute a
    /// newsroom's saves move a count of a thousand or more by well under a hundredth, and BM25's
    /// weight of the word by less; a rare phrase's may move more, for that minute at most.
    let indexCounts = TermCounts(lifetime: .seconds(60))

    /// Page cache per connection, in KiB: full-text index merges touch many pages.
    static let cacheKiB = 32 << 10

    /// Whether the store only reads: asked for, or a file this process may not write. Reads
    /// work as ever; every write is `StoreError.cannotWrite` and stores nothing.
    public let isReadOnly: Bool

    /// Opens (creating if needed) the database at `path` and brings its schema up to date; opens
    /// it read-only when asked or when the file cannot be written (its schema must then be current).
    public init(
        path: String, rankingDepth: Int = 1_000, countCap: Int = 10_000, ranking: SearchRanking = .standard, clock: TimeSource = .system,
        readOnly: Bool = false
    ) throws {
        self.path = path
        isReadOnly = readOnly || (FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0)
        self.clock = clock
        self.rankingDepth = max(1, rankingDepth)
        self.countCap = countCap
        self.ranking = ranking
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Durable enough for a newsroom with WAL, and much faster than FULL for batch imports.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = \(-Self.cacheKiB)")
            let registered = nashir_register_bm25(db.sqliteConnection)
            guard registered == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: registered), message: "cannot register nashir_bm25") }
        }
        configuration.readonly = isReadOnly
        do {
            let opened = try DatabasePool(path: path, configuration: configuration)
            if isReadOnly {
                guard try opened.read({ try Schema.migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError.cannotOpen(path: path, reason: "it is read-only and its schema is older than this nashir's; open it once where it can be written")
                }
                pool = MeasuredPool(opened, path: path)
                return
            }
            try Schema.migrator.migrate(opened)
            try opened.write { db in
                try SearchIndex.bringUpToDate(in: db)
                try Self.bringLegacyAddressesUpToDate(in: db)
            }
            pool = MeasuredPool(opened, path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Folds the WAL into the database file and releases the connections; the file stays
    /// consistent either way thanks to WAL, but after a clean close it is whole on its own.
    public func close() throws {
        // The writer folds it in: GRDB closes the read-only readers last, and they cannot.
        // Best effort: another process reading at that moment leaves it to a later checkpoint.
        if !isReadOnly { try? pool.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") } }
        try pool.close()
    }
}
