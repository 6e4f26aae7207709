import ArabicText

/// A parsed query as `tsquery` texts: the match, the parts that are scored, and the words side by side.
struct SearchMatch: Sendable {
    /// What every match must satisfy: groups AND-ed, a group's phrases OR-ed, exclusions NOT-ed.
    var tsquery: String
    /// A part of the query scored with its own inverse document frequency: any of its phrases
    /// (runs of terms); `exact` ones against the headline's printed forms.
    struct Part: Sendable {
        var phrases: [[String]]
        var exact = false
        var tsquery: String { phrases.map { SearchMatch.phrase($0) }.joined(separator: " | ") }
    }

    var scoring: [Part]
    /// What every match holds: each group, any of its phrases (for estimating how many match).
    var groups: [[[String]]] = []
    /// The query's words close together in the headline, and anywhere; nil for one word.
    var near: (headline: String, anywhere: String)?
    /// How the matches are found through the indexes: what `terms` must match (nil for
    /// nothing), and what `pairs` must (nil for nothing). A group of two-word phrases is asked of
    /// `pairs` alone, as any of its pairs of words side by side: through `terms` the index
    /// would only narrow it to documents holding both words, and each would be read from the
    /// table to check their positions. Everything else is asked of `terms`, as in `tsquery`.
    var finding: (terms: String?, pairs: String?)

    var isMultiword: Bool { near != nil }

    /// Nil for an empty query.
    init?(_ query: SearchQuery) {
        let groups = query.required.filter { !$0.isEmpty }
        guard !groups.isEmpty else { return nil }
        tsquery = groups.map { group in "(" + group.map { Self.phrase($0.terms) }.joined(separator: " | ") + ")" }.joined(separator: " & ")
        for phrase in query.excluded where !phrase.terms.isEmpty { tsquery += " & !(" + Self.phrase(phrase.terms) + ")" }
        scoring = groups.map { group in Part(phrases: group.map(\.terms)) }
        self.groups = groups.map { $0.map(\.terms) }
        var byTerms: [String] = [], byPairs: [String] = []
        for group in groups {
            let pairs = group.compactMap { Self.pair(of: $0.terms) }
            if pairs.count == group.count {
                byPairs.append("(" + pairs.map(SearchTerms.quoted).joined(separator: " | ") + ")")
            } else {
                byTerms.append("(" + group.map { Self.phrase($0.terms) }.joined(separator: " | ") + ")")
            }
        }
        byTerms += query.excluded.filter { !$0.terms.isEmpty }.map { "!(" + Self.phrase($0.terms) + ")" }
        finding = (byTerms.isEmpty ? nil : byTerms.joined(separator: " & "), byPairs.isEmpty ? nil : byPairs.joined(separator: " & "))
        for group in groups {
            // A plain word typed as the headline prints it ranks above one sharing only its stem.
            let exact = group.compactMap { phrase in
                phrase.terms.count == 1 ? phrase.exact.map { SearchForms.exactTerm(stem: phrase.terms[0], form: $0) } : nil
            }
            if !exact.isEmpty { scoring.append(Part(phrases: exact.map { [$0] }, exact: true)) }
        }
        scoring += query.optional.filter { !$0.terms.isEmpty }.map { Part(phrases: [$0.terms]) }
        let firsts = groups.compactMap(\.first).map(\.terms)
        if firsts.count >= 2 {
            near = (Self.near(firsts, weight: ":A"), Self.near(firsts, weight: ""))
        }
    }

    /// Any of `words`, each scored: related stories.
    init(anyOf words: [String]) {
        tsquery = words.map(SearchTerms.quoted).joined(separator: " | ")
        finding = (tsquery, nil)
        scoring = words.map { Part(phrases: [[$0]]) }
        groups = [words.map { [$0] }]
    }

    /// `finding` within a window of weeks and outside another (their `SearchWeeks` lexemes),
    /// when given. The weeks go with the pairs when there are any: the pairs' index then walks
    /// a phrase's few documents, where the words' index, given nothing rarer than the weeks,
    /// would walk every document of the window.
    func finding(within window: [String]?, excluding read: [String]? = nil) -> (terms: String?, pairs: String?) {
        let any = { (lexemes: [String]) in "(" + lexemes.map(SearchTerms.quoted).joined(separator: " | ") + ")" }
        func narrowed(_ query: String?) -> String? {
            var parts = query.map { ["(" + $0 + ")"] } ?? []
            if let window { parts.append(any(window)) }
            if let read { parts.append("!" + any(read)) }
            return parts.isEmpty ? nil : parts.joined(separator: " & ")
        }
        return finding.pairs == nil ? (narrowed(finding.terms), nil) : (finding.terms, narrowed(finding.pairs))
    }

    /// A two-word phrase as `SearchTerms` writes the pair; nil for any other, or when the pair
    /// would pass a lexeme's length (the index holds no such pair).
    private static func pair(of terms: [String]) -> String? {
        guard terms.count == 2 else { return nil }
        let pair = SearchTerms.pair(terms[0], terms[1])
        return pair.utf8.count < SearchTerms.maximumLexemeBytes ? pair : nil
    }

    /// Terms in this order, side by side.
    static func phrase(_ terms: [String], weight: String = "") -> String {
        terms.count == 1 ? SearchTerms.quoted(terms[0]) + weight : "(" + terms.map { SearchTerms.quoted($0) + weight }.joined(separator: " <-> ") + ")"
    }

    /// Each phrase within three positions of the next, in either order (FTS5's NEAR, 2).
    private static func near(_ phrases: [[String]], weight: String) -> String {
        zip(phrases, phrases.dropFirst()).map { first, second in
            let a = phrase(first, weight: weight), b = phrase(second, weight: weight)
            return "(" + (1...3).flatMap { ["\(a) <\($0)> \(b)", "\(b) <\($0)> \(a)"] }.joined(separator: " | ") + ")"
        }.joined(separator: " & ")
    }
}
