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
        typeAhead = SearchForms.typeAheadText(headline)
        exact = SearchForms.exactText(headline)
    }

    init(_ content: ArticleContent) {
        self.init(headline: content.headline, highlights: content.highlights, body: content.body.map(\.text), tags: content.tags.map(\.name))
    }

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
