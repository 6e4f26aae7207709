import ArabicText
import Foundation
import NashirDomain
import PostgresNIO

/// Type-ahead: tags and the newest headlines whose words start with what has been typed.
extension PostgresStore {
    /// The newest stories type-ahead reads before it asks the index.
    static let typeAheadWalk = 3_000

    public func typeAhead(_ prefix: String, limit: Int, now: Date) async throws -> [TypeAheadSuggestion] {
        var words = Array(ArabicTokenizer.tokens(in: prefix).prefix(8).map(\.text))
        // One letter matches too many words to be worth a look-up; wait for the second.
        if words.last.map({ $0.unicodeScalars.count < 2 }) == true { words.removeLast() }
        guard limit > 0, !words.isEmpty else { return [] }
        let query = words.map { SearchTerms.quoted($0) + ":*" }.joined(separator: " & ")
        return try await read { connection in
            let tags = try await connection.rows("""
                SELECT t.slug, t.name FROM tag t
                WHERE t.type_ahead @@ \(query)::tsquery
                  AND EXISTS (SELECT 1 FROM article_tag x JOIN search_document d ON d.article_id = x.article_id
                              WHERE x.tag_id = t.id AND d.published AND d.key_at <= \(now))
                ORDER BY t.id LIMIT \(min(3, limit))
                """, logger: self.logger).map { TypeAheadSuggestion(kind: .tag, text: try $0.get("name"), articleID: nil, slug: try $0.get("slug")) }
            let wanted = limit - tags.count
            // A short prefix starts words in most headlines: the newest ones are found by
            // walking the newest stories (ordered as the time index is once published is fixed,
            // or the planner sorts the whole table instead). A rarer one, which the walk finds too few of, has few
            // matches, which the GIN index gives at little cost.
            var rows = try await connection.rows("""
                SELECT a.id, a.slug, a.headline FROM (
                    SELECT article_id, key_at, type_ahead FROM search_document WHERE published AND key_at <= \(now)
                    ORDER BY key_at DESC, article_id DESC LIMIT \(Self.typeAheadWalk)) d
                JOIN article a ON a.id = d.article_id
                WHERE d.type_ahead @@ \(query)::tsquery
                ORDER BY d.key_at DESC, d.article_id DESC LIMIT \(wanted)
                """, logger: self.logger)
            if rows.count < wanted {
                // Every match from the index, then the newest: left to itself the planner walks
                // the time index expecting matches spread evenly, and a prefix whose stories are
                // all years old («حجز», 2,871 in 294,294) walked 182,644 newer rows (244 ms).
                rows = try await connection.rows("""
                    WITH m AS MATERIALIZED (
                        SELECT article_id, key_at FROM search_document
                        WHERE published AND key_at <= \(now) AND type_ahead @@ \(query)::tsquery)
                    SELECT a.id, a.slug, a.headline FROM m JOIN article a ON a.id = m.article_id
                    ORDER BY m.key_at DESC, m.article_id DESC LIMIT \(wanted)
                    """, logger: self.logger)
            }
            let headlines = try rows.map {
                TypeAheadSuggestion(kind: .headline, text: try $0.get("headline"), articleID: ArticleID(try $0.get("id", as: Int64.self)), slug: try $0.get("slug"))
            }
            return tags + headlines
        }
    }
}
