/// The tokenizer's and normaliser's answer for every scalar below U+0800 (ASCII, Latin, Greek,
/// Cyrillic, Hebrew, Arabic, Syriac, Thaana, NKo), computed once by calling them, so the fast
/// path reads one word per scalar and cannot drift from the functions it replaces.
struct AnalysisScalarTable: Sendable {
    /// What the normaliser does with a scalar.
    enum Operation: UInt32 {
        /// Appends `output`, one scalar.
        case one
        /// Appends nothing (harakat, tatweel, invisibles).
        case drop
        /// A combining hamza: turns a preceding و or ي into ء, else vanishes (the normaliser's
        /// only rule that looks at the output so far).
        case hamzaMark
        /// Appends several scalars, or one at or above U+0800: left to the normaliser itself.
        case general
    }

    /// One scalar's answers packed into 32 bits: output scalar (21), token kind (2), glue (1),
    /// operation (2).
    struct Entry {
        let raw: UInt32

        /// The token kind's raw value, 0 when the scalar is not part of a word by itself.
        var kind: UInt8 { UInt8(truncatingIfNeeded: raw >> 21 & 3) }
        var isGlue: Bool { raw & 1 << 23 != 0 }
        var operation: Operation { Operation(rawValue: raw >> 24 & 3)! }
        var output: UInt32 { raw & 0x1F_FFFF }

        init(raw: UInt32) { self.raw = raw }

        init(kind: ArabicTokenizer.Kind?, isGlue: Bool, operation: Operation, output: UInt32) {
            raw = output | UInt32(kind?.rawValue ?? 0) << 21 | (isGlue ? 1 << 23 : 0) | operation.rawValue << 24
        }
    }

    static let shared = AnalysisScalarTable()
    /// Scalars below this are in the table.
    static let limit: UInt32 = 0x800

    /// Raw entries indexed by scalar value; surrogate code points never occur and stay zero.
    let entries: [UInt32]

    private init() {
        var entries = [UInt32](repeating: 0, count: Int(Self.limit))
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            entries[Int(value)] = Self.entry(for: scalar).raw
        }
        self.entries = entries
    }

    /// Asks the tokenizer and the normaliser about one scalar.
    static func entry(for scalar: Unicode.Scalar) -> Entry {
        let kind = ArabicTokenizer.classify(scalar)
        let isGlue = ArabicTokenizer.isGlue(scalar)
        if scalar.value == 0x0654 || scalar.value == 0x0655 {
            return Entry(kind: kind, isGlue: isGlue, operation: .hamzaMark, output: 0)
        }
        var normalized = String.UnicodeScalarView()
        ArabicNormalizer.append(scalar, to: &normalized)
        var iterator = normalized.makeIterator()
        switch (iterator.next(), iterator.next()) {
        case (nil, _):
            return Entry(kind: kind, isGlue: isGlue, operation: .drop, output: 0)
        case (let only?, nil) where only.value < limit:
            return Entry(kind: kind, isGlue: isGlue, operation: .one, output: only.value)
        default:
            return Entry(kind: kind, isGlue: isGlue, operation: .general, output: 0)
        }
    }
}
