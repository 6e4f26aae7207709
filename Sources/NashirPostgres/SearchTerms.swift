import ArabicText
import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// An article's analysed terms as PostgreSQL `tsvector` texts: the same ArabicText analysis as
/// SQLite's index, written as lexemes directly (no PostgreSQL parser or stemmer runs on them).
/// Fields are told apart by weight: headline A, highlights B, tags C, body D.
struct SearchTerms: Sendable {
    var terms: String
    /// The headline's words as printed (`SearchForms.exactText`).
    var exact: String
    /// The headline's words for type-ahead (`SearchForms.typeAheadText`).
    var typeAhead: String
    /// Every two terms side by side in one field (`SearchTerms.pair`), without positions: the
    /// index finds a phrase's documents by them, where by its words alone it would have to read
    /// every document holding both to check their positions.
    var pairs: String

    /// The version of what is written here; a store finding an index of another version rebuilds it.
    static let version = 4

    /// PostgreSQL's limits: positions above 16,383 count as 16,383, a lexeme keeps 256 of them
    /// and may not pass 2 KB.
    static let maximumPosition = 16_383
    static let positionsPerLexeme = 256
    static let maximumLexemeBytes = 2_000

    init(_ content: ArticleContent) {
        var vector = Vector()
        vector.add(ArabicAnalyzer.terms(in: content.headline), weight: "A")
        vector.add(ArabicAnalyzer.terms(in: content.highlights.joined(separator: "\n")), weight: "B")
        vector.add(ArabicAnalyzer.terms(in: content.tags.map(\.name).joined(separator: "\n")), weight: "C")
        vector.add(ArabicAnalyzer.terms(in: content.body.map(\.text).joined(separator: "\n")), weight: "D")
        terms = vector.text
        // In byte order: any fixed order will do, since PostgreSQL sorts a tsvector's lexemes
        // itself, and String's own order normalises every Arabic pair it compares.
        pairs = vector.pairs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(Self.quoted).joined(separator: " ")
        exact = Self.vector(SearchForms.exactText(content.headline))
        typeAhead = Self.typeAheadVector(content.headline)
    }

    /// Analyses many articles on every core, off the caller's thread.
    static func analyse(_ contents: [ArticleContent]) async -> [SearchTerms] {
        await CPUWork.run { contents.concurrentMap(SearchTerms.init) }
    }

    /// A text's type-ahead words as a `tsvector`.
    static func typeAheadVector(_ text: String) -> String {
        vector(SearchForms.typeAheadText(text))
    }

    /// Space-separated words as a `tsvector` of weight A.
    private static func vector(_ words: String) -> String {
        var vector = Vector()
        vector.add(words.split(separator: " ").map(String.init), weight: "A")
        return vector.text
    }

    /// Two terms side by side as one lexeme; a space is never inside a term.
    static func pair(_ first: String, _ second: String) -> String { first + " " + second }

    /// Lexemes with their positions and weights, in the order first seen, and the pairs of
    /// lexemes side by side.
    struct Vector {
        private var positions: [String: [String]] = [:]
        private var order: [String] = []
        private var next = 1
        private(set) var pairs: Set<String> = []

        mutating func add(_ words: [String], weight: Character) {
            var previous: String?
            for word in words where !word.isEmpty && word.utf8.count <= SearchTerms.maximumLexemeBytes {
                if let pair = previous.map({ SearchTerms.pair($0, word) }), pair.utf8.count < SearchTerms.maximumLexemeBytes { pairs.insert(pair) }
                previous = word
                let position = min(next, SearchTerms.maximumPosition)
                next += 1
                if positions[word] == nil { order.append(word) }
                if positions[word, default: []].count < SearchTerms.positionsPerLexeme { positions[word, default: []].append("\(position)\(weight)") }
            }
            // A gap between fields, so a phrase never matches across two of them.
            next += 8
        }

        var text: String {
            order.map { word in SearchTerms.quoted(word) + ":" + (positions[word] ?? []).joined(separator: ",") }.joined(separator: " ")
        }
    }

    /// A lexeme in `tsvector` and `tsquery` syntax: quoted, with quotes and backslashes escaped.
    static func quoted(_ lexeme: String) -> String {
        // Every lexeme and pair of an import passes here: escaped scalar by scalar in Swift, not
        // through Foundation's search, which bridged each one to NSString (a tenth of the
        // import's CPU) and, being non-literal, could miss a quote that carries a combining mark.
        guard lexeme.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else { return "'" + lexeme + "'" }
        var escaped = String.UnicodeScalarView()
        escaped.append("'")
        for scalar in lexeme.unicodeScalars {
            if scalar == "'" || scalar == "\\" { escaped.append(scalar) }
            escaped.append(scalar)
        }
        escaped.append("'")
        return String(escaped)
    }

    /// Writes an article's index row from its current columns, inside the save's transaction.
    static func index(_ id: Int64, _ document: SearchTerms, on connection: PostgresConnection, logger: Logger) async throws {
        try await index([(id, document)], on: connection, logger: logger)
    }

    /// Writes many articles' index rows in one statement (the last document of an id repeated
    /// wins), so `search_term`'s trigger counts the whole batch in one upsert, its words locked
    /// in one order. Beside the words, and beside the pairs, each document holds its time
    /// lexemes (`SearchWeeks`). Rows are written oldest first, the order searches read them in.
    static func index(_ entries: [(id: Int64, document: SearchTerms)], on connection: PostgresConnection, logger: Logger) async throws {
        var latest: [Int64: SearchTerms] = [:]
        for entry in entries { latest[entry.id] = entry.document }
        guard !latest.isEmpty else { return }
        let ids = latest.keys.sorted()
        let terms = ids.map { latest[$0]?.terms ?? "" }, exact = ids.map { latest[$0]?.exact ?? "" }
        let typeAhead = ids.map { latest[$0]?.typeAhead ?? "" }, pairs = ids.map { latest[$0]?.pairs ?? "" }
        try await connection.run("""
            INSERT INTO search_document (article_id, published, key_at, section_id, tag_ids, terms, exact, type_ahead, pairs)
            SELECT a.id, k.published, k.key_at, a.section_id, ARRAY(SELECT tag_id FROM article_tag WHERE article_id = a.id ORDER BY position),
                   d.terms::tsvector || array_to_tsvector(\(unescaped: SearchWeeks.lexemesSQL(week: "w.week"))),
                   d.exact::tsvector, d.type_ahead::tsvector, d.pairs::tsvector || array_to_tsvector(\(unescaped: SearchWeeks.lexemesSQL(week: "w.week")))
            FROM unnest(\(ids)::bigint[], \(terms)::text[], \(exact)::text[], \(typeAhead)::text[], \(pairs)::text[])
                AS d(id, terms, exact, type_ahead, pairs)
            JOIN article a ON a.id = d.id
            CROSS JOIN LATERAL (SELECT a.status = 'published' AND a.published_at IS NOT NULL AS published) p
            CROSS JOIN LATERAL (SELECT p.published, CASE WHEN p.published THEN a.published_at ELSE a.created_at END AS key_at) k
            CROSS JOIN LATERAL (SELECT greatest(0, floor(extract(epoch FROM k.key_at) / 604800))::bigint AS week) w
            ORDER BY k.published, k.key_at, a.id
            ON CONFLICT (article_id) DO UPDATE SET published = excluded.published, key_at = excluded.key_at,
                section_id = excluded.section_id, tag_ids = excluded.tag_ids, terms = excluded.terms, exact = excluded.exact,
                type_ahead = excluded.type_ahead, pairs = excluded.pairs
            """, logger: logger)
    }
}
