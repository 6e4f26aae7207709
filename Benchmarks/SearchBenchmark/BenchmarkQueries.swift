import ArabicText
import SearchEvaluation

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
            let headline = words[random.below(words.count)]
            let start = random.below(headline.count - 1)
            let kind = random.below(100)
            switch kind {
            case 0..<40: queries.append(headline[start])
            case 40..<70: queries.append(headline[start...].prefix(2 + random.below(2)).joined(separator: " "))
            case 70..<80: queries.append("\"" + headline[start...].prefix(2).joined(separator: " ") + "\"")
            case 80..<90:
                let other = words[random.below(words.count)]
                queries.append(headline[start] + " OR " + other[random.below(other.count)])
            default: queries.append(headline[start] + " -" + headline[(start + 1) % headline.count])
            }
        }
        return queries
    }
}
