import ArabicText
import Foundation
import Logging
import NashirDomain
import PostgresNIO

/// Search over `search_document`: the GIN index finds the matches, newest first; the newest
/// `rankingDepth` are scored in SQL by a BM25-like sum (`SearchScoring`), then proximity and
/// recency as SQLite's store does.
extension PostgresStore: ArticleSearch, SearchIndexing {
    /// Matches scored per search; older ones follow newest first.
    static let rankingDepth = 1_000
    /// Counting stops here: past some thousands the exact number tells a reader nothing.
    static let countCap = 10_000
    /// Candidates ranked per left-out word for relaxed matching.
    static let relaxedDepth = 200
    /// Off only for tests, which compare what the narrowing finds with what every match gives.
    @TaskLocal static var narrowsToNewestWeeks = true
    /// What a look's index walk costs per document its window spans, counted in matches read
    /// (about 0.1 µs against 4 µs at 267,550 articles).
    static let windowDocumentCost = 0.025
    /// What one more look costs, counted in matches read (about 3 ms).
    static let lookCost = 750.0
    /// Bytes of an article scanned for its excerpt (as in SQLite's store).
    static let excerptScanLimit = 3_000

    public func search(_ request: SearchRequest, now: Date) async throws -> SearchResults {
        let parsed = SearchQuery(parsing: request.text)
        guard !parsed.isEmpty, request.limit > 0 else { return .empty }
        let ranking = SearchRanking.standard
        let found = try await read { connection in
            let counter = DocumentCounter(connection: connection, weekCounts: self.weekCounts, logger: self.logger)
            let restored = try await counter.resolve { count in try parsed.restoringHamzaSeats { try count($0, .max) } }
            let query = try await counter.resolve { count in try restored.addingReadings(documents: count) }
            guard let facets = try await Self.facets(request, on: connection, logger: self.logger), let match = SearchMatch(query) else {
                return (query: query, total: 0, totalIsExact: true, page: [Scored](), texts: [Int64: Found](), suggestion: String?.none)
            }
            let scope = Scope(request: request, now: now, facets: facets)
            let depth = Self.rankingDepth
            // A common word's newest matches are looked for in the newest weeks first: finding
            // them among all its matches means reading every one.
            let (candidates, matches) = try await Self.newest(match, scope: scope, depth: depth, counter: counter, on: connection, logger: self.logger)
            // Matches are counted only when every one was read anyway. Past the ranked matches of
            // a window the total is the lower bound the ranking shows (breadth is full from 500).
            var total = candidates.count, totalIsExact = true
            if candidates.count == depth {
                total = min(matches ?? depth, Self.countCap)
                totalIsExact = matches.map { $0 <= Self.countCap } ?? false
            }
            var page = Self.ranked(candidates, multiword: match.isMultiword, total: total, ranking: ranking)
            page = Array(page.dropFirst(request.offset).prefix(request.limit))
            if page.count < request.limit, !totalIsExact || total > candidates.count {
                // Past the ranked matches, older ones follow newest first, so paging never repeats one.
                let older = try await Self.chosen(
                    match, scope: scope, depth: request.limit - page.count, offset: max(candidates.count, request.offset),
                    on: connection, logger: self.logger)
                page += older.rows.map { Scored(id: $0.id, score: 0) }
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
        let terms = found.query.highlightTerms, groups = found.query.highlightGroups
        let rows = found.page.compactMap { scored in found.texts[scored.id].map { (scored, $0) } }
        let hits = await CPUWork.run {
            rows.concurrentMap(minimumChunk: 2) { scored, row in Self.hit(row, score: scored.score, partial: scored.partial, terms: terms, groups: groups) }
        }
        return SearchResults(total: found.total, totalIsExact: found.totalIsExact, hits: hits, suggestion: found.suggestion)
    }

    public func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date) async throws -> [ArticleSummary] {
        let terms = Set(SearchQuery(parsing: text).required.flatMap { $0.flatMap(\.terms) })
        guard limit > 0, !terms.isEmpty else { return [] }
        let wordLimit = 2_000
        return try await read { connection in
            let counter = DocumentCounter(connection: connection, weekCounts: self.weekCounts, logger: self.logger)
            let counts = try await counter.documents(terms)
            var counted = terms.sorted().map { (term: $0, documents: counts[$0] ?? 0) }.filter { $0.documents > 1 }
            counted.sort { $0.documents != $1.documents ? $0.documents < $1.documents : $0.term < $1.term }
            guard let rarest = counted.first else { return [] }
            // The rarest words carry the relation; with only common ones, the least common alone.
            let distinctive = counted.filter { $0.documents <= wordLimit }.prefix(4).map(\.term)
            let words = distinctive.isEmpty ? [rarest.term] : distinctive
            let match = SearchMatch(anyOf: words)
            let scope = Scope(published: true, now: now)
            let scoring = distinctive.isEmpty ? nil : try await SearchScoring(match, counter: counter)
            let found = try await Self.chosen(match, scope: scope, depth: 200, scoring: scoring, on: connection, logger: self.logger).rows
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

    /// The newest `depth` matches, scored. When the words are common they are looked for in the
    /// newest weeks first (`DocumentCounter.window`), then in older weeks only, never reading a
    /// week twice; `matches` counts every match when the last look read all the older weeks, and
    /// is nil when a window sufficed.
    private static func newest(
        _ match: SearchMatch, scope: Scope, depth: Int, counter: DocumentCounter, on connection: PostgresConnection, logger: Logger
    ) async throws -> (candidates: [Candidate], matches: Int?) {
        // The first window is sized as if the words always went together: the smallest that
        // can hold enough. Too small costs one more look at older weeks; too large costs a read
        // from the table per match past the depth («مليون دولار» held 8,470 in a window sized by
        // the words' shares multiplied). After a look, the matches per document of the weeks
        // read size the next, which is a far better guess for a phrase or words out of season;
        // each at least doubles the weeks read, so the last look, at every older week, reads
        // no more than the windows did (it reads every match, to count them).
        let prior = try await counter.mostShare(of: match)
        var share = prior, covered = 0
        var found: [Candidate] = [], read: (first: Int, newest: Int)?
        let scoring = try await SearchScoring(match, counter: counter)
        let documents = Double(try await counter.documentCount())
        for _ in 0..<6 where narrowsToNewestWeeks && share > 0 {
            let needed = Double(depth - found.count)
            let wanted = max(2 * Double(covered), Double(covered) + needed * 1.25 / share)
            // Every older match is read at once when that likely costs less than a window: the
            // index walks each document a window spans, and a look that falls short costs
            // another (two words in 1,780 stories: 9.5 ms for all of them, 13.7 for 640 of them
            // in a window of 96,220 documents). One group's count is known (exact for words);
            // for several, the share of the weeks read guesses how often they go together.
            let older = match.groups.count == 1 ? prior * documents - Double(found.count) : share * (documents - Double(covered))
            if older <= needed + Self.windowDocumentCost * (wanted - Double(covered)) + Self.lookCost { break }
            guard wanted < documents, let window = try await counter.window(documents: wanted) else { break }
            // Only the weeks not read yet: the index then walks their documents alone.
            let weeks = read.map { SearchWeeks.cover(from: window.first, through: $0.first - 1) } ?? SearchWeeks.cover(from: window.first, newest: window.newest)
            found += try await chosen(match, scope: scope, depth: depth - found.count, within: weeks, scoring: scoring, on: connection, logger: logger).rows
            if found.count == depth { return (found, nil) }
            (read, covered) = ((window.first, window.newest), window.documents)
            share = Double(max(found.count, 1)) / Double(covered)
        }
        // Each window read held fewer than asked for, so `found` is every match in them.
        let rest = try await chosen(
            match, scope: scope, depth: depth - found.count, excluding: read.map { SearchWeeks.cover(from: $0.first, newest: $0.newest) },
            counting: true, scoring: scoring, on: connection, logger: logger)
        return (found + rest.rows, found.count + (rest.matches ?? 0))
    }

    /// The newest matches of `match` in `scope` (within one window's lexemes and outside
    /// another's, when given), past `offset`, scored when `scoring` is given; with `counting`,
    /// how many there are in all. The matches are chosen reading ids and times only; the chosen
    /// alone are read again, by their place in the table (in the same statement, so the same
    /// row versions), and scored.
    private static func chosen(
        _ match: SearchMatch, scope: Scope, depth: Int, offset: Int = 0, within window: [String]? = nil, excluding read: [String]? = nil,
        counting: Bool = false, scoring: SearchScoring? = nil, on connection: PostgresConnection, logger: Logger
    ) async throws -> (rows: [Candidate], matches: Int?) {
        guard depth > 0 else { return ([], counting ? 0 : nil) }
        var builder = QueryBuilder()
        var found: [String] = []
        let finding = match.finding(within: window, excluding: read)
        if let terms = finding.terms { found.append("terms @@ \(try builder.bind(terms))::tsquery") }
        if let pairs = finding.pairs { found.append("pairs @@ \(try builder.bind(pairs))::tsquery") }
        let conditions = try scope.conditions(&builder)
        let choosing = """
            SELECT ctid AS place, published, article_id, key_at, \(counting ? "count(*) OVER ()" : "0::bigint") AS matches FROM search_document
            WHERE \(found.joined(separator: " AND "))\(conditions)
            ORDER BY published DESC, key_at DESC, article_id DESC LIMIT \(depth) OFFSET \(offset)
            """
        var sql = "SELECT c.article_id, c.key_at, c.matches, 0::float8 AS score, 0 AS near FROM (\(choosing)) c"
        if let scoring {
            let (score, near) = try scoring.sql(&builder)
            sql = """
                SELECT c.article_id, c.key_at, c.matches, s.score, s.near FROM (\(choosing)) c
                CROSS JOIN LATERAL (SELECT (\(score)) AS score, \(near) AS near FROM search_document d WHERE d.ctid = c.place) s
                """
        }
        // A join keeps no order unless asked: paging past the ranked matches relies on it.
        sql += " ORDER BY c.published DESC, c.key_at DESC, c.article_id DESC"
        let ranking = SearchRanking.standard
        var matches: Int64?
        let rows = try await connection.rows(builder.query(sql), logger: logger).map { row in
            if counting { matches = try row.get("matches", as: Int64.self) }
            let near = try row.get("near", as: Int32.self)
            let factor = ranking.proximityFactor(inHeadline: near == 2, anywhere: near >= 1)
            return Candidate(
                id: try row.get("article_id"), keyAt: try row.get("key_at"), relevance: try row.get("score", as: Double.self) * factor,
                nearInHeadline: near == 2)
        }
        return (rows, counting ? Int(matches ?? 0) : nil)
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
    private static func hit(_ found: Found, score: Double, partial: Bool, terms: Set<String>, groups: [Set<String>]) -> SearchHit {
        var text = found.text
        if text.utf8.count > excerptScanLimit {
            var cut = text.utf8.index(text.utf8.startIndex, offsetBy: excerptScanLimit)
            while cut.samePosition(in: text.unicodeScalars) == nil { cut = text.utf8.index(before: cut) }
            text = String(text.unicodeScalars[..<cut])
        }
        return SearchHit(
            summary: found.summary, headline: ArabicHighlighter.highlight(found.summary.headline, terms: terms),
            snippet: ArabicHighlighter.excerpt(of: text, groups: groups), score: score, partial: partial)
    }
}
