/// A hash that is the same in every process and on every machine, unlike `Hasher` (seeded per
/// process): for identities and ETags that several instances must agree on.
public enum StableHash {
    /// FNV-1a, 64 bits.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
