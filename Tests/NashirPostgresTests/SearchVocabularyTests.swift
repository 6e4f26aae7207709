import Foundation
import NashirDomain
import NashirPostgres
import NashirTestSupport
import Testing

/// `search_term`, the vocabulary search reads its word counts from, stays what counting the
/// index would give, whichever way the index is written.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct SearchVocabularyTests {
    /// Words whose kept count differs from PostgreSQL's own count over the index, and counts below zero.
    private func drift(_ url: String) async throws -> [[String]] {
        try await PostgresTestServer.query(url, """
            WITH kept AS (SELECT term, documents FROM search_term WHERE documents <> 0),
                 counted AS (SELECT word AS term, ndoc AS documents FROM ts_stat('SELECT terms || exact FROM search_document'))
            (SELECT 'kept', * FROM kept EXCEPT SELECT 'kept', * FROM counted)
            UNION ALL (SELECT 'counted', * FROM counted EXCEPT SELECT 'counted', * FROM kept)
            UNION ALL SELECT 'negative', term, documents FROM search_term WHERE documents < 0
            ORDER BY 1, 2 LIMIT 20
            """)
    }

    private func story(_ key: String, _ headline: String, _ words: String) -> ArticleDraft {
        TestDraft.make(key: key, source: "vocabulary", headline: headline, body: ["\(words) في العاصمة.", "وقال مصدر إن \(words) مستمر."])
    }

    @Test func savesEditsConcurrentWritersRebuildsAndRemovalKeepTheCountsExact() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let first = try await PostgresStore(url: url), second = try await PostgresStore(url: url)
        defer { first.close(); second.close() }
        let saved = try await first.save([story("1", "ارتفاع أسعار النفط", "ارتفاع الأسعار"), story("2", "أسعار الذهب تتراجع", "تراجع الذهب")])
        #expect(try await drift(url) == [])
        #expect(try await PostgresTestServer.query(url, "SELECT documents FROM search_term WHERE term = 'نفط'") == [["1"]])

        var content = saved[0].article.content
        content.headline = "انخفاض أسعار القمح"
        content.body = [.paragraph("انخفاض القمح في الأسواق.")]
        _ = try await first.update(id: saved[0].article.id, expectedRevision: saved[0].article.revision, content: content)
        #expect(try await drift(url) == [])
        #expect(try await PostgresTestServer.query(url, "SELECT documents FROM search_term WHERE term = 'نفط'") == [["0"]])

        // Two instances saving stories that share most words, side by side: every save lands
        // (their shared words are locked in one order) and every count adds up.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                let store = writer.isMultiple(of: 2) ? first : second
                group.addTask {
                    for round in 0..<5 {
                        let key = "w\(writer)-\(round)"
                        _ = try await store.save([story(key, "أسعار النفط والذهب \(key)", "الأسعار والأسواق"), story(key + "b", "الذهب \(key)", "تراجع")])
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await drift(url) == [])

        try await first.reindex()
        #expect(try await drift(url) == [])

        try await PostgresTestServer.psql(url, "DELETE FROM article WHERE id = \(saved[1].article.id.rawValue)")
        #expect(try await drift(url) == [])

        try await first.removeEverything()
        #expect(try await PostgresTestServer.query(url, "SELECT count(*) FROM search_term") == [["0"]])
    }
}
