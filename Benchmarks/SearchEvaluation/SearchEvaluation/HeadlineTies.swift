import ArabicText
import NashirDomain

/// How many headlines each query's printed words fit as well as they fit the target's: the same
/// content words, in the same normalised forms and the same order, next to each other once stop
/// words are skipped. No ranker can tell such headlines apart by the query, so their count bounds
/// what known-item scores can reach; «حزب الله» or «رئيس الحكومة» name hundreds of stories.
public struct HeadlineTies: Sendable {
    /// Per query set, per query, the headlines that tie with the target's, the target's included.
    public var counts: [QuerySet.Variant: [Int]]
    /// Per short query, the odds that each headline tied with it gave it, highest first.
    public var shortOdds: [[Double]] = []

    /// Counts ties for every query of `sets` among `articles` (rowid - 1 order); `eligible` holds
    /// the article indices the generator may draw a query from.
    static func run(_ sets: [QuerySet], articles: [CorpusArticle], eligible: Set<Int>) -> HeadlineTies {
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
        var ties = HeadlineTies(counts: counts)
        if let short = sets.first(where: { $0.variant == .short }) {
            ties.shortOdds = short.queries.map { query in
                let wanted = Self.sequence(of: query.printed.joined(separator: " "))
                guard let first = wanted.first else { return [1] }
                let odds = (postings[first] ?? []).map { Self.shortOdds(of: wanted, in: sequences[$0], eligible: eligible.contains($0)) }
                    .filter { $0 > 0 }.sorted(by: >)
                return odds.isEmpty ? [1] : odds
            }
        }
        return ties
    }

    /// How likely `QueryGenerator.short` is to draw the content words `run` from a headline whose
    /// content words are `words`: a run of 2 or 3 (even odds when it has three), at any start.
    /// Zero for a headline it never draws from (a shared headline, one of fewer than three words).
    static func shortOdds(of run: [String], in words: [String], eligible: Bool) -> Double {
        guard eligible, run.count <= words.count else { return 0 }
        let lengths = QueryGenerator.shortLengths
        let longest = min(lengths.upperBound, words.count)
        let lengthOdds = 1 / Double(longest - lengths.lowerBound + 1)
        let starts = words.count - run.count + 1
        let hits = (0..<starts).filter { words[$0..<$0 + run.count].elementsEqual(run) }.count
        return lengthOdds * Double(hits) / Double(starts)
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

    /// The best scores any ranker that reads the query alone can expect on the short set
    /// (restricted to `picked` when given): each query's ties ordered by their odds of having
    /// given it, equal odds at random, scored over the target each headline would be in
    /// proportion to its odds (the generator draws uniformly from the headlines it may use).
    public func informedShortCeiling(cutoff: Int, picked: [Int]? = nil) -> (mrr: Double, success: Double) {
        let chosen = picked.map { $0.map { shortOdds[$0] } } ?? shortOdds
        guard !chosen.isEmpty else { return (0, 0) }
        var mrr = 0.0, success = 0.0
        for odds in chosen {
            let total = odds.reduce(0, +)
            var above = 0
            // Equal odds form one group; a group's ranks are shared at random among its headlines.
            for (value, level) in Self.groups(odds) {
                let ranks = (above + 1...above + level).filter { $0 <= cutoff }
                let share = value * Double(level) / total
                mrr += share * ranks.reduce(0.0) { $0 + 1 / Double($1) } / Double(level)
                success += share * Double(ranks.count) / Double(level)
                above += level
            }
        }
        return (mrr / Double(chosen.count), success / Double(chosen.count))
    }

    /// Runs of equal values in `sorted`, as (value, count).
    static func groups(_ sorted: [Double]) -> [(Double, Int)] {
        var result: [(Double, Int)] = []
        for value in sorted {
            if let last = result.last, abs(last.0 - value) <= value * 1e-9 { result[result.count - 1].1 += 1 } else { result.append((value, 1)) }
        }
        return result
    }

    /// Share of `variant`'s queries whose target ties with at least one other headline.
    public func tiedShare(_ variant: QuerySet.Variant) -> Double {
        let all = counts[variant] ?? []
        return all.isEmpty ? 0 : Double(all.filter { $0 > 1 }.count) / Double(all.count)
    }
}
