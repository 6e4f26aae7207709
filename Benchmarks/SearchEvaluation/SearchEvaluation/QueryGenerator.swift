import ArabicText

/// Builds known-item queries from headlines, deterministically from a seed.
///
/// A query is a run of 3–6 consecutive headline words, not the whole headline: readers type the
/// few words they remember, and a whole 10-word headline ANDed would mostly test whether every
/// one of ten words survives re-spelling, while its exact title would rank it first for any
/// method that matches at all. The short set is harder: 2 or 3 content words (stop words
/// skipped), next to each other among them, as an outside evaluation of Nashir typed them.
public struct QueryGenerator: Sendable {
    public var seed: UInt64
    public var respeller: Respeller
    /// Articles whose headline no other article shares (after folding spelling), in seeded
    /// order, each with its run of words: the same run in every query set.
    public private(set) var candidates: [(target: Int64, run: [String])] = []
    /// The same articles' headline words, for the sets that draw other runs.
    private var headlineWords: [Int64: [String]] = [:]

    /// Shortest and longest run of headline words in a query.
    static let runLengths = 3...6
    /// Fewest and most content words in a short query.
    static let shortLengths = 2...3
    /// The order re-spellings are applied to one word: affixes first, then letters, then the
    /// marks and tatweel that are inserted between letters.
    static let applicationOrder: [RespellingKind] = [
        .conjunction, .article, .alefHamza, .seatedHamza, .tehMarbuta, .finalYeh, .digits, .diacritics, .tatweel,
    ]

    public init(articles: [CorpusArticle], respeller: Respeller, seed: UInt64) {
        self.seed = seed
        self.respeller = respeller
        var keyCounts: [String: Int] = [:]
        let keys = articles.map { Self.headlineKey($0.title) }
        for key in keys { keyCounts[key, default: 0] += 1 }
        var eligible: [(target: Int64, run: [String])] = []
        for (index, article) in articles.enumerated() where keyCounts[keys[index]] == 1 {
            let words = Self.words(of: article.title)
            guard words.count >= Self.runLengths.lowerBound else { continue }
            let target = Int64(index + 1)
            headlineWords[target] = words
            var rng = SplitMix64(seed: seed, stream: 1, item: UInt64(target))
            eligible.append((target, Self.window(of: words, lengths: Self.runLengths, using: &rng)))
        }
        var order = SplitMix64(seed: seed)
        order.shuffle(&eligible)
        candidates = eligible
    }

    /// A run of consecutive `words`, its length drawn from `lengths` (at most all of them),
    /// holding the word at `index` when one is given.
    static func window(of words: [String], lengths: ClosedRange<Int>, holding index: Int? = nil, using rng: inout SplitMix64) -> [String] {
        let longest = min(lengths.upperBound, words.count)
        let length = min(lengths.lowerBound, longest) + rng.below(max(1, longest - lengths.lowerBound + 1))
        let start = index.map { max(0, min($0 - rng.below(length), words.count - length)) } ?? rng.below(words.count - length + 1)
        return Array(words[start..<start + length])
    }

    /// A word that analysis keeps: a reader remembers «الانتخابات البلدية», not «في».
    static func isContentWord(_ word: String) -> Bool {
        !ArabicAnalyzer.terms(in: word).isEmpty
    }

    /// `run` re-spelt as in the mixed set, every word but the one at `kept`.
    private func respelt(_ run: [String], target: Int64, keeping kept: Int? = nil, using rng: inout SplitMix64) -> KnownItemQuery {
        var query = KnownItemQuery(target: target, printed: run, typed: run, kinds: [])
        for i in query.typed.indices where i != kept {
            for kind in Self.applicationOrder where rng.chance(kind.mixedRate) {
                if let respelt = respeller.respell(query.typed[i], kind, using: &rng) {
                    query.typed[i] = respelt
                    query.kinds.insert(kind)
                }
            }
        }
        return query
    }

    /// Short queries: 2–3 content words of the first `count` candidates that have two.
    public func short(count: Int) -> QuerySet {
        var queries: [KnownItemQuery] = []
        for candidate in candidates where queries.count < count {
            let content = (headlineWords[candidate.target] ?? []).filter(Self.isContentWord)
            guard content.count >= Self.shortLengths.lowerBound else { continue }
            var rng = SplitMix64(seed: seed, stream: 22, item: UInt64(candidate.target))
            let run = Self.window(of: content, lengths: Self.shortLengths, using: &rng)
            queries.append(respelt(run, target: candidate.target, using: &rng))
        }
        return QuerySet(variant: .short, queries: queries)
    }

