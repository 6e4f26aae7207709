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
            draft("1", headline: "أحمد يفتتح المدرسة الجديدة في طرابلس", body: "افتتح الوزير أحمد المدرسة أمس."),
            draft("2", headline: "ارتفاع أسعار النفط", body: "قال محللون إن أسعار النفط ارتفعت بسبب الطلب في لبنان."),
            draft("3", headline: "الترجي يفوز بالكأس", body: "فاز الترجي في المباراة التي حضرها وزير الرياضة."),
        ])
    }

    private func draft(_ key: String, headline: String, body: String) -> ArticleDraft {
        ArticleDraft(content: ArticleContent(
            origin: ArticleOrigin(source: "test", key: key), slug: "خبر-\(key)", section: Section(slug: "news", name: "أخبار"),
            headline: headline, body: [.paragraph(body)], publishedAt: Date(timeIntervalSince1970: 1_600_000_000)))
    }

    private func found(_ text: String) async throws -> [String] {
        try await store.summaries(ArticleQuery(text: text), now: Date()).map(\.headline)
    }

    @Test(arguments: ["احمد", "أحمد", "أَحْمَد", "مدرسة", "المدرسه", "والمدرسة", "بالمدرسة", "طرابلس"])
    func spellingVariantsFindTheSameArticle(_ query: String) async throws {
        #expect(try await found(query) == ["أحمد يفتتح المدرسة الجديدة في طرابلس"])
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
        _ = try await store.save([draft("4", headline: "تقرير اقتصادي", body: "تراجع الطلب على النفط في آسيا.")])
        let results = try await found("النفط")
        #expect(results.first == "ارتفاع أسعار النفط")
        #expect(results.count == 2)
    }

    @Test(arguments: ["", "في من على", "\"* OR NEAR(", "«»،؛؟", String(repeating: "نفط ", count: 3000)])
    func oddQueriesGiveEmptyOrValidResults(_ query: String) async throws {
        let results = try await found(query)
        #expect(results.count <= 3)
        #expect(try await store.count(ArticleQuery(text: query), now: Date()) == results.count)
    }

    @Test func theIndexFollowsEditsAndRebuilds() async throws {
        _ = try await store.save([draft("2", headline: "انخفاض أسعار الذهب", body: "تراجع الذهب.")])
        #expect(try await found("النفط").isEmpty)
        #expect(try await found("الذهب") == ["انخفاض أسعار الذهب"])
        try await store.pool.write { db in try db.execute(sql: "DELETE FROM article_search") }
        #expect(try await found("الذهب").isEmpty)
        try await store.reindex()
        #expect(try await found("الذهب") == ["انخفاض أسعار الذهب"])
    }
}
