import Foundation
import Logging
import PostgresNIO

/// How many indexed documents hold a word, read from `search_term` (kept by triggers), each
/// asked of the server once per search. Query analysis (`restoringHamzaSeats`,
/// `addingReadings`) asks synchronously; `resolve` runs it, fetches what it asked for, and runs
/// it again until every count it needs is known.
final class DocumentCounter: @unchecked Sendable {
    private let connection: PostgresConnection
    private let logger: Logger
    private var documents: [String: Int] = [:]
    private var queries: [String: Int] = [:]
    private var total: Int?

    /// Past this bound a phrase's or alternative's count is estimated from its words' counts,
    /// not counted: counting reads every match.
    static let exactCountLimit = 2_000

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Documents holding each of `terms` (0 for a word no document holds).
    func documents(_ terms: some Sequence<String>) async throws -> [String: Int] {
        let missing = Array(Set(terms.filter { documents[$0] == nil }))
        if !missing.isEmpty {
            for term in missing { documents[term] = 0 }
            let rows = try await connection.rows("SELECT term, documents FROM search_term WHERE term = ANY(\(missing))", logger: logger)
            for row in rows { documents[try row.get("term")] = max(0, try row.get("documents", as: Int.self)) }
        }
        return documents
    }

    /// Documents holding the analysed term, counting no further than `cap`.
    func count(_ term: String, cap: Int) async throws -> Int {
        min(cap, try await documents([term])[term] ?? 0)
    }

    /// Documents holding any of `phrases` (each a run of terms): exact for one word, counted
    /// when few, otherwise the bound from the words' own counts.
    func frequency(of phrases: [[String]], tsquery: String, column: String = "terms") async throws -> Int {
        let counts = try await documents(phrases.joined())
        let bound = min(try await documentCount(), phrases.map { $0.map { counts[$0] ?? 0 }.min() ?? 0 }.reduce(0, +))
        if phrases.count == 1, phrases[0].count == 1 { return bound }
        guard bound <= Self.exactCountLimit else { return bound }
        if let known = queries[column + tsquery] { return known }
        var builder = QueryBuilder()
        let match = try builder.bind(tsquery)
        let found = try await connection.row(builder.query(
            "SELECT count(*)::integer AS n FROM (SELECT 1 FROM search_document WHERE \(column) @@ \(match)::tsquery LIMIT \(bound)) m"
        ), logger: logger)?.get("n", as: Int.self) ?? 0
        queries[column + tsquery] = found
        return found
    }

    /// How many documents the index holds: the planner's estimate, or a count while there is none.
    func documentCount() async throws -> Int {
        if let total { return total }
        let estimate = try await connection.row(
            "SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'search_document'::regclass", logger: logger)?.get("n", as: Int64.self) ?? -1
        let counted = estimate > 0 ? Int(estimate)
            : try await connection.row("SELECT count(*)::integer AS n FROM search_document", logger: logger)?.get("n", as: Int.self) ?? 0
        total = counted
        return counted
    }

    /// `analysis` run with every count it asks for: unknown ones read as 0 at first, then fetched.
    func resolve<T>(_ analysis: ((String, Int) throws -> Int) throws -> T) async throws -> T {
        for _ in 0..<4 {
            var missing: [String] = []
            let result = try analysis { term, cap in
                if let known = self.documents[term] { return min(cap, known) }
                missing.append(term)
                return 0
            }
            if missing.isEmpty { return result }
            _ = try await documents(missing)
        }
        return try analysis { term, cap in min(cap, self.documents[term] ?? 0) }
    }
}
