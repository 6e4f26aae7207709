/// MinHash over sets of 64-bit term hashes: the share of equal slots in two signatures
/// estimates the Jaccard similarity of the two sets.
enum MinHash {
    /// The value of an empty set's slots; no element's mix is allowed to reach it.
    static let empty = UInt16.max

    /// A signature of `count` slots: slot i keeps the smallest of the i-th mix of the elements,
    /// cut to 16 bits (two unrelated slots then agree once in 65,535, which the estimate can
    /// bear, and the fingerprint halves). Seeds are fixed, so every machine agrees.
    static func signature(of elements: some Collection<UInt64>, count: Int) -> [UInt16] {
        var lowest = [UInt64](repeating: .max, count: count)
        for element in elements {
            for i in 0..<count {
                let value = mix(element ^ seeds[i])
                if value < lowest[i] { lowest[i] = value }
            }
        }
        guard !elements.isEmpty else { return [UInt16](repeating: empty, count: count) }
        return lowest.map { min(UInt16(truncatingIfNeeded: $0 >> 48), empty - 1) }
    }

    /// Enough seeds for any signature length the fingerprint uses.
    private static let seeds: [UInt64] = (0..<256).map { mix(UInt64($0 + 1) &* 0x9E37_79B9_7F4A_7C15) }

    /// SplitMix64's finaliser: every input bit flips about half of the output bits, so each
    /// seed acts as an independent random permutation of the hashes.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
