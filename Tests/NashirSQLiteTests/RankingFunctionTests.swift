import ArabicText
import Foundation
import GRDB
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

/// `nashir_bm25`, told how many articles hold each word of a query, scores every match exactly
/// as FTS5's own bm25 does, which counts them itself on every query.
@Suite struct RankingFunctionTests {
    static let words = [
        "الحكومة", "وزير", "الرئيس", "اجتماع", "مجلس", "الأمن", "ليبيا", "طرابلس", "النفط", "أسعار", "الاقتصاد", "المباراة",
        "الفريق", "الكأس", "الانتخابات", "البرلمان", "قانون", "المدرسة", "الطلاب", "الجامعة", "المستشفى", "الصحة", "الطقس",
        "الأمطار", "العاصمة", "الشرطة", "الحدود", "السفير", "الخارجية", "الدفاع", "الجيش", "القوات", "المعارضة", "الحوار",
        "السلام", "الاتفاق", "المفاوضات", "تونس", "الجزائر", "مصر", "سوريا", "العراق", "المغرب", "السعودية", "قطر",
    ]
    static let sport = Section(slug: "sport", name: "رياضة")
    /// Words only headlines hold.
    static let headlineWords = ["عاجل", "حصري", "تحقيق", "مباشر", "فيديو", "صور", "تقرير", "خاص", "رأي", "حوار"]

    /// Words and queries drawn from a seed.
    struct Draw {
        var random = SeededRandom(seed: 20_261_204)

        /// Words drawn so that a few are in most articles and most in a few.
        mutating func words(_ count: Int) -> [String] {
            (0..<count).map { _ in
                let u = Double(random.below(1_000_000)) / 1_000_000
                return RankingFunctionTests.words[Int(Double(RankingFunctionTests.words.count) * u * u)]
            }
        }

        mutating func article(_ index: Int) -> (ArticleDraft, headline: [String]) {
            var headline = words(5)
            headline.insert(RankingFunctionTests.headlineWords[random.below(RankingFunctionTests.headlineWords.count)], at: random.below(6))
            return (TestDraft.make(
                key: "k\(index)", headline: headline.joined(separator: " "), section: index % 3 == 0 ? RankingFunctionTests.sport : TestDraft.section,
                highlights: [words(10).joined(separator: " ")], body: [words(25).joined(separator: " "), words(25).joined(separator: " ")],
                publishedAt: TestDraft.date(minutes: index)), headline)
        }

        /// One to three words of a headline, a phrase of two, an alternative or an exclusion.
        mutating func query(from headlines: [[String]]) -> String {
            let headline = headlines[random.below(headlines.count)]
            let at = random.below(headline.count - 1)
            switch random.below(6) {
            case 0: return "\"\(headline[at]) \(headline[at + 1])\""
            case 1: return "\(headline[at]) OR \(words(1)[0])"
            case 2: return "\(headline[at]) -\(words(1)[0])"
            default: return headline[at...].prefix(1 + random.below(3)).joined(separator: " ")
            }
        }
    }

    let folder: TemporaryDirectory
    let store: SQLiteStore
    let headlines: [[String]]

