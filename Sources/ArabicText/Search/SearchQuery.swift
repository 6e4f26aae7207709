/// What a reader typed into a search box, parsed and analysed: words and "phrases" that must
/// all match, alternatives joined by OR (or أو), and -exclusions. Anything else in the text —
/// unbalanced quotes, stray operators, FTS syntax, control characters — is read as words, so
/// every string parses and nothing typed can reach a search engine as syntax.
public struct SearchQuery: Sendable, Equatable {
    /// Analysed terms that must appear in this order; a single term is a plain word.
    public struct Phrase: Sendable, Hashable {
        public var terms: [String]
        /// The words as the reader typed them, for "did you mean" and messages.
        public var typed: String
        /// Typed inside quotes: asked for as written, so relaxed matching never leaves it out.
        public var isQuoted: Bool
        /// A plain word's normalised form, unstemmed and without ال: matching it as printed
        /// says more than matching its stem (الحرة is not الحر).
        public var exact: String?

        public init(terms: [String], typed: String, isQuoted: Bool = false, exact: String? = nil) {
            self.terms = terms
            self.typed = typed
            self.isQuoted = isQuoted
            self.exact = exact
        }
    }

    /// Every group must match; a group matches when any of its phrases does.
    public var required: [[Phrase]]
    /// No matching document may contain any of these.
    public var excluded: [Phrase]
    /// Words that add to a match's score without being required: علي among other words,
    /// which may be the name or على typed with ي.
    public var optional: [Phrase]

    /// True when nothing is left to search for: empty, only stop words, or only exclusions.
    public var isEmpty: Bool { required.isEmpty }

    /// The analysed terms worth highlighting in results: those of required phrases.
    public var highlightTerms: Set<String> { Set((required.joined() + optional).flatMap(\.terms)) }

    /// The same terms as the words an excerpt should show together: a plain word with the
    /// respellings and readings searched for it (phrases typed alike) is one, each word of a
    /// phrase or of an alternative typed apart is one.
    public var highlightGroups: [Set<String>] {
        var groups: [Set<String>] = []
        for alternatives in required {
            var byTyped: [String: [Phrase]] = [:]
            for phrase in alternatives { byTyped[phrase.typed, default: []].append(phrase) }
            for typed in byTyped.keys.sorted() {
                let spellings = byTyped[typed] ?? []
                if spellings.allSatisfy({ $0.terms.count == 1 }) {
                    groups.append(Set(spellings.flatMap(\.terms)))
                } else {
                    groups += spellings.flatMap(\.terms).map { [$0] }
                }
            }
        }
        groups += optional.flatMap(\.terms).map { [$0] }
        var seen = Set<Set<String>>()
        return groups.filter { seen.insert($0).inserted }
    }

    public init(required: [[Phrase]], excluded: [Phrase], optional: [Phrase] = []) {
        self.required = required
        self.excluded = excluded
        self.optional = optional
    }

    /// The query without one of its plain words, for each word that may be left out: a group
    /// of single unquoted words (a word and its respellings). Phrases, exclusions and filters
    /// always stay. Empty for a query of fewer than two groups.
    public var relaxations: [SearchQuery] {
        guard required.count >= 2 else { return [] }
        return required.indices.compactMap { index in
            guard required[index].allSatisfy({ $0.terms.count == 1 && !$0.isQuoted }) else { return nil }
            var kept = required
            kept.remove(at: index)
            return SearchQuery(required: kept, excluded: excluded, optional: optional)
        }
    }

    /// Parses `text`, keeping at most `maximumTerms` analysed terms so a pasted article cannot
    /// become a query that costs seconds.
    public init(parsing text: String, maximumTerms: Int = 16) {
        var required: [[Phrase]] = []
        var excluded: [Phrase] = []
        var budget = maximumTerms
        var joinNext = false
        for item in Self.items(in: text) {
            if item.isOr {
                // OR joins what comes next to the group before it; leading or doubled ORs do nothing.
                joinNext = !required.isEmpty
                continue
            }
            var terms = Array(ArabicAnalyzer.terms(in: item.text).prefix(budget))
            // Inside a phrase علي is as likely على typed with ي, which the index leaves out: the
            // phrase keeps its other words, which match in order either way.
            if terms.count > 1 { terms.removeAll { $0 == ArabicStopWords.ali } }
            guard !terms.isEmpty else { continue }
            budget -= terms.count
            let phrase = Phrase(terms: terms, typed: item.text, isQuoted: item.isQuoted, exact: Self.exactForm(item))
            if item.isExcluded {
                excluded.append(phrase)
            } else if joinNext {
                if !required[required.count - 1].contains(where: { $0.terms == terms }) { required[required.count - 1].append(phrase) }
            } else if !required.contains(where: { $0.count == 1 && $0[0].terms == terms }) {
                // However it was spelt, a word typed twice asks for the same thing once.
                required.append([phrase])
            }
            joinNext = false
            if budget == 0 { break }
        }
        // علي alone is looked for; beside other words it may be على typed with ي, so it only ranks.
        var optional: [Phrase] = []
        if required.count >= 2 {
            optional = required.filter { $0.count == 1 && !$0[0].isQuoted && $0[0].terms == [ArabicStopWords.ali] }.map { $0[0] }
            required.removeAll { $0.count == 1 && optional.contains($0[0]) }
        }
        self.init(required: required, excluded: excluded, optional: optional)
    }

    /// The exact form of an unquoted item that is one word; nil for phrases and exclusions.
    private static func exactForm(_ item: Item) -> String? {
        guard !item.isQuoted, !item.isExcluded else { return nil }
        let tokens = ArabicTokenizer.tokens(in: item.text)
        guard tokens.count == 1 else { return nil }
        return ArabicAnalyzer.exactForm(ofNormalized: tokens[0].text)
    }

    private struct Item {
        var text: String
        var isExcluded = false
        var isQuoted = false
        var isOr: Bool { !isQuoted && !isExcluded && Self.orWords.contains(text) }
        static let orWords: Set<String> = ["OR", "|", "أو", "او"]
    }

    /// Splits on white space outside quotes; "…", «…» and “…” make one item, a leading `-`
    /// excludes the next item. An unclosed quote runs to the end of the text.
    private static func items(in text: String) -> [Item] {
        var items: [Item] = []
        var current = ""
        var closing: Character?
        var excludeNext = false

        func flush(quoted: Bool) {
            defer { current = "" }
            guard !current.isEmpty || quoted else { return }
            if !quoted && current.hasPrefix("-") && current.count > 1 && closing == nil {
                items.append(Item(text: String(current.dropFirst()), isExcluded: true))
                return
            }
            if current.isEmpty { return }
            items.append(Item(text: current, isExcluded: excludeNext, isQuoted: quoted))
            excludeNext = false
        }

        for character in text {
            if let close = closing {
                if character == close {
                    closing = nil
                    flush(quoted: true)
                } else {
                    current.append(character)
                }
            } else if let close = quotePairs[character] {
                if current == "-" {
                    excludeNext = true
                    current = ""
                } else {
                    flush(quoted: false)
                }
                closing = close
            } else if character.isWhitespace || character.isNewline || (character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) {
                flush(quoted: false)
            } else {
                current.append(character)
            }
        }
        let unclosed = closing != nil
        closing = nil
        flush(quoted: unclosed)
        return items
    }

    private static let quotePairs: [Character: Character] = ["\"": "\"", "«": "»", "“": "”", "„": "“"]
}
