import ArabicText
import NashirDomain

/// How many headlines each query's printed words fit as well as they fit the target's: the same
/// content words, in the same normalised forms and the same order, next to each other once stop
/// words are skipped. No ranker can tell such headlines apart by the query, so their count bounds
/// what known-item scores can reach; «حزب الله» or «رئيس الحكومة» name hundreds of stories.
public struct HeadlineTies: Sendable {
    /// Per query set, per query, the headlines that tie with the target's, the target's included.
    public var counts: [QuerySet.Variant: [Int]]

    /// Counts ties for every query of `sets` among `articles` (rowid - 1 order).
    static func run(_ sets: [QuerySet], articles: [CorpusArticle]) -> HeadlineTies {
        let sequences = articles.concurrentMap(minimumChunk: 256) { Self.sequence(of: $0.title) }
        // Headlines by their first content word: a query's ties all start from the postings of its first word.
        var postings: [String: [Int]] = [:]
        for (index, sequence) in sequences.enumerated() {
            for word in Set(sequence) { postings[word, default: []].append(index) }
        }
        var counts: [QuerySet.Variant: [Int]] = [:]
        for set in sets {
            counts[set.variant] = set.queries.map { query in
                let wanted = Self.sequence(of: query.printed.joined(separator: " "))
                guard let first = wanted.first else { return 1 }
                let tied = (postings[first] ?? []).filter { Self.contains(sequences[$0], run: wanted) }.count
                return max(1, tied)
            }
        }
        return HeadlineTies(counts: counts)
    }

    /// A headline's content words, normalised and without the article, in order.
    static func sequence(of text: String) -> [String] {
        QueryGenerator.words(of: text).filter(QueryGenerator.isContentWord).map {
            ArabicAnalyzer.exactForm(ofNormalized: ArabicNormalizer.normalize($0))
        }
    }

    static func contains(_ words: [String], run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { start in words[start..<start + run.count].elementsEqual(run) }
    }

    /// The best scores a ranker can expect on `variant` (restricted to `picked` query indices when
    /// given): every untied target first, each tie ordered at random, counted to `cutoff`.
    public func ceiling(_ variant: QuerySet.Variant, cutoff: Int, picked: [Int]? = nil) -> (mrr: Double, success: Double) {
        let all = counts[variant] ?? []
        let chosen = picked.map { $0.map { all[$0] } } ?? all
        guard !chosen.isEmpty else { return (0, 0) }
        var mrr = 0.0, success = 0.0
        for ties in chosen {
            let reachable = min(ties, cutoff)
            mrr += (1...reachable).reduce(0.0) { $0 + 1 / Double($1) } / Double(ties)
            success += Double(reachable) / Double(ties)
        }
        return (mrr / Double(chosen.count), success / Double(chosen.count))
    }

    /// Share of `variant`'s queries whose target ties with at least one other headline.
    public func tiedShare(_ variant: QuerySet.Variant) -> Double {
        let all = counts[variant] ?? []
        return all.isEmpty ? 0 : Double(all.filter { $0 > 1 }.count) / Double(all.count)
    }
}
