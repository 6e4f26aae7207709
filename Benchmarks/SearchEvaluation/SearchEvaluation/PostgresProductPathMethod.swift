import Dispatch
import Foundation
import GRDB
import NashirDomain
import NashirPostgres
import NashirSQLite

/// The product path on PostgreSQL: the corpus saved through `SQLiteStore` exactly as
/// `ProductPathMethod` saves it, copied into an empty PostgreSQL database as `nashir copy` does
/// (`StoreArchiving.copy(into:)`, every id kept, the index rebuilt by the destination), and every
/// query answered by `PostgresStore.search` with the same request and the same "now".
public final class PostgresProductPathMethod: SearchMethod, @unchecked Sendable {
    public static let methodName = "Nashir on PostgreSQL (product path)"
    public let name = methodName
    /// The `postgres://` URL of an empty database.
    public let url: String
    /// Written once in `build`, then only read; the evaluation runs its methods one at a time.
    private var store: PostgresStore?
    private var rowids: [ArticleID: Int64] = [:]
    /// Seconds the copy into PostgreSQL took (part of the build time), for the report.
    public private(set) var copySeconds = 0.0
    private let sqlite = ProductPathMethod()

    public init(url: String) { self.url = url }

    deinit { store?.close() }

    public func build(_ articles: [CorpusArticle], in db: Database) throws {
        try sqlite.build(articles, in: db)
        guard let source = sqlite.sqliteStore else { return }
        let url = url
        let store = try Blocking.run { try await PostgresStore(url: url) }
        guard try Blocking.run({ try await store.holdsNothing() }) else {
            store.close()
            throw PostgresMethodError(description: "\(PostgresLocation.redacted(url)) holds articles or accounts already: give the evaluation an empty database")
        }
        let started = ContinuousClock.now
        _ = try Blocking.run { try await source.copy(into: store) }
        copySeconds = (ContinuousClock.now - started).seconds
        self.store = store
        rowids = sqlite.rowidsByArticle
    }

    public func search(_ query: String, limit: Int, in db: Database) throws -> [Int64] {
        guard let store else { return [] }
        let rowids = rowids
        // Every article is in the past: "now" is past the newest, as on the site the day after (as ProductPathMethod).
        let found = try Blocking.run { try await store.search(SearchRequest(text: query, limit: limit), now: .distantFuture) }
        return found.hits.compactMap { rowids[$0.summary.id] }
    }
}

/// Why the PostgreSQL method cannot run.
public struct PostgresMethodError: Error, CustomStringConvertible {
    public let description: String
}
