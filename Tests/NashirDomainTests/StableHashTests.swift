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

    /// The digest pages' ETags are made of: instances of one version must agree, so nothing in it
    /// may depend on the process (a seed) or the machine (byte order). The values are a separate
    /// implementation's (Python's integers, little-endian words) of the same definition.
    @Test func digest64IsPinned() {
        #expect(Self.digest("") == 18_438_792_112_370_173_889)
        #expect(Self.digest("ناشر") == 15_522_455_635_168_251_438)
        #expect(Self.digest(String(repeating: "طرابلس – وكالات: «نص» ", count: 50)) == 4_770_618_463_947_660_322)
    }

    /// Every bit of every byte reaches the digest, wherever it lies in a word or in the tail, and
    /// bytes are read the same at any alignment.
    @Test func everyBitFlipChangesTheDigest() {
        let text = Array("أنقرة وطرابلس تؤكدان استمرار التنسيق المشترك".utf8)  // not a multiple of 8 bytes
        #expect(text.count % 8 != 0)
        var seen: Set<UInt64> = [Self.digest(text)]
        for index in text.indices {
            for bit in 0..<8 {
                var flipped = text
                flipped[index] ^= 1 << bit
                seen.insert(Self.digest(flipped))
            }
        }
        #expect(seen.count == 1 + 8 * text.count)
        #expect(Self.digest(text + [0]) != Self.digest(text))
        let shifted = [0x41] + text
        #expect(shifted.withUnsafeBytes { StableHash.digest64(UnsafeRawBufferPointer(rebasing: $0.dropFirst())) } == Self.digest(text))
    }

    static func digest(_ text: String) -> UInt64 { digest(Array(text.utf8)) }
    static func digest(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes(StableHash.digest64) }
}
