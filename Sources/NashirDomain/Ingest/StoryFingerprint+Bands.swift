extension StoryFingerprint {
    /// MinHash slots behind the band keys.
    static let slotCount = 256
    /// Rows per band: two, so that stories sharing a fifth of their words (reworded copy of one
    /// event) still meet in some band; see Benchmarks/grouping-evaluation.sh for the measured
    /// candidate recall and the share of unrelated items that meet.
    static let rowsPerBand = 2

    /// The LSH band keys, one per band of `rowsPerBand` MinHash slots, the band's index mixed in
    /// so equal values in different bands never collide. Store them in an indexed column; the
    /// stories to compare with an arrival are the recent ones sharing any key with it. Empty for
    /// an empty fingerprint.
    public var bandKeys: [Int64] {
        guard !isEmpty else { return [] }
        let slots = MinHash.signature(of: terms.map(UInt64.init), count: Self.slotCount)
        return stride(from: 0, to: slots.count, by: Self.rowsPerBand).map { start in
            var key = UInt64(start / Self.rowsPerBand) << 48
            for (offset, slot) in slots[start..<start + Self.rowsPerBand].enumerated() {
                key |= UInt64(slot) << (16 * UInt64(offset))
            }
            return Int64(bitPattern: MinHash.mix(key))
        }
    }
}
