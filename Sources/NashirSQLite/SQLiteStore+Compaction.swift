import GRDB
import NashirDomain

extension SQLiteStore: SearchIndexCompacting {
    /// The full-text tables whose segments are merged.
    static let compactedTables = ["article_search", "search_typeahead"]

    /// FTS5 keeps up to three segments a level before merging them on its own (`automerge`), and
    /// every term a search or a related-stories look-up reads is sought in each: the corpus import
    /// left ten. Merged two at a time (`usermerge` 2) they settle at one or two, for about a
    /// twentieth of a cache miss's CPU; done here, behind the writes, rather than by raising
    /// `automerge`, which would make every save of an import merge on the writer.
    public func compactSearchIndex(pages: Int) async throws -> Bool {
        guard !isReadOnly else { return false }
        return try await pool.write { db in
            var merged = false
            for table in Self.compactedTables {
                if try Int.fetchOne(db, sql: "SELECT v FROM \(table)_config WHERE k = 'usermerge'") != 2 {
                    try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('usermerge', 2)")
                }
                // FTS5's own test of whether a merge did anything: at least two rows written.
                let before = db.totalChangesCount
                try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('merge', ?)", arguments: [max(1, pages)])
                if db.totalChangesCount - before >= 2 { merged = true }
            }
            // Done: the pages the merges read need not stay in the writer's cache (32 MiB),
            // which saves refill from the file as they need.
            if !merged { try db.execute(sql: "PRAGMA shrink_memory") }
            return merged
        }
    }

    /// How many segments the article index has, for tests and measurements.
    func searchIndexSegments() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM article_search_idx") ?? 0 }
    }
}