    /// Queries whose run holds a word `picks` chooses (the first such in the headline), each
    /// word of the run re-spelt as in the mixed set except that word, kept as printed.
    private func holding(_ variant: QuerySet.Variant, count: Int, stream: UInt64, picks: (String) -> Bool) -> QuerySet {
        var queries: [KnownItemQuery] = []
        for candidate in candidates where queries.count < count {
            guard let words = headlineWords[candidate.target], let at = words.firstIndex(where: picks) else { continue }
            var rng = SplitMix64(seed: seed, stream: stream, item: UInt64(candidate.target))
            let run = Self.window(of: words, lengths: Self.runLengths, holding: at, using: &rng)
            queries.append(respelt(run, target: candidate.target, keeping: run.firstIndex(where: picks), using: &rng))
        }
        return QuerySet(variant: variant, queries: queries)
    }

    /// Queries holding a word printed with shadda or tanween, typed with its marks.
    public func marked(count: Int) -> QuerySet {
        holding(.marked, count: count, stream: 20) { word in
            word.unicodeScalars.contains { $0.value == 0x0651 || (0x064B...0x064D).contains($0.value) }
        }
    }

    /// Queries holding a name, as far as the corpus tells one (`Vocabulary.isNameLike`).
    public func names(count: Int) -> QuerySet {
        holding(.names, count: count, stream: 21) { respeller.vocabulary.isNameLike($0) }
    }

    /// The first `count` candidates, each word re-spelt by every kind that fits it with that
    /// kind's `mixedRate`.
    public func mixed(count: Int) -> QuerySet {
        let queries = candidates.prefix(count).map { candidate in
            var rng = SplitMix64(seed: seed, stream: 2, item: UInt64(candidate.target))
            return respelt(candidate.run, target: candidate.target, using: &rng)
        }
        return QuerySet(variant: .mixed, queries: queries)
    }

    /// The first `count` candidates `kind` fits, re-spelt by it alone: in every word it fits
    /// for a habit (hamza, ة, ى/ي, digits), in one word for a slip.
    public func only(_ kind: RespellingKind, count: Int) -> QuerySet {
        var queries: [KnownItemQuery] = []
        let stream = 3 + UInt64(RespellingKind.allCases.firstIndex(of: kind)!)
        for candidate in candidates where queries.count < count {
            var rng = SplitMix64(seed: seed, stream: stream, item: UInt64(candidate.target))
            let options = candidate.run.indices.compactMap { i in
                respeller.respell(candidate.run[i], kind, using: &rng).map { (index: i, word: $0) }
            }
            guard !options.isEmpty else { continue }
            var typed = candidate.run
            for option in kind.isHabit ? options : [options[rng.below(options.count)]] {
                typed[option.index] = option.word
            }
            queries.append(KnownItemQuery(target: candidate.target, printed: candidate.run, typed: typed, kinds: [kind]))
        }
        return QuerySet(variant: .only(kind), queries: queries)
    }

    // MARK: - Headline words

    /// The words a reader could type from a headline: split at spaces, quotes and punctuation
    /// trimmed, invisible characters dropped (nobody types an RLM).
    static func words(of headline: String) -> [String] {
        headline.split(whereSeparator: \.isWhitespace).compactMap { piece in
            let scalars = Array(piece.unicodeScalars).filter { $0.properties.generalCategory != .format }
            guard let first = scalars.firstIndex(where: WordScalars.isWordCharacter),
                  let last = scalars.lastIndex(where: WordScalars.isWordCharacter) else { return nil }
            var end = last + 1
            while end < scalars.count, WordScalars.isIgnorable(scalars[end]) { end += 1 }  // keep a final haraka
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[first..<end])
            return String(view)
        }
    }

    /// A headline folded past every re-spelling (hamza, ة, ى, marks, digits, punctuation), so
    /// two headlines a query could not tell apart count as the same headline.
    static func headlineKey(_ headline: String) -> String {
        var view = String.UnicodeScalarView()
        var space = false
        for scalar in headline.unicodeScalars {
            if WordScalars.isWordCharacter(scalar) {
                if space, !view.isEmpty { view.append(" ") }
                space = false
                if let digit = DigitStyle.decimalValue(of: scalar) {
                    view.append(Unicode.Scalar(0x30 + digit)!)
                    continue
                }
                switch scalar {
                case "\u{0623}", "\u{0625}", "\u{0622}", "\u{0671}": view.append("\u{0627}")
                case "\u{0624}": view.append("\u{0648}")
                case "\u{0626}", "\u{0649}": view.append("\u{064A}")
                case "\u{0629}": view.append("\u{0647}")
                default: view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !WordScalars.isIgnorable(scalar) {
                space = true
            }
        }
        return String(view)
    }
}
