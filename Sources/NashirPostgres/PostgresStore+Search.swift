import ArabicText
import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// Search over `search_document`: the GIN index finds the matches, newest first; the newest
/// `rankingDepth` are scored in SQL by a BM25-like sum (each query word's inverse document
/// frequency times `ts_rank` of its weighted fields), then proximity and recency as SQLite's store does.
extension PostgresStore: ArticleSearch, SearchIndexing {
    /// Matches scored per search; older ones follow newest first.
    static let rankingDepth = 1_000
    /// Counting stops here: past some thousands the exact number tells a reader nothing.
    static let countCap = 10_000
    /// Candidates ranked per left-out word for relaxed matching.
    static let relaxedDepth = 200
    /// The newest stories type-ahead reads before it asks the index.
    static let typeAheadWalk = 3_000
    /// Off only for tests, which compare what the narrowing finds with what every match gives.
    @TaskLocal static var narrowsToNewestWeeks = true
    /// Bytes of an article scanned for its excerpt (as in SQLite's store).
    static let excerptScanLimit = 3_000

    public func search(_ request: SearchRequest, now: Date) async throws -> SearchResults {
        let parsed = SearchQuery(parsing: request.text)
        guard !parsed.isEmpty, request.limit > 0 else { return .empty }
        let ranking = SearchRanking.standard
        let found = try await read { connection in
            let counter = DocumentCounter(connection: connection, logger: self.logger)
            let restored = try await counter.resolve { count in try parsed.restoringHamzaSeats { try count($0, .max) } }
            let query = try await counter.resolve { count in try restored.addingReadings(documents: count) }
            guard let facets = try await Self.facets(request, on: connection, logger: self.logger), let match = SearchMatch(query) else {
                return (query: query, total: 0, totalIsExact: true, page: [Scored](), texts: [Int64: Found](), suggestion: String?.none)
            }
            let scope = Scope(request: request, now: now, facets: facets)
            let depth = Self.rankingDepth
            // A common word's newest matches are looked for in the newest weeks first: finding
            // them among all its matches means reading every one.
            let (candidates, window) = try await Self.newest(match, scope: scope, depth: depth, counter: counter, on: connection, logger: self.logger)
            // Counting past the ranked matches reads every match: only when there are few. Beyond,
            // the total is the lower bound the ranking shows (breadth is full from 500).
            var total = candidates.count, totalIsExact = true
            if candidates.count == depth, window == nil {
                total = try await Self.count(match.tsquery, scope: scope, cap: Self.countCap + 1, on: connection, logger: self.logger)
                totalIsExact = total <= Self.countCap
                total = min(total, Self.countCap)
            } else if candidates.count == depth {
                totalIsExact = false
            }
            var page = Self.ranked(candidates, multiword: match.isMultiword, total: total, ranking: ranking)
            page = Array(page.dropFirst(request.offset).prefix(request.limit))
            if page.count < request.limit, !totalIsExact || total > candidates.count {
                // Past the ranked matches, older ones follow newest first, so paging never repeats one.
                let older = try await Self.candidates(
                    match, scope: scope, depth: request.limit - page.count, offset: max(candidates.count, request.offset), counter: counter,
                    scored: false, on: connection, logger: self.logger)
                page += older.map { Scored(id: $0.id, score: 0) }
            }
            if request.offset == 0, total < request.limit {
                let full = Set(candidates.map(\.id))
                var partial: [Int64: Candidate] = [:]
                for relaxed in query.relaxations {
                    guard let relaxedMatch = SearchMatch(relaxed) else { continue }
                    for candidate in try await Self.newest(
                        relaxedMatch, scope: scope, depth: Self.relaxedDepth, counter: counter, on: connection, logger: self.logger).candidates
                    where !full.contains(candidate.id) && candidate.relevance > (partial[candidate.id]?.relevance ?? -1) {
                        partial[candidate.id] = candidate
                    }
                }
                page += Self.ranked(Array(partial.values), multiword: false, total: 0, ranking: ranking)
                    .prefix(request.limit - page.count).map { Scored(id: $0.id, score: $0.score, partial: true) }
            }
            let suggestion = total == 0
                ? try await SpellingCorrection.suggestion(
                    for: query, typed: request.text,
                    lookup: PostgresSpellingLookup(connection: connection, counter: counter, scope: scope, logger: self.logger))
                : nil
            return (
                query: query, total: total, totalIsExact: totalIsExact, page: page, texts: try await Self.found(page.map(\.id), on: connection, logger: self.logger),
                suggestion: suggestion)
        }
        let terms = found.query.highlightTerms
        let rows = found.page.compactMap { scored in found.texts[scored.id].map { (scored, $0) } }
        let hits = await CPUWork.run {
            rows.concurrentMap(minimumChunk: 2) { scored, row in Self.hit(row, score: scored.score, partial: scored.partial, terms: terms) }
        }
        return SearchResults(total: found.total, totalIsExact: found.totalIsExact, hits: hits, suggestion: found.suggestion)
    }

