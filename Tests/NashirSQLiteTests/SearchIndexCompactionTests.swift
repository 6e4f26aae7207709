import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

/// The search index's segments merged behind the writes: fewer pieces, the same answers.
@Suite struct SearchIndexCompactionTests {
    /// Fifteen saves, one segment each; FTS5 merges four at a time on its own, which leaves six.
    static func fragmented(in folder: TemporaryDirectory) async throws -> SQLiteStore {
        let store = try folder.store()
        for key in 1...15 {
            _ = try await store.save([
                TestDraft.make(key: "\(key)", headline: "الخبر رقم \(key) عن طرابلس", body: ["فقرة عن المدرسة الجديدة رقم \(key) في طرابلس."],
                               publishedAt: TestDraft.date(minutes: key)),
            ])
        }
        return store
    }

    @Test func mergingLeavesFewerSegmentsAndTheSameResults() async throws {
        let folder = try TemporaryDirectory()
        let store = try await Self.fragmented(in: folder)
        let before = try await store.searchIndexSegments()
        #expect(before > 2)
        let now = TestDraft.date(minutes: 60)
        let queries = ["طرابلس", "المدرسة الجديدة", "الخبر 7", "\"المدرسة الجديدة رقم 3\""]
        let found = try await queries.asyncMap { try await store.search(SearchRequest(text: $0), now: now).hits.map(\.summary.id) }
        let typed = try await store.typeAhead("طراب", limit: 5, now: now)
        #expect(found[0].count == 15 && found.allSatisfy { !$0.isEmpty } && !typed.isEmpty)
        var steps = 0
        while try await store.compactSearchIndex(pages: 4) {
            steps += 1
            #expect(steps < 1_000)
        }
        let after = try await store.searchIndexSegments()
        #expect(steps > 0 && after < before && after <= 2, "\(before) segments, then \(after) after \(steps) steps")
        #expect(try await queries.asyncMap { try await store.search(SearchRequest(text: $0), now: now).hits.map(\.summary.id) } == found)
        #expect(try await store.typeAhead("طراب", limit: 5, now: now) == typed)
        // Nothing left: the next step says so and changes nothing.
        #expect(try await store.compactSearchIndex(pages: 4) == false)
        #expect(try await store.searchIndexSegments() == after)
    }

    @Test func aReadOnlyStoreHasNothingToMerge() async throws {
        let folder = try TemporaryDirectory()
        let store = try await Self.fragmented(in: folder)
        try store.close()
        let reader = try SQLiteStore(path: store.path, readOnly: true)
        #expect(try await reader.compactSearchIndex(pages: 64) == false)
    }
}

extension Array where Element: Sendable {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var mapped: [T] = []
        for element in self { mapped.append(try await transform(element)) }
        return mapped
    }
}
