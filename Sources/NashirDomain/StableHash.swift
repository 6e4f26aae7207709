/// A hash that is the same in every process and on every machine, unlike `Hasher` (seeded per
/// process): for identities and ETags that several instances must agree on.
public enum StableHash {
    /// FNV-1a, 64 bits.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        // A page's ETag hashes every byte of it: over a buffer, not through the sequence's
        // iterator, the loop is the multiplications alone.
        bytes.withContiguousStorageIfAvailable(fold) ?? fold(bytes)
    }

    private static func fold(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
