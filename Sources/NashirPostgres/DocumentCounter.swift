import Foundation
import Logging
import PostgresNIO

/// Counts of indexed documents for one search, each asked of the server once. Query analysis
/// (`restoringHamzaSeats`, `addingReadings`) asks for counts synchronously; `resolve` runs it,
/// fetches what it asked for, and runs it again until every count it needs is known.
final class DocumentCounter: @unchecked Sendable {
    private let connection: PostgresConnection
    private let logger: Logger
    private var counts: [String: Int] = [:]
    private var documents: Int?

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Documents holding the analysed term, counting no further than `cap`.
    func count(_ term: String, cap: Int) async throws -> Int {
        try await count(query: SearchTerms.quoted(term), cap: cap)
    }

    /// Documents matching a `tsquery`, counting no further than `cap`.
    func count(query: String, cap: Int) async throws -> Int {
        let key = "\(cap)|\(query)"
        if let known = counts[key] { return known }
        let found = try await connection.row("""
            SELECT count(*)::integer AS n FROM (SELECT 1 FROM search_document WHERE terms @@ \(query)::tsquery LIMIT \(cap)) m
            """, logger: logger)?.get("n", as: Int.self) ?? 0
        counts[key] = found
        return found
    }

    /// How many documents the index holds: the planner's estimate, or a count while there is none.
    func total() async throws -> Int {
        if let documents { return documents }
        let estimate = try await connection.row(
            "SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'search_document'::regclass", logger: logger)?.get("n", as: Int64.self) ?? -1
        let total = estimate > 0 ? Int(estimate)
            : try await connection.row("SELECT count(*)::integer AS n FROM search_document", logger: logger)?.get("n", as: Int.self) ?? 0
        documents = total
        return total
    }

    /// `analysis` run with every count it asks for: unknown ones read as 0 at first, then fetched.
    func resolve<T>(_ analysis: ((String, Int) throws -> Int) throws -> T) async throws -> T {
        for _ in 0..<4 {
            var missing: [(String, Int)] = []
            let result = try analysis { term, cap in
                if let known = self.counts["\(cap)|\(SearchTerms.quoted(term))"] { return known }
                missing.append((term, cap))
                return 0
            }
            if missing.isEmpty { return result }
            for (term, cap) in missing { _ = try await count(term, cap: cap) }
        }
        return try analysis { term, cap in self.counts["\(cap)|\(SearchTerms.quoted(term))"] ?? 0 }
    }
}
