import ArabicText
import Logging
import PostgresNIO

/// «هل تقصد» on PostgreSQL: `search_term` for counts, matches within the request's scope, all
/// inside the search's own read.
struct PostgresSpellingLookup: SpellingLookup {
    let connection: PostgresConnection
    let counter: DocumentCounter
    let scope: PostgresStore.Scope
    let logger: Logger

    func documents(holding terms: [String]) async throws -> [String: Int] {
        try await counter.documents(terms).filter { $0.value > 0 }
    }

    func finds(_ query: SearchQuery) async throws -> Bool {
        guard let match = SearchMatch(query) else { return false }
        var builder = QueryBuilder()
        let tsquery = try builder.bind(match.tsquery)
        let conditions = try scope.conditions(&builder)
        return try await connection.row(builder.query(
            "SELECT 1 AS found FROM search_document WHERE terms @@ \(tsquery)::tsquery\(conditions) LIMIT 1"), logger: logger) != nil
    }

    func newestText(holding term: String) async throws -> String? {
        var builder = QueryBuilder()
        let tsquery = try builder.bind(SearchTerms.quoted(term))
        let conditions = try scope.conditions(&builder)
        guard let row = try await connection.row(builder.query("""
            SELECT content FROM article WHERE id = (
                SELECT article_id FROM search_document WHERE terms @@ \(tsquery)::tsquery\(conditions)
                ORDER BY published DESC, key_at DESC, article_id DESC LIMIT 1)
            """), logger: logger) else { return nil }
        let content = try StoredContent(json: try row.get("content"))
        return ([content.headline] + content.highlights + content.body.map(\.text)).joined(separator: "\n")
    }
}
