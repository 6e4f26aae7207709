import ArabicText
import Foundation
import GRDB
import NashirDomain

extension SQLiteStore {
    /// Distinctive words a related-stories look-up keeps: the rarest carry nearly all of BM25's
    /// weight, and common ones would make FTS5 score thousands of matches for four links.
    static let relatedWords = 4
    /// The newest matches ranked for relatedness; older ones are rarely what a reader follows.
    static let relatedDepth = 200
    /// Words in more articles than this say little about a story, and BM25 would read each one's
    /// whole posting list; they are used only when a headline has nothing rarer, and unranked.
    static let relatedWordLimit = 2_000

    public func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date) async throws -> [ArticleSummary] {
        try await alsoAbout(text, excluding: excluding, limit: limit, now: now, wordLimit: Self.relatedWordLimit)
    }

    /// Starts reading every common term's count in one pass over the index, in the background,
    /// when the last such reading is missing or older than the counts' lifetime: on a fresh
    /// server, counting each headline word's posting list the first time it came up was a
    /// quarter of the related stories' work.
    func takeTermCountSnapshotIfDue() {
        guard termCounts.claimSnapshot() else { return }
        let (pool, termCounts) = (pool, termCounts)
        Task.detached(priority: .background) {
            let counts = try? await pool.read { db in
                var counts: [String: Int] = [:]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT term, doc FROM article_search_terms WHERE doc >= ?", arguments: [TermCounts.Snapshot.least])
                while let row = try rows.next() { counts[row[0]] = row[1] }
                return counts
            }
            termCounts.replaceSnapshot(counts)
        }
    }

    /// `alsoAbout` with words in more than `wordLimit` articles counted as common.
    func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date, wordLimit: Int) async throws -> [ArticleSummary] {
        let terms = Self.relatedTerms(text)
        guard limit > 0, !terms.isEmpty else { return [] }
        return try await pool.read { db in try self.alsoAbout(terms, excluding: excluding, limit: limit, now: now, wordLimit: wordLimit, in: db) }
    }

    /// The analysed words of a headline that `alsoAbout` looks for.
    static func relatedTerms(_ text: String) -> Set<String> {
        Set(SearchQuery(parsing: text).required.flatMap { $0.flatMap(\.terms) })
    }

    /// `alsoAbout` for a headline's analysed `terms`, inside a read.
    func alsoAbout(_ terms: Set<String>, excluding: Set<ArticleID>, limit: Int, now: Date, wordLimit: Int, in db: Database) throws -> [ArticleSummary] {
        guard limit > 0, !terms.isEmpty else { return [] }
        takeTermCountSnapshotIfDue()
        let weights = ranking.columnWeights
        // Counted no further than the limit: a common word's whole posting list is long, and
        // only a rare word's exact count ranks it. A word only the story itself holds links to nothing.
        let cap = max(wordLimit, 1) + 1
        var counted: [(term: String, documents: Int)] = []
        for term in terms {
            let documents = try termCounts.count(of: term, atMost: cap) { try Self.documentCount(of: $0, atMost: cap, in: db) }
            if documents > 1 { counted.append((term, documents)) }
        }
        func byRarity(_ counts: [(term: String, documents: Int)]) -> [(term: String, documents: Int)] {
            counts.sorted { $0.documents != $1.documents ? $0.documents < $1.documents : $0.term < $1.term }
        }
        let distinctive = byRarity(counted.filter { $0.documents <= wordLimit }).prefix(Self.relatedWords)
        // Only common words: their exact counts pick the least common.
        let exact = distinctive.isEmpty
            ? try counted.map { ($0.term, try termCounts.count(of: $0.term) { try Self.documentFrequency(of: $0, in: db) }) } : counted
        guard let rarest = byRarity(exact).first else { return [] }
        let upper = SearchKey.upperBound(atOrBefore: now)
        let found: [Row]
        if distinctive.isEmpty {
            // Only common words: the newest stories with the least common of them.
            found = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT k.article_id FROM (
                    SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN 1 AND ? ORDER BY rowid DESC LIMIT ?
                ) m JOIN search_key k ON k.key = m.rowid ORDER BY m.rowid DESC
                """), arguments: [SearchExpression.quoted([rarest.term]), upper, limit + excluding.count])
        } else {
            let match = SearchExpression.any(of: distinctive.map(\.term))
            // BM25 told the words' counts, which it would otherwise walk each posting list for;
            // they may lag the index by minutes (`termCounts`), which changes no choice of four stories.
            let counts = distinctive.map { String($0.documents) }.joined(separator: " ")
            // The best few are joined to their articles, not all the depth's matches.
            found = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT k.article_id, m.score FROM (
                    SELECT rowid, score FROM (
                        SELECT rowid, nashir_bm25(article_search, ?, ?, ?, ?, ?, ?, ?) AS score
                        FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN 1 AND ?
                        ORDER BY rowid DESC LIMIT ?
                    ) ORDER BY score, rowid DESC LIMIT ?
                ) m JOIN search_key k ON k.key = m.rowid
                ORDER BY m.score, m.rowid DESC
                """), arguments: StatementArguments(weights)
                    + StatementArguments([counts, match.text, upper, Self.relatedDepth, limit + excluding.count] as [any DatabaseValueConvertible]))
        }
        let ids: [Int64] = Array(found.map { $0[0] as Int64 }.filter { !excluding.contains(ArticleID($0)) }.prefix(limit))
        guard !ids.isEmpty else { return [] }
        // Cached: there are only as many forms of this statement as the limit allows, and
        // preparing it was a tenth of the look-up.
        let summaries = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(Self.summaryColumns) FROM article a JOIN section s ON s.id = a.section_id
            WHERE a.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """), arguments: StatementArguments(ids)).map(Self.summary)
            // Checked here, not in SQL: given a status test, SQLite walked every published story's index entry.
            .filter { $0.status == .published }
        let byID = Dictionary(summaries.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }
}

extension SQLiteStore {
    /// The composed default's answer in one read: on a cache miss the article page waited for
    /// four reads, each a hop to a reader's queue and back and a transaction, on two cores
    /// already busy with the page.
    public func neighbours(of article: Article, related limit: Int, now: Date) async throws -> ArticleNeighbours {
        // Analysed before the read, so the reader's connection is held only for SQL.
        let terms = Self.relatedTerms(article.content.headline)
        return try await pool.read { db in try self.neighbours(of: article, terms: terms, related: limit, now: now, in: db) }
    }

    /// The composed default's answer in one read too: a page's miss waited for the article's
    /// read, then for its neighbours', each a hop to a reader's thread and back.
    public func articleOnPage(id: ArticleID, related limit: Int, now: Date) async throws -> ArticleOnPage? {
        try await pool.read { db in try Self.article(id: id.rawValue, in: db).map { try self.onPage($0, related: limit, now: now, in: db) } }
    }

    /// `article` with its neighbours when it is live, inside a read.
    private func onPage(_ article: Article, related limit: Int, now: Date, in db: Database) throws -> ArticleOnPage {
        guard ArticleOnPage.showsNeighbours(article, at: now) else { return ArticleOnPage(article: article, neighbours: nil) }
        let terms = Self.relatedTerms(article.content.headline)
        return ArticleOnPage(article: article, neighbours: try neighbours(of: article, terms: terms, related: limit, now: now, in: db))
    }

    /// `neighbours`, inside a read, with the headline's analysed `terms`.
    private func neighbours(of article: Article, terms: Set<String>, related limit: Int, now: Date, in db: Database) throws -> ArticleNeighbours {
        var (neighbours, wanted) = try Self.taggedNeighbours(of: article, related: limit, now: now, in: db)
        if let wanted {
            neighbours.related += try alsoAbout(terms, excluding: wanted.excluding, limit: wanted.limit, now: now, wordLimit: Self.relatedWordLimit, in: db)
        }
        try Self.addSection(of: article, to: &neighbours, now: now, in: db)
        return neighbours
    }

    /// An article's neighbours sharing its tags, and what its headline's words should add after
    /// them (nil: nothing), inside a read.
    static func taggedNeighbours(
        of article: Article, related limit: Int, now: Date, in db: Database
    ) throws -> (ArticleNeighbours, wanted: (limit: Int, excluding: Set<ArticleID>)?) {
        let tagged = try sharingTags(with: article.id, limit: limit, now: now, in: db)
        return (ArticleNeighbours(related: tagged), ArticleNeighbours.wordsWanted(after: tagged, of: article, limit: limit))
    }

    /// The section's previous and next story added to `neighbours`, inside a read.
    static func addSection(of article: Article, to neighbours: inout ArticleNeighbours, now: Date, in db: Database) throws {
        guard let published = article.content.publishedAt else { return }
        neighbours.setSection(
            previous: try list(.previous(inSectionOf: article, published: published), now: now, in: db),
            next: try list(.next(inSectionOf: article, published: published), now: now, in: db))
    }
}
