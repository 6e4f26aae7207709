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

    init(headline: String, highlights: [String], body: [String], tags: [String]) {
        self.headline = ArabicAnalyzer.indexText(of: headline)
        self.highlights = ArabicAnalyzer.indexText(of: highlights.joined(separator: "\n"))
        self.body = ArabicAnalyzer.indexText(of: body.joined(separator: "\n"))
        self.tags = ArabicAnalyzer.indexText(of: tags.joined(separator: "\n"))
        typeAhead = Self.typeAheadText(headline)
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

    /// The facets column: section and tag ids as index terms, so filters run inside FTS5.
    /// Letters followed by digits never come out of analysis (it splits letter and digit
    /// runs), so these terms cannot collide with words.
    static func facets(section: Int64, tags: [Int64]) -> String {
        ([sectionFacet(section)] + tags.map(tagFacet)).joined(separator: " ")
    }

    static func sectionFacet(_ id: Int64) -> String { "sec\(id)" }
    static func tagFacet(_ id: Int64) -> String { "tag\(id)" }
}