    public func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date) async throws -> [ArticleSummary] {
        let terms = Set(SearchQuery(parsing: text).required.flatMap { $0.flatMap(\.terms) })
        guard limit > 0, !terms.isEmpty else { return [] }
        let wordLimit = 2_000
        return try await read { connection in
            let counter = DocumentCounter(connection: connection, logger: self.logger)
            let counts = try await counter.documents(terms)
            var counted = terms.sorted().map { (term: $0, documents: counts[$0] ?? 0) }.filter { $0.documents > 1 }
            counted.sort { $0.documents != $1.documents ? $0.documents < $1.documents : $0.term < $1.term }
            guard let rarest = counted.first else { return [] }
            // The rarest words carry the relation; with only common ones, the least common alone.
            let distinctive = counted.filter { $0.documents <= wordLimit }.prefix(4).map(\.term)
            let words = distinctive.isEmpty ? [rarest.term] : distinctive
            let match = SearchMatch(anyOf: words)
            let scope = Scope(published: true, now: now)
            let found = try await Self.candidates(match, scope: scope, depth: 200, counter: counter, scored: !distinctive.isEmpty, on: connection, logger: self.logger)
            let ordered = distinctive.isEmpty ? found : found.sorted { $0.relevance != $1.relevance ? $0.relevance > $1.relevance : $0.keyAt > $1.keyAt }
            let ids = Array(ordered.map(\.id).filter { !excluding.contains(ArticleID($0)) }.prefix(limit))
            guard !ids.isEmpty else { return [] }
            let summaries = try await connection.rows("""
                SELECT \(unescaped: Self.summaryColumns) FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = ANY(\(ids))
                """, logger: self.logger).map(Self.summary).filter { $0.status == .published }
            let byID = Dictionary(summaries.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
            return ids.compactMap { byID[$0] }
        }
    }

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
                rows = try await connection.rows("""
                    SELECT a.id, a.slug, a.headline FROM search_document d JOIN article a ON a.id = d.article_id
                    WHERE d.published AND d.key_at <= \(now) AND d.type_ahead @@ \(query)::tsquery
                    ORDER BY d.key_at DESC, d.article_id DESC LIMIT \(wanted)
                    """, logger: self.logger)
            }
            let headlines = try rows.map {
                TypeAheadSuggestion(kind: .headline, text: try $0.get("headline"), articleID: ArticleID(try $0.get("id", as: Int64.self)), slug: try $0.get("slug"))
            }
            return tags + headlines
        }
    }

    public func reindex() async throws {
        try await write { connection in try await Self.rebuildIndex(on: connection, logger: self.logger) }
        try await tidyIndex()
    }

    /// After a rebuild: marks the index's pages all-visible, so counting a word's documents reads
    /// the GIN index alone, and gives the planner fresh statistics (VACUUM runs outside a transaction).
    func tidyIndex() async throws {
        try await read { connection in
            try await connection.run("VACUUM (ANALYZE) search_document", logger: self.logger)
            try await connection.run("ANALYZE article", logger: self.logger)
        }
    }

    /// Re-analyses every article into `search_document`, in batches, and records the version.
    static func rebuildIndex(on connection: PostgresConnection, logger: Logger) async throws {
        var after: Int64 = 0
        while true {
            var builder = QueryBuilder()
            let condition = "a.id > \(try builder.bind(after)) ORDER BY a.id LIMIT 500"
            let articles = try await Self.articles(builder, where: condition, on: connection, logger: logger)
            guard let last = articles.last else { break }
            let documents = await SearchTerms.analyse(articles.map(\.content))
            try await SearchTerms.index(zip(articles, documents).map { ($0.id.rawValue, $1) }, on: connection, logger: logger)
            after = last.id.rawValue
        }
        try await connection.run("UPDATE search_index_state SET analyzer_version = \(SearchTerms.version)", logger: logger)
    }

    /// Rebuilds an index written by another version, once, whichever instance starts first.
    static func bringIndexUpToDate(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.lockKey))", logger: logger)
        let built = try await connection.row("SELECT analyzer_version FROM search_index_state", logger: logger)?.get("analyzer_version", as: Int.self)
        if built != SearchTerms.version { try await rebuildIndex(on: connection, logger: logger) }
        try await bringLegacyAddressesUpToDate(on: connection, logger: logger)
    }

    // MARK: - Matching and scoring

    /// A match's article and what ranking needs to know of it.
    struct Candidate: Sendable {
        var id: Int64
        var keyAt: Date
        /// The BM25-like score times the proximity factor; 0 when not scored.
        var relevance: Double
        var nearInHeadline: Bool
    }

    struct Scored: Sendable {
        var id: Int64
        var score: Double
        var partial = false
    }

    /// Which documents a request may see.
    struct Scope {
        var published: Bool
        var now: Date
        var from: Date?
        var before: Date?
        var section: Int64?
        var tags: [Int64] = []

        init(published: Bool, now: Date) {
            self.published = published
            self.now = now
        }

        init(request: SearchRequest, now: Date, facets: (section: Int64?, tags: [Int64])) {
            self.init(published: request.visibility == .published, now: now)
            from = request.publishedFrom
            before = request.publishedBefore
            section = facets.section
            tags = facets.tags
        }

        func conditions(_ builder: inout QueryBuilder) throws -> String {
            var clauses: [String] = []
            if published { clauses.append("published AND key_at <= \(try builder.bind(now))") }
            if let from { clauses.append("published AND key_at >= \(try builder.bind(from))") }
            if let before { clauses.append("published AND key_at < \(try builder.bind(before))") }
            if let section { clauses.append("section_id = \(try builder.bind(section))") }
            if !tags.isEmpty { clauses.append("tag_ids @> \(try builder.bind(tags))") }
            return clauses.map { " AND " + $0 }.joined()
        }
    }

    /// The newest `depth` matches, scored, looked for in the newest weeks first when the words
    /// are common (`DocumentCounter.window`), in every week when those held too few; with the
    /// weeks that sufficed, nil for all.
    private static func newest(
        _ match: SearchMatch, scope: Scope, depth: Int, counter: DocumentCounter, on connection: PostgresConnection, logger: Logger
    ) async throws -> (candidates: [Candidate], window: [String]?) {
        // Words are not spread evenly over time (a story runs for weeks, a source joins in some
        // year): a window that held too few is widened by what it held, three times at most.
        var wanted = Double(depth) * 1.25
        for _ in 0..<3 where narrowsToNewestWeeks {
            guard let window = try await counter.window(for: match, wanted: wanted) else { break }
            let found = try await candidates(match, scope: scope, depth: depth, window: window, counter: counter, on: connection, logger: logger)
            if found.count == depth { return (found, window) }
            wanted *= max(2, 1.5 * Double(depth) / Double(max(found.count, 1)))
        }
        return (try await candidates(match, scope: scope, depth: depth, counter: counter, on: connection, logger: logger), nil)
    }

    /// The newest matches of `match` in `scope` (within `window`'s weeks when given), with their scores when `scored`.
    private static func candidates(
        _ match: SearchMatch, scope: Scope, depth: Int, offset: Int = 0, window: [String]? = nil, counter: DocumentCounter, scored: Bool = true,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> [Candidate] {
        var builder = QueryBuilder()
        let tsquery = try builder.bind(window.map { match.within(weeks: $0) } ?? match.tsquery)
        let conditions = try scope.conditions(&builder)
        var score = "0::float8"
        var near = "false", nearAnywhere = "false"
        if scored {
            let documents = try await counter.documentCount()
            var parts: [String] = []
            for part in match.scoring {
                let df = try await counter.frequency(of: part.phrases)
                let idf = log(1 + (Double(max(documents, df)) - Double(df) + 0.5) / (Double(df) + 0.5))
                let column = part.exact ? "exact" : "terms"
                let weight = part.exact ? SearchRanking.standard.exact / SearchRanking.standard.headline : 1
                parts.append("\(idf * weight) * ts_rank(\(weights), d.\(column), \(try builder.bind(part.tsquery))::tsquery, 1)")
            }
            if !parts.isEmpty { score = parts.joined(separator: " + ") }
            if let (headline, anywhere) = match.near {
                near = "d.terms @@ \(try builder.bind(headline))::tsquery"
                nearAnywhere = "d.terms @@ \(try builder.bind(anywhere))::tsquery"
            }
        }
        let ranking = SearchRanking.standard
        return try await connection.rows(builder.query("""
            SELECT d.article_id, d.key_at, (\(score)) AS score, \(near) AS near_headline, \(nearAnywhere) AS near_anywhere
            FROM (SELECT article_id, key_at, published, terms, exact FROM search_document
                  WHERE terms @@ \(tsquery)::tsquery\(conditions)
                  ORDER BY published DESC, key_at DESC, article_id DESC LIMIT \(depth) OFFSET \(offset)) d
            ORDER BY d.published DESC, d.key_at DESC, d.article_id DESC
            """), logger: logger).map { row in
            let inHeadline: Bool = try row.get("near_headline")
            let factor = ranking.proximityFactor(inHeadline: inHeadline, anywhere: try row.get("near_anywhere"))
            return Candidate(id: try row.get("article_id"), keyAt: try row.get("key_at"), relevance: try row.get("score", as: Double.self) * factor, nearInHeadline: inHeadline)
        }
    }

    /// `ts_rank`'s weights for D, C, B, A (body, tags, highlights, headline), relative to the headline's.
    private static var weights: String {
        let ranking = SearchRanking.standard
        let values = [ranking.body, ranking.tags, ranking.highlights, ranking.headline].map { String($0 / ranking.headline) }
        return "'{\(values.joined(separator: ","))}'::float4[]"
    }

    /// Candidates in score order after the recency factor, counted from the newest of them.
    private static func ranked(_ candidates: [Candidate], multiword: Bool, total: Int, ranking: SearchRanking) -> [Scored] {
        guard let newest = candidates.map(\.keyAt).max() else { return [] }
        let breadth = SearchRanking.breadth(matches: multiword ? candidates.filter(\.nearInHeadline).count : total)
        return candidates.map { candidate in
            let age = Int64(newest.timeIntervalSince(candidate.keyAt))
            return Scored(id: candidate.id, score: candidate.relevance * ranking.recency(age: age, breadth: breadth))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id > $1.id }
    }

    private static func count(_ tsquery: String, scope: Scope, cap: Int, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        var builder = QueryBuilder()
        let match = try builder.bind(tsquery)
        let conditions = try scope.conditions(&builder)
        return try await connection.row(builder.query("""
            SELECT count(*)::integer AS n FROM (SELECT 1 FROM search_document WHERE terms @@ \(match)::tsquery\(conditions) LIMIT \(cap)) m
            """), logger: logger)?.get("n", as: Int.self) ?? 0
    }

    /// The section's and tag's ids; nil when one names nothing, so nothing matches.
    private static func facets(_ request: SearchRequest, on connection: PostgresConnection, logger: Logger) async throws -> (section: Int64?, tags: [Int64])? {
        var section: Int64?
        var tags: [Int64] = []
        if let slug = request.sectionSlug {
            guard let id = try await connection.row("SELECT id FROM section WHERE slug = \(slug)", logger: logger)?.get("id", as: Int64.self) else { return nil }
            section = id
        }
        if let slug = request.tagSlug {
            guard let id = try await connection.row("SELECT id FROM tag WHERE slug = \(slug)", logger: logger)?.get("id", as: Int64.self) else { return nil }
            tags.append(id)
        }
        return (section, tags)
    }

    /// A found article's summary and text, read inside the transaction and marked up outside it.
    struct Found: Sendable {
        var summary: ArticleSummary
        var text: String
    }

    private static func found(_ ids: [Int64], on connection: PostgresConnection, logger: Logger) async throws -> [Int64: Found] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await connection.rows("""
            SELECT \(unescaped: summaryColumns), a.content FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = ANY(\(ids))
            """, logger: logger)
        var found: [Int64: Found] = [:]
        for row in rows {
            let summary = try Self.summary(row)
            let content = try StoredContent(json: try row.get("content"))
            found[summary.id.rawValue] = Found(summary: summary, text: (content.highlights + content.body.map(\.text)).joined(separator: " "))
        }
        return found
    }

    /// A result with its matched words marked in the headline and the best passage.
    private static func hit(_ found: Found, score: Double, partial: Bool, terms: Set<String>) -> SearchHit {
        var text = found.text
        if text.utf8.count > excerptScanLimit {
            var cut = text.utf8.index(text.utf8.startIndex, offsetBy: excerptScanLimit)
            while cut.samePosition(in: text.unicodeScalars) == nil { cut = text.utf8.index(before: cut) }
            text = String(text.unicodeScalars[..<cut])
        }
        return SearchHit(
            summary: found.summary, headline: ArabicHighlighter.highlight(found.summary.headline, terms: terms),
            snippet: ArabicHighlighter.excerpt(of: text, terms: terms), score: score, partial: partial)
    }
}
