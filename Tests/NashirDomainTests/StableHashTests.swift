import NashirDomain
import Testing

@Suite("StableHash")
struct StableHashTests {
    /// FNV-1a's published vectors, over a buffer (a native string's bytes) and over a sequence
    /// that has none, so the fast path and the general one agree.
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)] as [(String, UInt64)])
    func fnv1a64MatchesThePublishedVectors(text: String, expected: UInt64) {
        #expect(StableHash.fnv1a64(text.utf8) == expected)
        #expect(StableHash.fnv1a64(Array(text.utf8)) == expected)
        #expect(StableHash.fnv1a64(AnySequence(text.utf8)) == expected)
    }

    @Test func aLongArabicTextHashesTheSameEitherWay() {
        let text = String(repeating: "طرابلس – وكالات: «نص» ", count: 500)
        #expect(StableHash.fnv1a64(text.utf8) == StableHash.fnv1a64(AnySequence(text.utf8)))
    }
}
