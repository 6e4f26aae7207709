import ArabicText

/// A deterministic query set drawn from the stored headlines, shaped like what readers type:
/// mostly one or two words, some headline fragments, and a share of the syntax.
enum BenchmarkQueries {
    static func make(from headlines: [String], count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let words = headlines.map { headline in
            ArabicTokenizer.tokens(in: headline).filter { !ArabicStopWords.contains($0.text) }.map { String(headline[$0.original]) }
        }.filter { $0.count >= 3 }
        precondition(!words.isEmpty, "no headlines to draw queries from")
        var queries: [String] = []
        while queries.count < count {
            let headline = words[random.next(below: words.count)]
            let start = random.next(below: headline.count - 1)
            let kind = random.next(below: 100)
            switch kind {
            case 0..<40: queries.append(headline[start])
            case 40..<70: queries.append(headline[start...].prefix(2 + random.next(below: 2)).joined(separator: " "))
            case 70..<80: queries.append("\"" + headline[start...].prefix(2).joined(separator: " ") + "\"")
            case 80..<90:
                let other = words[random.next(below: words.count)]
                queries.append(headline[start] + " OR " + other[random.next(below: other.count)])
            default: queries.append(headline[start] + " -" + headline[(start + 1) % headline.count])
            }
        }
        return queries
    }
}

/// SplitMix64: a small seeded generator, so every run draws the same queries.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