    init() async throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
        var draw = Draw()
        let articles = (0..<300).map { draw.article($0) }
        _ = try await store.save(articles.map(\.0))
        // Saved again with other words: the index then holds deleted entries, as a newsroom's does.
        _ = try await store.save(stride(from: 0, to: 300, by: 7).map { draw.article($0).0 })
        headlines = articles.map(\.headline)
    }

    /// Every match's score from both functions, the counts passed as a search passes them.
    func scores(_ match: SearchExpression.Match, counter: PhraseCounter? = nil) async throws -> [(builtIn: Double, told: Double)] {
        let weights = StatementArguments(SearchRanking.standard.columnWeights)
        let counter = counter ?? PhraseCounter(counts: store.indexCounts)
        return try await store.pool.read { db in
            try counter.ranking(match, in: db) { told in
                try Row.fetchAll(db, sql: """
                    SELECT bm25(article_search, ?, ?, ?, ?, ?, ?), nashir_bm25(article_search, ?, ?, ?, ?, ?, ?, ?)
                    FROM article_search WHERE article_search MATCH ?
                    """, arguments: weights + weights + [told, match.text]).map { (builtIn: $0[0], told: $0[1]) }
            }
        }
    }

    /// FTS5's own NEAR of one-word or longer phrases, for `nashir_near` to be held to.
    static func near(_ phrases: [[String]], distance: Int) -> String {
        "NEAR(" + phrases.map(SearchExpression.quoted).joined(separator: " ") + ", \(distance))"
    }

    static func same(_ scores: [(builtIn: Double, told: Double)]) -> Bool {
        scores.allSatisfy { abs($0.builtIn - $0.told) <= 1e-12 * max(1, abs($0.builtIn)) }
    }

    @Test func scoresEveryMatchAsFTS5sBM25Does() async throws {
        let sportFacet = try await store.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE slug = 'sport'").map(SearchDocument.sectionFacet)
        }
        var draw = Draw(random: SeededRandom(seed: 7))
        var matched = 0, phrases = 0
        for index in 0..<400 {
            let text = draw.query(from: headlines)
            let facets = index % 5 == 0 ? [try #require(sportFacet)] : []
            let match = try #require(SearchExpression.match(SearchQuery(parsing: text), facets: facets))
            let scores = try await scores(match)
            if !scores.isEmpty { matched += 1 }
            if match.phrases.contains(where: { $0.count > 1 }) { phrases += 1 }
            #expect(Self.same(scores), "«\(text)»: \(match.text)")
        }
        // Most queries find something, and some hold phrases, which the function counts itself.
        #expect(matched > 300)
        #expect(phrases > 20)
    }

    @Test func tellsWhereTheWordsStandTogetherAsFTS5sNEARFindsThem() async throws {
        var draw = Draw(random: SeededRandom(seed: 11))
        var together = 0, apart = 0, inHeadline = 0
        for _ in 0..<300 {
            let text = draw.query(from: headlines)
            let match = try #require(SearchExpression.match(SearchQuery(parsing: text)))
            guard !match.words.isEmpty else { continue }
            let near = Self.near(match.words.map { match.phrases[$0] }, distance: 2)
            let words = match.words.map(String.init).joined(separator: " ")
            let (told, anywhere, headline) = try await store.pool.read { db in
                let told = try Row.fetchAll(db, sql: "SELECT rowid, nashir_near(article_search, 2, ?) FROM article_search WHERE article_search MATCH ?",
                                            arguments: [words, match.text]).map { (key: $0[0] as Int64, columns: $0[1] as Int64) }
                func keys(_ expression: String) throws -> Set<Int64> {
                    Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ?", arguments: [expression]))
                }
                return (told, try keys(near), try keys("headline : " + near))
            }
            for row in told {
                #expect((row.columns != 0) == anywhere.contains(row.key), "«\(text)» \(row.key)")
                #expect((row.columns & 1 != 0) == headline.contains(row.key), "«\(text)» \(row.key)")
                if row.columns == 0 { apart += 1 } else { together += 1 }
                if row.columns & 1 != 0 { inHeadline += 1 }
            }
        }
        #expect(together > 50 && apart > 50 && inHeadline > 20 && inHeadline < together)
    }

    @Test func tellsClosenessForAsManyWordsAsAQueryHolds() async throws {
        let query = SearchQuery(parsing: Self.words.prefix(24).joined(separator: " "), maximumTerms: 40)
        let terms = query.required.compactMap { $0.first?.terms.first }
        #expect(terms.count > 16)
        let match = SearchExpression.any(of: terms)
        let numbers = terms.indices.map(String.init).joined(separator: " ")
        let near = Self.near(terms.map { [$0] }, distance: 40)
        let (told, found) = try await store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT rowid, nashir_near(article_search, 40, ?) FROM article_search WHERE article_search MATCH ?",
                              arguments: [numbers, match.text]).map { (key: $0[0] as Int64, columns: $0[1] as Int64) },
             Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ?", arguments: [near])))
        }
        #expect(told.count > 200)
        #expect(Set(told.filter { $0.columns != 0 }.map(\.key)) == found)
    }

    @Test func excerptsSkippingWordsTheTextLacksChooseTheSamePassage() async throws {
        var draw = Draw(random: SeededRandom(seed: 13))
        var hits = 0, lacking = 0
        for _ in 0..<200 {
            let request = SearchRequest(text: draw.query(from: headlines), limit: 10)
            let skipping = try await store.search(request, now: Date())
            let every = try await SQLiteStore.$excerptsSkipWordsTheTextLacks.withValue(false) { try await store.search(request, now: Date()) }
            #expect(skipping.hits.map(\.snippet) == every.hits.map(\.snippet), "«\(request.text)»")
            hits += skipping.hits.count
            if RankingFunctionTests.headlineWords.contains(where: request.text.contains) { lacking += skipping.hits.count }
        }
        // Many hits, and many whose query holds a word only headlines have.
        #expect(hits > 1_000 && lacking > 300)
    }

    /// The rows' lengths a connection keeps are forgotten when a save changes the index: a
    /// story saved again with a longer body is ranked by its new length, on every reader.
    @Test func aRowSavedAgainIsRankedByItsNewLength() async throws {
        let drafts = (1...30).map { TestDraft.make(key: "len\($0)", headline: "زلزال يضرب المدينة \($0)", body: ["زلزال قصير"]) }
        _ = try await store.save(drafts)
        let match = try #require(SearchExpression.match(SearchQuery(parsing: "زلزال")))
        // Reads in parallel, so that several of the pool's connections keep lengths.
        func everyReader() async throws -> [[(builtIn: Double, told: Double)]] {
            try await withThrowingTaskGroup(of: [(builtIn: Double, told: Double)].self) { group in
                for _ in 0..<12 { group.addTask { try await scores(match) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        let before = try await everyReader()
        #expect(before.allSatisfy { $0.count == 30 && Self.same($0) })
        let longer = String(repeating: "كلمات أخرى كثيرة في المتن ", count: 40)
        _ = try await store.save((1...10).map { TestDraft.make(key: "len\($0)", headline: "زلزال يضرب المدينة \($0)", body: ["زلزال " + longer]) })
        let after = try await everyReader()
        #expect(after.allSatisfy { $0.count == 30 && Self.same($0) })
        // The lengths did change the scores: the re-saved stories rank lower than before.
        #expect(Set(after[0].map(\.told)) != Set(before[0].map(\.told)))
    }

    /// Lengths kept for one table are not taken for another's rows of the same rowids.
    @Test func twoTablesRankedInTurnEachGetTheirOwnLengths() async throws {
        try await store.pool.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE other_search USING fts5(headline, highlights, body, tags, facets, exact, tokenize = 'ascii')")
            for rowid in 1...40 {
                let body = Array(repeating: "كلمة", count: rowid * 3).joined(separator: " ")
                try db.execute(sql: "INSERT INTO other_search(rowid, headline, body) VALUES (?, 'زلزال', ?)", arguments: [rowid, body])
            }
            for rowid in 1...40 {
                let body = Array(repeating: "أخرى", count: 200 - rowid * 4).joined(separator: " ")
                try db.execute(sql: "INSERT INTO article_search(rowid, headline, body) VALUES (?, 'زلزال', ?)", arguments: [rowid, body])
            }
        }
        let weights = StatementArguments(SearchRanking.standard.columnWeights)
        for _ in 0..<3 {
            for table in ["other_search", "article_search", "other_search"] {
                let scores = try await store.pool.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT bm25(\(table), ?, ?, ?, ?, ?, ?), nashir_bm25(\(table), ?, ?, ?, ?, ?, ?, ?)
                        FROM \(table) WHERE \(table) MATCH 'زلزال' AND rowid <= 40
                        """, arguments: weights + weights + ["?"]).map { (builtIn: $0[0] as Double, told: $0[1] as Double) }
                }
                #expect(scores.count == 40 && Self.same(scores), "\(table)")
            }
        }
    }

    @Test func aRareWordIsCountedAfreshAfterEverySave() async throws {
        let match = try #require(SearchExpression.match(SearchQuery(parsing: "زلزال")))
        #expect(try await scores(match).isEmpty)
        _ = try await store.save([TestDraft.make(key: "q1", headline: "زلزال يضرب المدينة")])
        #expect(try await scores(match).count == 1)
        _ = try await store.save((2...40).map { TestDraft.make(key: "q\($0)", headline: "زلزال جديد \($0)") })
        let scores = try await scores(match)
        #expect(scores.count == 40)
        #expect(Self.same(scores))
        #expect(store.indexCounts.known(match.phrases[0][0]) == nil)
    }

    @Test func aCommonWordsCountIsLearntFromOneQueryAndToldInTheNext() async throws {
        _ = try await store.save((1...40).map { TestDraft.make(key: "q\($0)", headline: "زلزال جديد \($0)") })
        let counter = PhraseCounter(counts: TermCounts(), commonFrom: 30)
        let match = try #require(SearchExpression.match(SearchQuery(parsing: "زلزال جديد")))
        #expect(counter.argument(for: match) == "? ? ? ?")
        let first = try await scores(match, counter: counter)
        // Both stems' counts and both exact forms' were made by FTS5, and are now told.
        #expect(counter.counts.known(match.phrases[0][0]) == 40)
        #expect(counter.argument(for: match) == "40 40 40 40")
        let second = try await scores(match, counter: counter)
        #expect(first.count == second.count && Self.same(first) && Self.same(second))
        #expect(first.map(\.told) == second.map(\.told))
        // A phrase's count is remembered whatever it is: counting it checks every word's positions.
        let phrase = try #require(SearchExpression.match(SearchQuery(parsing: "\"زلزال جديد\"")))
        #expect(counter.argument(for: phrase) == "?")
        let found = try await scores(phrase, counter: counter)
        #expect(found.count == 40 && Self.same(found))
        #expect(counter.argument(for: phrase) == "40")
    }

    @Test func countsThatDoNotFitTheQueryAreAnErrorNamingTheFunction() async throws {
        for counts in ["", "1 2 3", "x"] {
            let error = await #expect(throws: DatabaseError.self) {
                try await store.pool.read { db in
                    try Double.fetchAll(db, sql: """
                        SELECT nashir_bm25(article_search, 1, 1, 1, 1, 1, 1, ?) FROM article_search WHERE article_search MATCH '"وزير" OR "مصر"'
                        """, arguments: [counts])
                }
            }
            #expect(error?.message?.contains("nashir_bm25") == true, "\(counts)")
        }
    }
}
