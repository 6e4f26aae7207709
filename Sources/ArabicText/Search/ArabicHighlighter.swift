/// Text cut into runs that matched a query and runs that did not, in the original spelling.
public struct HighlightedText: Sendable, Equatable {
    /// One run of the original text.
    public struct Part: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool

        public init(_ text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var parts: [Part]
    /// True when text was left out before or after the parts (the view shows an ellipsis).
    public var isCutBefore: Bool
    public var isCutAfter: Bool

    public init(parts: [Part], isCutBefore: Bool = false, isCutAfter: Bool = false) {
        self.parts = parts
        self.isCutBefore = isCutBefore
        self.isCutAfter = isCutAfter
    }

    /// The text without marks.
    public var plainText: String { parts.map(\.text).joined() }
    /// How many runs matched.
    public var matchCount: Int { parts.count { $0.isMatch } }
}

/// Finds query terms in text whatever their spelling there (أحمد for احمد, والمدرسة for مدرسه),
/// by running every word through the same analysis as the index.
public enum ArabicHighlighter {
    /// All of `text`, with every word whose analysed form is in `terms` marked.
    public static func highlight(_ text: String, terms: Set<String>) -> HighlightedText {
        let matches = matchRanges(in: text, terms: terms)
        return HighlightedText(parts: parts(of: text, from: text.startIndex, to: text.endIndex, matches: matches))
    }

    /// The window of about `words` words of `text` holding the most distinct matched terms
    /// (earliest on a tie), cut at word boundaries; nil when no word matches.
    public static func excerpt(of text: String, terms: Set<String>, words: Int = 32) -> HighlightedText? {
        excerpt(of: text, groups: terms.sorted().map { [$0] }, words: words)
    }

    /// The window of about `words` words of `text` holding the most of `groups` (a query's
    /// words, each the terms any of its spellings analyses to, so a word found in two
    /// spellings counts once), earliest on a tie, with every matched term marked; nil when no
    /// word matches.
    public static func excerpt(of text: String, groups: [Set<String>], words: Int = 32) -> HighlightedText? {
        let groups = groups.filter { !$0.isEmpty }
        guard !groups.isEmpty else { return nil }
        let lookup = TermLookup(Set(groups.joined()))
        let numbers = Dictionary(uniqueKeysWithValues: lookup.terms.enumerated().map { ($1, $0) })
        // The groups each term number stands in (a term typed twice stands in two).
        var groupsOf = [[Int]](repeating: [], count: lookup.count)
        for (group, terms) in groups.enumerated() {
            for term in terms { if let number = numbers[term] { groupsOf[number].append(group) } }
        }
        // Words are cut and analysed only as far as the choice needs: the best window is
        // nearly always in the lead, and analysing every word of a long text was most of a
        // search's own work.
        var read = ReadWords(text: text, lookup: lookup)
        let width = read.through(max(1, words) - 1) ? max(1, words) : max(1, read.count)
        // A sliding window counting the groups it holds: one pass, ending early once a
        // window holds every group.
        var counts = [Int](repeating: 0, count: groups.count)
        var distinct = 0
        var best = 0
        var bestScore = -1
        var end = 0
        while read.through(end) {
            if let term = read.matched[end] {
                for group in groupsOf[term] {
                    counts[group] += 1
                    if counts[group] == 1 { distinct += 1 }
                }
            }
            let start = end - width + 1
            if start > 0, let term = read.matched[start - 1] {
                for group in groupsOf[term] {
                    counts[group] -= 1
                    if counts[group] == 0 { distinct -= 1 }
                }
            }
            if start >= 0, distinct > bestScore {
                bestScore = distinct
                best = start
                if distinct == groups.count { break }
            }
            end += 1
        }
        // Every word is in some window, so no window with a match means no match at all.
        guard bestScore > 0 else { return nil }
        // Open a few words before the first match, not on it (and no later than the text allows).
        if let first = (best..<(best + width)).first(where: { read.matched[$0] != nil }) {
            let wanted = max(0, first - 4)
            best = read.through(wanted + width - 1) ? wanted : max(0, min(wanted, read.count - width))
        }
        let lastToken = best + width - 1
        let isLast = !read.through(lastToken + 1)
        let tokens = read.tokens
        let from = best == 0 ? text.startIndex : tokens[best].original.lowerBound
        let to = isLast ? text.endIndex : tokens[lastToken].original.upperBound
        let matches = (best...lastToken).compactMap { index in
            read.matched[index] != nil ? tokens[index].original : nil
        }
        return HighlightedText(
            parts: parts(of: text, from: from, to: to, matches: matches),
            isCutBefore: from != text.startIndex, isCutAfter: to != text.endIndex)
    }

    /// A text's words cut and matched as far as asked, and no further.
    private struct ReadWords {
        let text: String
        let lookup: TermLookup
        private var reader: ArabicTokenizer.TokenReader
        private(set) var tokens: [Token] = []
        /// Each token's term number, or nil when it matches none.
        private(set) var matched: [Int?] = []
        private var atEnd = false

        init(text: String, lookup: TermLookup) {
            self.text = text
            self.lookup = lookup
            reader = ArabicTokenizer.TokenReader(text)
        }

        /// How many tokens have been read.
        var count: Int { tokens.count }

        /// Reads up to token `index`; false when the text has fewer tokens.
        mutating func through(_ index: Int) -> Bool {
            while tokens.count <= index {
                guard !atEnd, let token = reader.next() else {
                    atEnd = true
                    return false
                }
                tokens.append(token)
                matched.append(lookup.term(of: token, in: text))
            }
            return true
        }
    }

    /// Original-spelling ranges of the words of `text` that match `terms`.
    public static func matchRanges(in text: String, terms: Set<String>) -> [Range<String.Index>] {
        let lookup = TermLookup(terms)
        return ArabicTokenizer.tokens(in: text).compactMap { token in lookup.term(of: token, in: text) != nil ? token.original : nil }
    }

    /// Splits `text[from..<to]` at the matched ranges, joining neighbouring matches separated
    /// only by spaces so a matched phrase is one mark.
    static func parts(of text: String, from: String.Index, to: String.Index, matches: [Range<String.Index>]) -> [HighlightedText.Part] {
        var merged: [Range<String.Index>] = []
        for range in matches where range.lowerBound >= from && range.upperBound <= to {
            if let last = merged.last, text[last.upperBound..<range.lowerBound].allSatisfy({ $0 == " " }) {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        var parts: [HighlightedText.Part] = []
        var cursor = from
        for range in merged {
            if cursor < range.lowerBound { parts.append(.init(String(text[cursor..<range.lowerBound]), isMatch: false)) }
            parts.append(.init(String(text[range]), isMatch: true))
            cursor = range.upperBound
        }
        if cursor < to { parts.append(.init(String(text[cursor..<to]), isMatch: false)) }
        return parts
    }
}
