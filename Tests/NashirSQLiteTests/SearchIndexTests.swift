import ArabicText
import Foundation
import GRDB
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

/// Readers find articles whatever spelling their keyboard gives.
@Suite struct SearchIndexTests {
    let folder: TemporaryDirectory
    let store: SQLiteStore

    init() async throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
        _ = try await store.save([
            TestDraft.make(key: "1", headline: "أحمد يفتتح المدرسة الجديدة في طرابلس", body: ["افتتح الوزير أحمد المدرسة أمس."]),
            TestDraft.make(key: "2", headline: "ارتفاع أسعار النفط", body: ["قال محللون إن أسعار النفط ارتفعت بسبب الطلب في لبنان."]),
            TestDraft.make(key: "3", headline: "الترجي يفوز بالكأس", section: Section(slug: "sport", name: "رياضة"), body: ["فاز الترجي في المباراة التي حضرها وزير الرياضة."]),
        ])
    }

    func found(_ text: String, _ adjust: (inout SearchRequest) -> Void = { _ in }) async throws -> [String] {
        var request = SearchRequest(text: text)
        adjust(&request)
        let results = try await store.search(request, now: Date())
        let full = results.hits.filter { !$0.partial }
        #expect(full.count <= results.total)
        // Partial hits (relaxed matching) follow every full one; these tests are about full matches.
        #expect(results.hits.prefix(full.count).allSatisfy { !$0.partial })
        return full.map(\.summary.headline)
    }

    @Test(arguments: ["احمد", "أحمد", "أَحْمَد", "أحـــمد", "مدرسة", "المدرسه", "والمدرسة", "بالمدرسة", "طرابلس"])
    func spellingVariantsFindTheSameArticle(_ query: String) async throws {
        #expect(try await found(query) == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
    }

    @Test(arguments: ["المسوول", "مسئول", "المسؤولين", "رييس", "الرئيس"])
    func aHamzaDroppedFromItsSeatStillFinds(_ query: String) async throws {
        _ = try await store.save([TestDraft.make(key: "h", headline: "المسؤول يلتقي رئيس الحكومة", body: ["التقى المسؤول الرئيس."])])
        #expect(try await found(query) == ["المسؤول يلتقي رئيس الحكومة"])
    }

    @Test func everyWordMustMatch() async throws {
        #expect(try await found("أسعار النفط") == ["ارتفاع أسعار النفط"])
        #expect(try await found("أسعار الترجي").isEmpty)
    }

    @Test func knownStemmerErrorsDoNotMatchUnrelatedWords() async throws {
        // light10 would turn لبنان into لبن and وزير into زير.
        #expect(try await found("لبن").isEmpty)
        #expect(try await found("الوزير").count == 2)
    }

    @Test func headlineMatchesRankAboveBodyMatches() async throws {
        _ = try await store.save([TestDraft.make(key: "4", headline: "تقرير اقتصادي", body: ["تراجع الطلب على النفط في آسيا."])])
        #expect(try await found("النفط") == ["ارتفاع أسعار النفط", "تقرير اقتصادي"])
    }

    @Test func fieldWeightsOrderHeadlineHighlightsTagsBody() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        // Short fields everywhere else, so only the field under test differs.
        func article(_ key: String, headline: String = "خبر", highlights: [String] = [], body: String = "نص.", tags: [NashirDomain.Tag] = []) -> ArticleDraft {
            TestDraft.make(key: key, headline: headline, highlights: highlights, body: [body], tags: tags)
        }
        _ = try await store.save([
            article("body", body: "تحدث التقرير عن الزلزال وآثاره."),
            article("tags", tags: [NashirDomain.Tag(slug: "quake", name: "الزلزال")]),
            article("highlights", highlights: ["الزلزال يضرب المدينة"]),
            article("headline", headline: "الزلزال يضرب المدينة"),
            article("none", body: "لا علاقة."),
        ])
        let results = try await store.search(SearchRequest(text: "زلزال"), now: Date())
        #expect(results.hits.map(\.summary.slug) == ["خبر-headline", "خبر-highlights", "خبر-tags", "خبر-body"])
    }

    @Test func aWordRepeatedInTheBodyOutranksAPassingMention() async throws {
        _ = try await store.save([
            TestDraft.make(key: "once", headline: "تقرير", body: ["ذكر التقرير الجفاف مرة."]),
            TestDraft.make(key: "often", headline: "تقرير", body: ["الجفاف يضرب. الجفاف يمتد. آثار الجفاف على الزراعة."]),
        ])
        let results = try await store.search(SearchRequest(text: "الجفاف"), now: Date())
        #expect(results.hits.map(\.summary.slug) == ["خبر-often", "خبر-once"])
    }

    @Test func newerArticlesWinAtEqualRelevance() async throws {
        _ = try await store.save([
            TestDraft.make(key: "old", headline: "قمة الرياض", body: ["انعقدت القمة."], publishedAt: TestDraft.date(days: -400)),
            TestDraft.make(key: "new", headline: "قمة الرياض", body: ["انعقدت القمة."], publishedAt: TestDraft.date(days: 10)),
        ])
        let results = try await store.search(SearchRequest(text: "قمة الرياض"), now: Date())
        #expect(results.hits.filter { !$0.partial }.map(\.summary.publishedAt) == [TestDraft.date(days: 10), TestDraft.date(days: -400)])
        // A narrow query: the age is a bounded boost, not a multiplier.
        #expect(results.hits[0].score > results.hits[1].score && results.hits[0].score < results.hits[1].score * (1 + SearchRanking.standard.recencyBoost))
    }

    /// Saves one story 700 days old whose headline is about the query (slug خبر-<key>), and
    /// `count` newer ones, a day apart, that only mention its words in their bodies.
    func saveSubject(key: String, headline: String, amongNewer count: Int, mentioning body: [String]) async throws {
        _ = try await store.save([
            TestDraft.make(key: key, headline: headline, body: ["تقرير."], publishedAt: TestDraft.date(days: -700)),
        ] + (0..<count).map { day in
            TestDraft.make(key: "mention\(day)", headline: "تقرير رقم \(day)", body: body, publishedAt: TestDraft.date(days: day))
        })
    }

    @Test func anOlderStoryHoldingEveryWordInItsHeadlineBeatsNewerLooseMatches() async throws {
        try await saveSubject(key: "exact", headline: "عملية انتحارية قرب الحدود", amongNewer: 5,
                              mentioning: ["تحدث التقرير عن عملية أمنية.", "وقال شهود إن السوق قرب المسجد."])
        let results = try await store.search(SearchRequest(text: "عملية قرب"), now: TestDraft.date(days: 30))
        #expect(results.hits.first?.summary.slug == "خبر-exact")
    }

    @Test func wordsMentionedInManyStoriesButTheSubjectOfOneFindThatOne() async throws {
        // 300 newer stories mention both words apart; one older story is about them. The query is
        // narrow (one headline holds it), however many stories mention its words.
        try await saveSubject(key: "subject", headline: "الانتخابات البلدية تنطلق في الولايات", amongNewer: 300,
                              mentioning: ["تحدث الوزير عن الانتخابات.", "وزار المجالس البلدية."])
        let results = try await store.search(SearchRequest(text: "الانتخابات البلدية"), now: TestDraft.date(days: 400))
        #expect(results.total == 301)
        #expect(results.hits.first?.summary.slug == "خبر-subject")
    }

    @Test func wordsTypedTogetherFindTheHeadlineThatHasThemTogether() async throws {
        _ = try await store.save([
            TestDraft.make(key: "apart", headline: "قرب نهاية العام تراجعت في المدينة معدلات الانتحار", body: ["تقرير."], publishedAt: TestDraft.date(days: 10)),
            TestDraft.make(key: "together", headline: "عملية انتحارية قرب الحدود", body: ["تقرير."], publishedAt: TestDraft.date(days: 0)),
        ])
        let results = try await store.search(SearchRequest(text: "انتحارية قرب"), now: TestDraft.date(days: 30))
        #expect(results.hits.map(\.summary.slug) == ["خبر-together", "خبر-apart"])
    }

    @Test func aBroadQueryShowsTheLatestNewsFirst() async throws {
        // 600 stories name Libya, one a day; the older ones name it three times, the newer once.
        // Whoever searches one word wants today's news about it, not the wordiest archive piece.
        _ = try await store.save((0..<600).map { day in
            TestDraft.make(key: "libya\(day)", headline: "خبر رقم \(day)", body: [day < 300 ? "ليبيا ليبيا ليبيا في التقرير." : "ليبيا في التقرير."],
                           publishedAt: TestDraft.date(days: day))
        })
        let results = try await store.search(SearchRequest(text: "ليبيا", limit: 10), now: TestDraft.date(days: 700))
        let days = results.hits.compactMap(\.summary.publishedAt).map { Int(($0.timeIntervalSince(TestDraft.date(days: 0)) / 86_400).rounded()) }
        // The ten shown are all from the newest tenth of the matches.
        #expect(days.count == 10 && days.allSatisfy { $0 >= 540 }, "\(days)")
    }

    @Test func phrasesKeepWordOrder() async throws {
        _ = try await store.save([TestDraft.make(key: "5", headline: "النفط ارتفع والأسعار", body: ["بيان."])])
        #expect(try await found("\"أسعار النفط\"") == ["ارتفاع أسعار النفط"])
        #expect(try await found("«اسعار النفط»") == ["ارتفاع أسعار النفط"])
        #expect(try await found("أسعار النفط").count == 2)
    }

    @Test func orAndExclusion() async throws {
        #expect(Set(try await found("النفط OR الترجي")) == ["ارتفاع أسعار النفط", "الترجي يفوز بالكأس"])
        #expect(Set(try await found("النفط أو الترجي")) == ["ارتفاع أسعار النفط", "الترجي يفوز بالكأس"])
        #expect(try await found("وزير -الرياضة") == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
        #expect(try await found("وزير -\"وزير الرياضة\"") == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
        #expect(try await found("-النفط").isEmpty)
    }

    @Test func filtersBySectionTagAndDate() async throws {
        let tag = NashirDomain.Tag(slug: "oil", name: "نفط")
        _ = try await store.save([
            TestDraft.make(key: "6", headline: "وزير النفط يستقيل", body: ["استقال."], tags: [tag], publishedAt: TestDraft.date(days: 30)),
        ])
        #expect(try await found("وزير") { $0.sectionSlug = "sport" } == ["الترجي يفوز بالكأس"])
        #expect(try await found("وزير") { $0.tagSlug = "oil" } == ["وزير النفط يستقيل"])
        #expect(try await found("وزير") { $0.sectionSlug = "missing" }.isEmpty)
        #expect(try await found("وزير") { $0.publishedFrom = TestDraft.date(days: 1) } == ["وزير النفط يستقيل"])
        #expect(try await found("وزير") { $0.publishedBefore = TestDraft.date(days: 1) }.count == 2)
        #expect(try await found("وزير") {
            $0.publishedFrom = TestDraft.date(days: 1)
            $0.publishedBefore = TestDraft.baseDate
        }.isEmpty)
    }

    @Test func draftsAndScheduledArticlesAreHiddenFromReadersButNotFromEditors() async throws {
        _ = try await store.save([
            TestDraft.make(key: "d", headline: "مسودة عن النفط", body: ["لم تنشر."], status: .draft, publishedAt: nil),
            TestDraft.make(key: "s", headline: "خبر مجدول عن النفط", body: ["سينشر."], publishedAt: Date().addingTimeInterval(86_400)),
        ])
        #expect(try await found("النفط") == ["ارتفاع أسعار النفط"])
        #expect(Set(try await found("النفط") { $0.visibility = .everything }) == ["ارتفاع أسعار النفط", "مسودة عن النفط", "خبر مجدول عن النفط"])
        #expect(try await store.typeAhead("مسو", limit: 5, now: Date()).isEmpty)
    }

    @Test func snippetsMarkTheWordsAsWritten() async throws {
        let results = try await store.search(SearchRequest(text: "اسعار النفط"), now: Date())
        let hit = try #require(results.hits.first)
        #expect(hit.headline.parts.filter(\.isMatch).map(\.text) == ["أسعار النفط"])
        #expect(hit.snippet?.parts.filter(\.isMatch).map(\.text) == ["أسعار النفط"])
    }

    @Test func didYouMeanCorrectsAnUnknownWord() async throws {
        let results = try await store.search(SearchRequest(text: "أسعار النقط"), now: Date())
        #expect(results.total == 0)
        #expect(results.suggestion == "أسعار النفط")
        let keyboard = try await store.search(SearchRequest(text: "hgkt'"), now: Date())
        #expect(keyboard.suggestion == "النفط")
        #expect(try await store.search(SearchRequest(text: "كلمةغريبةجدا"), now: Date()).suggestion == nil)
    }

    @Test func typeAheadOffersHeadlinesAndTags() async throws {
        _ = try await store.save([TestDraft.make(key: "7", headline: "مدرب المنتخب", body: ["نص."], tags: [NashirDomain.Tag(slug: "coaches", name: "المدربون")])])
        let suggestions = try await store.typeAhead("مدر", limit: 5, now: Date())
        #expect(suggestions.first == TypeAheadSuggestion(kind: .tag, text: "المدربون", articleID: nil, slug: "coaches"))
        #expect(Set(suggestions.filter { $0.kind == .headline }.map(\.text)) == ["أحمد يفتتح المدرسة الجديدة في طرابلس", "مدرب المنتخب"])
        #expect(try await store.typeAhead("المدرسة الج", limit: 5, now: Date()).map(\.text) == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
        #expect(try await store.typeAhead("م", limit: 5, now: Date()).isEmpty)
    }

    @Test func excerptsReadEveryBlocksTextOnceWhateverItsKind() async throws {
        var draft = TestDraft.make(key: "rich", headline: "زيارة إلى الجنوب", body: [])
        draft.content.body = [
            .paragraph(RichText(runs: [TextRun("زار الوزير "), TextRun("مدينة غدامس", strong: true, link: "https://example.com"), TextRun(" أمس")])),
            .list([RichText("البند الأول عن الكهرباء"), RichText(runs: [TextRun("البند "), TextRun("الثاني", emphasis: true)])], ordered: false),
            .quote(RichText("قال إن المياه ستعود"), source: "المتحدث"),
        ]
        _ = try await store.save([draft])
        let hit = try #require(try await store.search(SearchRequest(text: "غدامس"), now: Date()).hits.first)
        // The blocks' own text, the list's items on their lines; no run's words twice, no quote's source.
        #expect(try #require(hit.snippet).parts.map(\.text).joined() == "زار الوزير مدينة غدامس أمس البند الأول عن الكهرباء\nالبند الثاني قال إن المياه ستعود")
    }

    @Test func paginationWalksEveryResultOnce() async throws {
        _ = try await store.save((10..<40).map { TestDraft.make(key: "p\($0)", headline: "خبر رقم \($0) عن الطقس", body: ["الطقس."], publishedAt: TestDraft.date(days: $0)) })
        var seen: [String] = []
        for page in 0..<4 {
            seen += try await found("الطقس") { $0.limit = 8; $0.offset = page * 8 }
        }
        #expect(seen.count == 30)
        #expect(Set(seen).count == 30)
    }

    @Test func pagesPastTheRankedMatchesFollowNewestFirstWithoutRepeats() async throws {
        let shallow = try SQLiteStore(path: folder.path("nashir.sqlite"), rankingDepth: 5)
        _ = try await shallow.save((10..<30).map { TestDraft.make(key: "r\($0)", headline: "سوق \($0)", body: ["سوق."], publishedAt: TestDraft.date(days: $0)) })
        var seen: [String] = []
        for page in 0..<4 {
            let results = try await shallow.search(SearchRequest(text: "سوق", limit: 6, offset: page * 6), now: Date())
            #expect(results.total == 20)
            seen += results.hits.map(\.summary.headline)
        }
        #expect(seen.count == 20)
        #expect(Set(seen).count == 20)
        let capped = try SQLiteStore(path: folder.path("nashir.sqlite"), rankingDepth: 5, countCap: 12)
        let counted = try await capped.search(SearchRequest(text: "سوق"), now: Date())
        #expect(counted.total == 12 && !counted.totalIsExact)
        // The count goes on from the oldest ranked match: every one counted once, up to the cap exactly.
        for (depth, cap) in [(5, 20), (20, 20), (19, 20), (1, 25)] {
            let counting = try SQLiteStore(path: folder.path("nashir.sqlite"), rankingDepth: depth, countCap: cap)
            let all = try await counting.search(SearchRequest(text: "سوق"), now: Date())
            #expect(all.total == 20 && all.totalIsExact, "depth \(depth), cap \(cap)")
        }
        // After the five ranked matches (the newest), the rest come newest first.
        #expect(Array(seen.dropFirst(5)) == (10..<25).reversed().map { "سوق \($0)" })
    }

    @Test(arguments: [
        "", "   ", "في من على", "\"* OR NEAR(", "\"unbalanced", "«»،؛؟", "-", "OR", "\u{0}\u{7}\u{1B}",
        "NEAR(a b) AND ^x", String(repeating: "نفط ", count: 3000), String(repeating: "ش", count: 10_000),
    ])
    func oddQueriesGiveEmptyOrValidResults(_ query: String) async throws {
        let results = try await store.search(SearchRequest(text: query), now: Date())
        #expect(results.hits.count <= 3)
        #expect(results.total == results.hits.count)
    }

    @Test func theIndexFollowsEditsAndRebuilds() async throws {
        _ = try await store.save([TestDraft.make(key: "2", headline: "انخفاض أسعار الذهب", body: ["تراجع الذهب."])])
        #expect(try await found("النفط").isEmpty)
        #expect(try await found("الذهب") == ["انخفاض أسعار الذهب"])
        try await store.pool.write { db in try db.execute(sql: "DELETE FROM article_search") }
        #expect(try await found("الذهب").isEmpty)
        try await store.reindex()
        #expect(try await found("الذهب") == ["انخفاض أسعار الذهب"])
        #expect(try await found("أحمد") == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
    }

    @Test func articlesInTheSameSecondGetTheirOwnKeys() async throws {
        _ = try await store.save((0..<5).map { TestDraft.make(key: "same\($0)", headline: "خبر عاجل \($0)", body: ["عاجل."]) })
        #expect(try await found("عاجل").count == 5)
        try await store.reindex()
        #expect(try await found("عاجل").count == 5)
    }
}
