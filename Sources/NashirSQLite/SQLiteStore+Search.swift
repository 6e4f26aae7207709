import ArabicText
import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: ArticleSearch {
    /// Bytes of an article scanned for its excerpt: about 250 Arabic words, the lede and the
    /// paragraphs after it, where a news story says what it is about. Excerpts were half of a
    /// search's time when the whole story was scanned.
    static let excerptScanLimit = 3_000

    public func search(_ request: SearchRequest, now: Date) async throws -> SearchResults {
        let parsed = SearchQuery(parsing: request.text)
        guard !parsed.isEmpty, request.limit > 0 else { return .empty }
        let depth = rankingDepth
        let ranking = ranking
        let cap = max(countCap, depth)
        let range = Self.keyRange(request, now: now)
        let indexCounts = indexCounts
        let found = try await pool.read { db -> (query: SearchQuery, total: Int, page: [Scored], articles: [Int64: Found], match: SearchExpression.Match?) in
            let frequency = { (term: String) in try Self.documentFrequency(of: term, in: db) }
            let restored = try parsed.restoringHamzaSeats(documentFrequency: frequency)
            let query = ranking.otherReadings ? try restored.addingReadings { try Self.documentCount(of: $0, atMost: $1, in: db) } : restored
            guard let facets = try Self.facets(request, in: db), let match = SearchExpression.match(query, facets: facets) else {
                return (query, 0, [], [:], nil)
            }
            let counter = PhraseCounter(counts: indexCounts)
            let candidates = try Self.candidates(match: match, counter: counter, range: range, depth: depth, detailed: true, ranking: ranking, in: db)
            // Counting walks on past the oldest candidate, only when the candidates were cut
            // short, and only up to the cap; by the stems alone, since exact forms match only
            // where their stems do (`SearchForms.exactTerm`) and each OR costs the walk a merge.
            var total = candidates.count
            if total == depth, let oldest = candidates.last?.key, oldest > range.lowerBound,
               let counted = SearchExpression.match(query, facets: facets, withExactForms: false) {
                total += try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ?
                                          ORDER BY rowid DESC LIMIT ?)
                    """), arguments: [counted.text, range.lowerBound, oldest - 1, cap + 1 - depth]) ?? 0
            }
            let proximity = Proximity(candidates, measured: !match.words.isEmpty)
            var page = try Self.rankedPage(
                candidates, match: match, counter: counter, range: range, total: total, proximity: proximity, ranking: ranking,
                limit: request.limit, offset: request.offset, in: db)
            // Fewer full matches than a page: the first page goes on with articles missing one word.
            if request.offset == 0, total < request.limit {
                let full = Set(candidates.map(\.key))
                page += try Self.partialMatches(
                    of: query, facets: facets, counter: counter, range: range, excluding: full, limit: request.limit - page.count, ranking: ranking,
                    in: db)
            }
            return (query, total, page, try Self.articleRows(keys: page.map(\.key), in: db), match)
        }
        let suggestion = found.total == 0
            ? try await SpellingCorrection.suggestion(for: found.query, typed: request.text, lookup: SQLiteSpellingLookup(pool: pool, range: range)) : nil
        let terms = found.query.highlightTerms, groups = found.query.highlightGroups
        let rows = found.page.compactMap { scored in found.articles[scored.key].map { (scored, $0) } }
        // Highlighting is the CPU-heavy part of a search: kept off the caller's thread, which
        // in the server is an event loop answering cached pages.
        let match = Self.excerptsSkipWordsTheTextLacks ? found.match : nil
        let hits = await CPUWork.run {
            rows.concurrentMap(minimumChunk: 2) { scored, row in
                let held = match.flatMap { match in scored.phrases.map { Self.groups(groups, heldBy: $0, of: match) } } ?? groups
                return Self.hit(row, score: scored.score, partial: scored.partial, terms: terms, groups: held)
            }
        }
        return SearchResults(
            total: min(found.total, cap), totalIsExact: found.total <= cap, hits: hits, suggestion: suggestion)
    }

    public func typeAhead(_ prefix: String, limit: Int, now: Date) async throws -> [TypeAheadSuggestion] {
        var words = Array(ArabicTokenizer.tokens(in: prefix).prefix(8).map(\.text))
        // One letter matches too many words to be worth a look-up; wait for the second.
        if words.last.map({ $0.unicodeScalars.count < 2 }) == true { words.removeLast() }
        guard limit > 0, let match = SearchExpression.prefixMatch(words) else { return [] }
        let newest = SearchKey.upperBound(atOrBefore: now)
        return try await pool.read { db in
            let tags = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT tg.slug, tg.name FROM search_typeahead t JOIN tag tg ON tg.id = -t.rowid
                WHERE search_typeahead MATCH ? AND t.rowid < 0
                  AND EXISTS (SELECT 1 FROM article_tag at JOIN search_key k ON k.article_id = at.article_id
                              WHERE at.tag_id = tg.id AND k.key BETWEEN 1 AND ?)
                LIMIT ?
                """), arguments: [match, newest, min(3, limit)])
                .map { TypeAheadSuggestion(kind: .tag, text: $0["name"], articleID: nil, slug: $0["slug"]) }
            let headlines = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.id, a.slug, a.headline FROM search_typeahead t
                JOIN search_key k ON k.key = t.rowid JOIN article a ON a.id = k.article_id
                WHERE search_typeahead MATCH ? AND t.rowid BETWEEN 1 AND ?
                ORDER BY t.rowid DESC LIMIT ?
                """), arguments: [match, newest, limit - tags.count])
                .map { TypeAheadSuggestion(kind: .headline, text: $0["headline"], articleID: ArticleID($0["id"] as Int64), slug: $0["slug"]) }
            return tags + headlines
        }
    }

    /// A match's index key and its score after the recency factor.
    struct Scored: Sendable {
        var key: Int64
        var score: Double
        /// Matched without one of the query's words.
        var partial = false
        /// The match's phrases found in the text an excerpt is taken from, when known.
        var phrases: Int64?
    }

    /// Off only for tests, which compare the excerpts with those every word of the query gives.
    @TaskLocal static var excerptsSkipWordsTheTextLacks = true

    /// The query's word groups a hit's text may hold: a group goes only when each of its terms
    /// is a one-word phrase of the match that the index does not find in the hit's highlights
    /// or body, so the excerpt stops at the first window with the words the text has instead of
    /// reading on for a word only the headline holds. It chooses the same window.
    static func groups(_ groups: [Set<String>], heldBy phrases: Int64, of match: SearchExpression.Match) -> [Set<String>] {
        var found: [String: Bool] = [:]
        for (index, terms) in match.phrases.enumerated() where terms.count == 1 && index < 63 {
            found[terms[0], default: false] = found[terms[0], default: false] || phrases >> index & 1 == 1
        }
        // A term of a phrase of several words may stand alone in the text: kept.
        for terms in match.phrases where terms.count > 1 { for term in terms { found[term] = true } }
        return groups.filter { group in group.contains { found[$0] ?? true } }
    }

    /// The best articles that match the query without one of its plain words, ranked like full
    /// matches among themselves; an article missing two words is in none of the sets.
    private static func partialMatches(
        of query: SearchQuery, facets: [String], counter: PhraseCounter, range: ClosedRange<Int64>, excluding full: Set<Int64>, limit: Int,
        ranking: SearchRanking, in db: Database
    ) throws -> [Scored] {
        guard limit > 0 else { return [] }
        var found: [Int64: Double] = [:]
        for relaxed in query.relaxations {
            guard let match = SearchExpression.match(relaxed, facets: facets) else { continue }
            let relaxedCandidates = try candidates(match: match, counter: counter, range: range, depth: relaxedDepth, ranking: ranking, in: db)
            for candidate in relaxedCandidates where !full.contains(candidate.key) {
                found[candidate.key] = min(found[candidate.key] ?? 0, candidate.bm25)
            }
        }
        guard let newest = found.keys.max().map(SearchKey.seconds) else { return [] }
        let scored: [Scored] = found.map { key, bm25 in
            Scored(key: key, score: -bm25 * ranking.recency(age: newest - SearchKey.seconds(key), breadth: 0), partial: true)
        }
        return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.key > $1.key }.prefix(limit))
    }

    /// Newest matches ranked per left-out word: partial hits fill at most a page, so a few
    /// hundred candidates each are plenty, and each costs one more index walk.
    static let relaxedDepth = 200

    /// The requested page: the newest `rankingDepth` matches ordered by score, then any older
    /// ones newest first, so paging through all results never repeats or skips one.
    private static let candidateSQL = """
        SELECT rowid, nashir_bm25(article_search, ?, ?, ?, ?, ?, ?, ?), nashir_near(article_search, ?, ?), nashir_phrases(article_search, ?)
        FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ?
        ORDER BY rowid DESC LIMIT ? OFFSET ?
        """

    /// A match's index key, its BM25 score (FTS5's, lower is better), and when asked the
    /// columns in which the query's words stand close together (bit n for column n) and the
    /// phrases its highlights and body hold (bit n for phrase n).
    struct Candidate: Sendable {
        var key: Int64
        var bm25: Double
        var near: Int64 = 0
        var phrases: Int64?
    }

    /// The highlights and body columns (`SearchIndex`'s order): the text of an excerpt.
    static let textColumns: Int64 = 1 << 1 | 1 << 2

    /// The newest `depth` matches with their BM25 scores and, when `detailed`, where their
    /// words stand close together and which their text holds: read from the instances the
    /// ranking reads anyway, where two NEAR queries walked the index again.
    private static func candidates(
        match: SearchExpression.Match, counter: PhraseCounter, range: ClosedRange<Int64>, depth: Int, offset: Int = 0, detailed: Bool = false,
        ranking: SearchRanking, in db: Database
    ) throws -> [Candidate] {
        let words = detailed ? match.words.map(String.init).joined(separator: " ") : ""
        return try counter.ranking(match, in: db) { counts in
            let arguments = StatementArguments(ranking.columnWeights)
                + [counts, Proximity.distance, words, detailed ? textColumns : 0, match.text, range.lowerBound, range.upperBound, depth, offset]
            return try Row.fetchAll(db.cachedStatement(sql: candidateSQL), arguments: arguments)
                .map { Candidate(key: $0[0], bm25: $0[1], near: $0[2], phrases: detailed ? $0[3] : nil) }
        }
    }

    /// Which matches hold the query's words side by side: in the headline, or anywhere.
    struct Proximity: Sendable {
        /// Words at most this many terms apart stand together.
        static let distance = 2
        /// The index's first column (`SearchIndex`'s order).
        static let headlineColumn: Int64 = 1 << 0

        var inHeadline: Set<Int64> = []
        var anywhere: Set<Int64> = []
        /// False for a one-word query: nothing was measured.
        var isMeasured = false

        init() {}

        /// The candidates' closeness, for a query of two words or more.
        init(_ candidates: [Candidate], measured: Bool) {
            guard measured else { return }
            inHeadline = Set(candidates.filter { $0.near & Self.headlineColumn != 0 }.map(\.key))
            anywhere = Set(candidates.filter { $0.near != 0 }.map(\.key))
            isMeasured = true
        }

        func factor(_ key: Int64, _ ranking: SearchRanking) -> Double {
            ranking.proximityFactor(inHeadline: inHeadline.contains(key), anywhere: anywhere.contains(key))
        }
    }

    private static func rankedPage(
        _ candidates: [Candidate], match: SearchExpression.Match, counter: PhraseCounter, range: ClosedRange<Int64>, total: Int,
        proximity: Proximity,
        ranking: SearchRanking, limit: Int, offset: Int, in db: Database
    ) throws -> [Scored] {
        guard let newest = candidates.first.map({ SearchKey.seconds($0.key) }) else { return [] }
        // One word is broad by its matches; several by the stories that hold them together in
        // their headline: «الانتخابات البلدية» is mentioned in hundreds, the subject of a few.
        let breadth = SearchRanking.breadth(matches: proximity.isMeasured ? proximity.inHeadline.count : total)
        func scored(_ candidate: Candidate) -> Scored {
            let relevance = -candidate.bm25 * proximity.factor(candidate.key, ranking)
            return Scored(
                key: candidate.key, score: relevance * ranking.recency(age: newest - SearchKey.seconds(candidate.key), breadth: breadth),
                phrases: candidate.phrases)
        }
        let ranked: [Scored] = candidates.map(scored).sorted { $0.score != $1.score ? $0.score > $1.score : $0.key > $1.key }
        var page = Array(ranked.dropFirst(offset).prefix(limit))
        if page.count < limit, total > candidates.count, let oldest = candidates.last?.key, oldest > range.lowerBound {
            page += try Self.candidates(
                match: match, counter: counter, range: range.lowerBound...(oldest - 1), depth: limit - page.count, offset: max(0, offset - candidates.count),
                ranking: ranking, in: db
            ).map(scored)
        }
        return page
    }

    /// The index keys a request may see: readers published articles up to now, editors all.
    static func keyRange(_ request: SearchRequest, now: Date) -> ClosedRange<Int64> {
        var lower: Int64 = request.visibility == .published ? 1 : -Int64.max
        var upper: Int64 = request.visibility == .published ? SearchKey.upperBound(atOrBefore: now) : Int64.max
        if let from = request.publishedFrom { lower = max(lower, SearchKey.lowerBound(from)) }
        if let before = request.publishedBefore { upper = min(upper, SearchKey.upperBound(before: before)) }
        // An inverted range (from after before) matches nothing: no key is Int64.min.
        return lower <= upper ? lower...upper : Int64.min...Int64.min
    }

    /// How many articles, drafts included, have the analysed term.
    static func documentFrequency(of term: String, in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM article_search_terms WHERE term = ?"), arguments: [term]) ?? 0
    }

    /// How many articles, drafts included, have the analysed term, counting no further than `cap`.
    static func documentCount(of term: String, atMost cap: Int, in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?)"),
                         arguments: [SearchExpression.quoted([term]), cap]) ?? 0
    }

    /// Facet terms for the request's section and tag; nil when one names nothing, so nothing matches.
    private static func facets(_ request: SearchRequest, in db: Database) throws -> [String]? {
        var facets: [String] = []
        if let slug = request.sectionSlug {
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM section WHERE slug = ?"), arguments: [slug]) else { return nil }
            facets.append(SearchDocument.sectionFacet(id))
        }
        if let slug = request.tagSlug {
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM tag WHERE slug = ?"), arguments: [slug]) else { return nil }
            facets.append(SearchDocument.tagFacet(id))
        }
        return facets
    }

    /// A found article's columns, read inside the transaction and turned into a hit outside it.
    struct Found: Sendable {
        var summary: ArticleSummary
        /// The first highlight, for results whose match is only in the headline.
        var highlight: String?
        /// Highlights and body as one text (JSON unpacked by SQLite, much faster than in Swift:
        /// each block's `text`, walked in one pass, where extracting it from each block parsed
        /// the block a second time).
        var text: String
    }

    private static func articleRows(keys: [Int64], in db: Database) throws -> [Int64: Found] {
        guard !keys.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT k.key, a.id, a.slug, a.headline, a.published_at, a.status, a.updated_at, a.author_id, a.revision, a.summary, json_extract(a.highlights, '$[0]') AS first_highlight,
                   (SELECT group_concat(value, ' ') FROM json_each(a.highlights)) AS highlights_text,
                   (SELECT group_concat(value, ' ') FROM json_tree(a.body) WHERE key = 'text' AND instr(path, '.') = 0) AS body_text,
                   s.slug AS section_slug, s.name AS section_name
            FROM search_key k JOIN article a ON a.id = k.article_id JOIN section s ON s.id = a.section_id
            WHERE k.key IN (\(keys.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(keys))
        return Dictionary(rows.map { row in
            let summary = ArticleSummary(
                id: ArticleID(row["id"] as Int64), slug: row["slug"],
                section: Section(slug: row["section_slug"], name: row["section_name"]),
                headline: row["headline"], highlight: row["summary"],
                publishedAt: ColumnCoding.date(row["published_at"]),
                status: ArticleStatus(rawValue: row["status"]) ?? .draft, updatedAt: ColumnCoding.date(row["updated_at"]),
                author: (row["author_id"] as Int64?).map { UserID($0) }, revision: row["revision"])
            let text = [row["highlights_text"] as String?, row["body_text"] as String?].compactMap { $0 }.joined(separator: " ")
            return (row["key"] as Int64, Found(summary: summary, highlight: row["first_highlight"], text: text))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// A result with its matched words marked in the headline and the best passage.
    private static func hit(_ found: Found, score: Double, partial: Bool, terms: Set<String>, groups: [Set<String>]) -> SearchHit {
        var summary = found.summary
        summary.highlight = summary.highlight ?? found.highlight
        // The best passage is nearly always early; scanning a long feature to its end costs
        // more than the reader would wait.
        var text = found.text
        if text.utf8.count > excerptScanLimit {
            // Cut by bytes (counting characters would walk the whole text), on a scalar boundary.
            var cut = text.utf8.index(text.utf8.startIndex, offsetBy: excerptScanLimit)
            while cut.samePosition(in: text.unicodeScalars) == nil { cut = text.utf8.index(before: cut) }
            text = String(text.unicodeScalars[..<cut])
        }
        return SearchHit(
            summary: summary, headline: ArabicHighlighter.highlight(summary.headline, terms: terms),
            snippet: ArabicHighlighter.excerpt(of: text, groups: groups), score: score, partial: partial)
    }
}
