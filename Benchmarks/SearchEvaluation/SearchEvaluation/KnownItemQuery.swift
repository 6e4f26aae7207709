/// A known-item query: a few words a reader remembers from a headline, typed their way.
public struct KnownItemQuery: Sendable {
    /// The rowid of the article the headline belongs to: the one right answer.
    public var target: Int64
    /// The words as the headline prints them.
    public var printed: [String]
    /// The same words as the reader types them.
    public var typed: [String]
    /// The re-spellings in `typed`.
    public var kinds: Set<RespellingKind>

    /// What goes into the search box.
    public var text: String { typed.joined(separator: " ") }
    /// The words as printed, the query's baseline.
    public var printedText: String { printed.joined(separator: " ") }
}

/// Queries evaluated together, with what they were built to test.
public struct QuerySet: Sendable {
    public enum Variant: Sendable, Hashable {
        /// Every re-spelling at its `mixedRate`, per word: the headline figure.
        case mixed
        /// One re-spelling only, in every query.
        case only(RespellingKind)
        /// 2–3 content words instead of a run of 3–6 words, re-spelt as in the mixed set.
        case short
        /// Each query holds a word printed with shadda or tanween, typed with them.
        case marked
        /// Each query holds a name.
        case names
    }

    public var variant: Variant
    public var queries: [KnownItemQuery]

    public var label: String {
        switch variant {
        case .mixed: "mixed (the queries above)"
        case .only(let kind): kind.label
        case .short: "short: 2–3 content words"
        case .marked: "a word with shadda or tanween, typed as printed"
        case .names: "a name (a word the corpus never writes with ال or a pronoun)"
        }
    }
}
