import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import PropertyBased
import Testing

/// Whatever a reader types into the search box (FTS5's own syntax, stray quotes, marks, control
/// characters, pasted paragraphs) is answered, never an error: the query syntax is Nashir's, and
/// nothing typed reaches FTS5 unquoted. `Benchmarks/fuzz.sh` runs a million queries.
@Suite struct SearchQueryFuzzTests {
    static let count = ProcessInfo.processInfo.environment["NASHIR_FUZZ_COUNT"].flatMap(Int.init) ?? 300
    /// A hang guard that a million queries on two shared cores stays within.
    static let minutes = count > 10_000 ? 600 : 30

    static let pieces: [String] = [
        "ليبيا", "طرابلس", "الدفاع", "وزير", "أحمد", "احمد", "مدرسة", "على", "و", "ال", "Trump", "UN", "2020", "١٢٣",
        "\"", "'", "-", "+", "*", "^", ":", "(", ")", "{", "}", "[", "]", "OR", "or", "AND", "NOT", "NEAR", "NEAR/2", "headline:", "body:",
        "\u{0}", "\u{0651}", "\u{064E}", "ـ", "\u{200F}", "\u{FEFF}", "%", "\\", "؟", "،", "«", "»", "\n", "\t", " ", " ", " ",
        String(repeating: "ا", count: 120), String(repeating: "\"", count: 9), String(repeating: "-", count: 7),
    ]

    @Test(.timeLimit(.minutes(SearchQueryFuzzTests.minutes))) func anyTypedQueryIsAnsweredAndAnyPrefixSuggested() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        _ = try await store.save((1...20).map {
            TestDraft.make(key: "\($0)", headline: "وزير الدفاع يزور طرابلس \($0)", body: ["أحمد قال إن المدرسة في ليبيا مغلقة.", "UN Trump 2020"],
                           publishedAt: TestDraft.baseDate + Double($0) * 60)
        })
        let now = TestDraft.baseDate + 86_400
        await propertyCheck(count: Self.count, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...12)) { chosen in
            let query = chosen.map { Self.pieces[$0] }.joined()
            do {
                let results = try await store.search(SearchRequest(text: query), now: now)
                #expect(results.total >= results.hits.filter { !$0.partial }.count)
                _ = try await store.typeAhead(query, limit: 8, now: now)
            } catch {
                Issue.record("«\(query)» failed: \(error)")
            }
        }
    }
}
