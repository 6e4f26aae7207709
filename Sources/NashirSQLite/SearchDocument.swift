import ArabicText
import Foundation
import NashirDomain

/// An article's fields as analysed terms, ready for the full-text index.
struct SearchDocument: Sendable {
    var headline: String
    var highlights: String
    var body: String
    var tags: String
    /// The headline's words normalised with any leading article removed, for type-ahead.
    var typeAhead: String
    /// The headline's words as printed, for the exact-form signal (`exactText`).
    var exact: String

    init(headline: String, highlights: [String], body: [String], tags: [String]) {
        self.headline = ArabicAnalyzer.indexText(of: headline)
        self.highlights = ArabicAnalyzer.indexText(of: highlights.joined(separator: "\n"))
        self.body = ArabicAnalyzer.indexText(of: body.joined(separator: "\n"))
        self.tags = ArabicAnalyzer.indexText(of: tags.joined(separator: "\n"))
        typeAhead = Self.typeAheadText(headline)
        exact = Self.exactText(headline)
    }

    init(_ content: ArticleContent) {
        self.init(headline: content.headline, highlights: content.highlights, body: content.body.map(\.text), tags: content.tags.map(\.name))
    }

    /// Analyses many articles on every core: analysis is pure and most of an index build.
    static func analyse(_ contents: [ArticleContent]) -> [SearchDocument] {
        contents.concurrentMap(SearchDocument.init)
    }

    /// Words as type-ahead matches them: normalised and not stemmed, so every letter typed so
    /// far must be there; a word with an article is there with and without it, so both
    /// «الج» and «جد» find الجديدة.
    static func typeAheadText(_ text: String) -> String {
        ArabicTokenizer.tokens(in: text).flatMap { token in
            let bare = ArabicPrefixes.withoutArticle(token.text)
            return bare == token.text ? [bare] : [token.text, bare]
        }.joined(separator: " ")
    }

    /// The headline's words normalised, unstemmed, stop words dropped and without ال, each
    /// as an `exactTerm` with its stem: a query word found here was typed as the headline
    /// prints it.
    static func exactText(_ headline: String) -> String {
        ArabicTokenizer.tokens(in: headline).compactMap { token in
            guard !ArabicStopWords.contains(token, in: headline), let stem = ArabicAnalyzer.terms(in: token.text).first else { return nil }
            return exactTerm(stem: stem, form: ArabicAnalyzer.exactForm(ofNormalized: token.text))
        }.joined(separator: " ")
    }

    /// A word's exact form as an index term: its stem, a tatweel (which analysis always
    /// removes), then the form, behind a Latin mark that analysis never joins to Arabic. So the
    /// term is apart from every stem (their document frequencies stay true), and a query's
    /// exact form matches only where its stem does: it ranks, it never widens a match.
    static func exactTerm(stem: String, form: String) -> String { "x" + stem + "\u{0640}" + form }

    /// The facets column: section and tag ids as index terms, so filters run inside FTS5, and
    /// `everyDocument`. Letters followed by digits never come out of analysis (it splits
    /// letter and digit runs), so these terms cannot collide with words.
    static func facets(section: Int64, tags: [Int64]) -> String {
        ([everyDocument, sectionFacet(section)] + tags.map(tagFacet)).joined(separator: " ")
    }

    /// A facet every document has: an optional word is OR-ed with it, so it adds to the score
    /// of the documents that have it and removes none that lack it.
    static let everyDocument = "all0"

    static func sectionFacet(_ id: Int64) -> String { "sec\(id)" }
    static func tagFacet(_ id: Int64) -> String { "tag\(id)" }
}
