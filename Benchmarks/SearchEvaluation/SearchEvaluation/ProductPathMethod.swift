import ArabicText
import Dispatch
import Foundation
import GRDB
import NashirDomain
import NashirSQLite

/// Nashir as the site and `GET /api/v1/search` run it: the corpus saved through `SQLiteStore`
/// (its own database file, its own index) and every query answered by `SQLiteStore.search`,
/// so recency, the ranking depth, hamza-seat restoration and relaxed matching all count. Partial
/// hits count too, as a reader sees them after the full matches.
public final class ProductPathMethod: SearchMethod, @unchecked Sendable {
    public static let methodName = "Nashir (product path)"
    public let name = methodName
    /// Written once in `build`, then only read; the evaluation runs its methods one at a time.
    private var store: SQLiteStore?
    private var rowids: [ArticleID: Int64] = [:]
    private let folder: URL

    public init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-product-path-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The store `build` filled, for `PostgresProductPathMethod` to copy.
    var sqliteStore: SQLiteStore? { store }
    /// Each saved article's corpus rowid.
    var rowidsByArticle: [ArticleID: Int64] { rowids }

    public func build(_ articles: [CorpusArticle], in db: Database) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("product.sqlite").path)
        let drafts = articles.enumerated().map { Self.draft($0.element, rowid: Int64($0.offset + 1)) }
        var rowids: [ArticleID: Int64] = [:]
        for start in stride(from: 0, to: drafts.count, by: 1_000) {
            let batch = Array(drafts[start..<min(start + 1_000, drafts.count)])
            let saved = try Blocking.run { try await store.save(batch) }
            for (offset, result) in saved.enumerated() { rowids[result.article.id] = Int64(start + offset + 1) }
        }
        self.store = store
        self.rowids = rowids
    }

    public func search(_ query: String, limit: Int, in db: Database) throws -> [Int64] {
        guard let store else { return [] }
        return try Self.search(query, limit: limit, in: store, rowids: rowids)
    }

    /// The same search with another ranking, on the same database file and index.
    public func search(_ queries: [String], limit: Int, ranking: SearchRanking) throws -> [[Int64]] {
        guard let store else { return [] }
        let ranked = try SQLiteStore(path: store.path, ranking: ranking)
        return try queries.map { try Self.search($0, limit: limit, in: ranked, rowids: rowids) }
    }

    /// The first `limit` results' corpus rowids and how many articles matched in all.
    public func results(_ query: String, limit: Int) throws -> (rowids: [Int64], total: Int) {
        guard let store else { return ([], 0) }
        let rowids = rowids
        let found = try Blocking.run { try await store.search(SearchRequest(text: query, limit: limit), now: .distantFuture) }
        return (found.hits.filter { !$0.partial }.compactMap { rowids[$0.summary.id] }, found.total)
    }

    private static func search(_ query: String, limit: Int, in store: SQLiteStore, rowids: [ArticleID: Int64]) throws -> [Int64] {
        // Every article is in the past: "now" is past the newest, as on the site the day after.
        let found = try Blocking.run { try await store.search(SearchRequest(text: query, limit: limit), now: .distantFuture) }
        return found.hits.compactMap { rowids[$0.summary.id] }
    }

    /// The corpus record as an import would save it: headline, the summary as the sub-headline,
    /// one paragraph per line of the body, published at its date.
    static func draft(_ article: CorpusArticle, rowid: Int64) -> ArticleDraft {
        let paragraphs = article.body.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let summary = article.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        let published = publicationDate(article)
        return ArticleDraft(content: ArticleContent(
            origin: ArticleOrigin(source: "evaluation", key: String(rowid)), slug: "a\(rowid)",
            section: Section(slug: "news", name: "أخبار"),
            headline: article.title.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces),
            highlights: summary.isEmpty ? [] : [summary.replacingOccurrences(of: "\n", with: " ")],
            body: paragraphs.isEmpty ? [.plainParagraph(article.title)] : paragraphs.map(Block.plainParagraph),
            status: .published, publishedAt: published))
    }

    /// The article's date as the store saves it.
    static func publicationDate(_ article: CorpusArticle) -> Date {
        Timestamp.parse(article.date + "Z") ?? Timestamp.parse(article.date) ?? Date(timeIntervalSince1970: 0)
    }
}
