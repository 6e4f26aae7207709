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
    private let weekCounts: WeekCounts
    private var documents: [String: Int] = [:]
    private var total: Int?

    init(connection: PostgresConnection, weekCounts: WeekCounts, logger: Logger) {
        self.connection = connection
        self.weekCounts = weekCounts
        self.logger = logger
    }

    /// Documents holding each of `terms` (0 for a word no document holds).
    func documents(_ terms: some Collection<String>) async throws -> [String: Int] {
        let missing = Array(Set(terms.filter { documents[$0] == nil }))
        if !missing.isEmpty {
            for term in missing { documents[term] = 0 }
            let rows = try await connection.rows("SELECT term, documents FROM search_term WHERE term = ANY(\(missing))", logger: logger)
            for row in rows { documents[try row.get("term")] = max(0, try row.get("documents", as: Int.self)) }
        }
        var asked: [String: Int] = [:]
        for term in terms { asked[term] = documents[term] ?? 0 }
        return asked
    }

    /// Documents holding the analysed term, counting no further than `cap`.
    func count(_ term: String, cap: Int) async throws -> Int {
        min(cap, try await documents([term])[term] ?? 0)
    }

    /// Documents holding any of `phrases` (each a run of terms): exact for one word; for more,
    /// the bound from the words' own counts (a phrase is in no more documents than its rarest
    /// word), since counting a phrase reads every document of its words.
    func frequency(of phrases: [[String]]) async throws -> Int {
        let counts = try await documents(phrases.joined())
        return min(try await documentCount(), phrases.map { $0.map { counts[$0] ?? 0 }.min() ?? 0 }.reduce(0, +))
    }

    /// The share of the documents `match` can match at most: its rarest group's (any of its
    /// phrases, each counted as its rarest word). Words of one story go together far more often
    /// than their shares multiplied say, so this, not the product, is the guess to size a window by.
    func mostShare(of match: SearchMatch) async throws -> Double {
        let all = try await documentCount()
        guard all > 0, !match.groups.isEmpty else { return 0 }
        let counts = try await documents(match.groups.joined().joined())
        let most = match.groups.map { group in group.map { phrase in phrase.map { counts[$0] ?? 0 }.min() ?? 0 }.reduce(0, +) }.min() ?? 0
        return min(1, Double(most) / Double(all))
    }

    /// The newest weeks holding at least `documents` documents: the oldest of them, the newest
    /// week of all, and how many documents they hold; nil when that takes every week.
    func window(documents wanted: Double) async throws -> (first: Int, newest: Int, documents: Int)? {
        let weeks = try await self.weeks()
        var covered = 0
        for (index, (week, documents)) in weeks.enumerated() {
            covered += documents
            guard Double(covered) >= wanted else { continue }
            guard index < weeks.count - 1, let first = SearchWeeks.number(ofWeek: week),
                let newest = weeks.first.flatMap({ SearchWeeks.number(ofWeek: $0.0) })
            else { return nil }
            return (first, newest, covered)
        }
        return nil
    }

    private var weeksRead: [(week: String, documents: Int)]?

    /// Every week that holds documents, with how many, newest first.
    private func weeks() async throws -> [(week: String, documents: Int)] {
        if let weeksRead { return weeksRead }
        if let kept = weekCounts.current {
            weeksRead = kept
            return kept
        }
        let prefix = SearchWeeks.weekPrefix
        let end = String(prefix.dropLast()) + String(UnicodeScalar(prefix.unicodeScalars.last!.value + 1)!)
        let weeks = try await connection.rows("""
            SELECT term, documents FROM search_term WHERE term >= \(prefix) AND term < \(end) AND documents > 0 ORDER BY term DESC
            """, logger: logger).map { (week: try $0.get("term", as: String.self), documents: try $0.get("documents", as: Int.self)) }
        weekCounts.keep(weeks)
        weeksRead = weeks
        return weeks
    }

    /// How many documents the index holds: the sum of its weeks (each document is in one), or
    /// when those are not there the planner's estimate, or a count while there is none.
    func documentCount() async throws -> Int {
        if let total { return total }
        let weeks = try await weeks().reduce(0) { $0 + $1.documents }
        if weeks > 0 {
            total = weeks
            return weeks
        }
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
