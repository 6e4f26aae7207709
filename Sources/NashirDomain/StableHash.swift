/// A hash that is the same in every process and on every machine, unlike `Hasher` (seeded per
/// process): for identities and ETags that several instances must agree on.
public enum StableHash {
    /// FNV-1a, 64 bits.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        // A page's ETag hashes every byte of it: over a buffer, not through the sequence's
        // iterator, the loop is the multiplications alone.
        if let hash = bytes.withContiguousStorageIfAvailable(fnv1a64(buffer:)) { return hash }
        var hash = offsetBasis
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func fnv1a64(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in buffer { hash = step(hash, byte) }
        return hash
    }

    @inline(__always)
    private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
