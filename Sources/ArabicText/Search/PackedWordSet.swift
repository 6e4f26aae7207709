/// A set of short Arabic words packed by `ArabicStemmerExceptions.key`: an open-addressing
/// table probed with one multiply, because the analyser asks it several times per word and
/// `Set<UInt64>` pays for a full SipHash each time.
struct PackedWordSet: Sendable {
    /// Zero marks an empty slot: no word packs to zero, as every letter code is at least 1.
    private let slots: [UInt64]
    private let shift: UInt64
    /// Number of words held.
    let count: Int

    init(_ keys: some Sequence<UInt64>) {
        let unique = Set(keys)
        precondition(!unique.contains(0), "zero is the empty-slot marker")
        // At most a quarter full, so probes are almost always one slot long.
        var bits: UInt64 = 4
        while 1 << bits < unique.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for key in unique {
            var index = Self.slot(of: key, shift: 64 - bits)
            while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = key
        }
        self.slots = slots
        self.shift = 64 - bits
        self.count = unique.count
    }

    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        return slots.withUnsafeBufferPointer { slots in
            var index = Self.slot(of: key, shift: shift)
            while true {
                let slot = slots[index]
                if slot == key { return true }
                if slot == 0 { return false }
                index = (index + 1) & (slots.count - 1)
            }
        }
    }

    /// Fibonacci hashing: the top bits of key × 2⁶⁴/φ.
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
