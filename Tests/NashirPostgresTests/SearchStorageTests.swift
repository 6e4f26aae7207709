import Foundation
import NashirDomain
import NashirPostgres
import NashirTestSupport
import Testing

/// How `search_document` lies on disk, which is what makes scoring a thousand matches cheap:
/// rows in the order searches read them, words uncompressed in the row.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct SearchStorageTests {
    /// Four hundred different made-up words: a story whose words pass PostgreSQL's 2 KB
    /// compression threshold.
    private static let longBody: [String] = {
        let letters: [Character] = Array("بتثجحخدذرزسشصضطظعغفقكلمنهي")
        let words: [String] = (0..<400).map { (number: Int) -> String in
            let first = letters[number % 26], second = letters[number / 26 % 26], third = letters[(number / 7 + 3) % 26]
            return String([first, second, third]) + "رن"
        }
        return stride(from: 0, to: words.count, by: 40).map { words[$0..<$0 + 40].joined(separator: " ") + "." }
    }()

    @Test func aRebuildWritesDocumentsOldestFirstWithTheirWordsUncompressed() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let store = try await PostgresStore(url: url)
        defer { store.close() }
        // Saved in an order their dates do not follow, one a draft.
        let saved = try await store.save([
            TestDraft.make(key: "2020", publishedAt: TestDraft.date(days: 0)),
            TestDraft.make(key: "2026", body: Self.longBody, publishedAt: TestDraft.date(days: 2_000)),
            TestDraft.make(key: "2018", publishedAt: TestDraft.date(days: -700)),
            TestDraft.make(key: "draft", status: .draft, publishedAt: nil),
            TestDraft.make(key: "2024", publishedAt: TestDraft.date(days: 1_400)),
            TestDraft.make(key: "2019", publishedAt: TestDraft.date(days: -300)),
        ])
        let id = { (key: String) in String(saved.first { $0.article.content.origin.key == key }!.article.id.rawValue) }
        try await store.reindex()

        let onDisk = try await PostgresTestServer.query(url, "SELECT article_id FROM search_document ORDER BY ctid").map { $0[0] }
        #expect(onDisk == ["draft", "2018", "2019", "2020", "2024", "2026"].map(id))
        let long = try await PostgresTestServer.query(url, """
            SELECT octet_length(terms::text) > 4000, pg_column_compression(terms) IS NULL FROM search_document WHERE article_id = \(id("2026"))
            """)
        #expect(long == [["t", "t"]])
    }
}
