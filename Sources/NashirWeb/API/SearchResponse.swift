import ArabicText
import Foundation
import NashirDomain
import NashirRoutes

/// The JSON of `GET /api/v1/search` and `nashir search --json`: one shape for programs.
public struct SearchResponse: Codable, Sendable, Equatable {
    public struct Result: Codable, Sendable, Equatable {
        public var id: Int64
        public var path: String
        public var headline: String
        /// The best passage as plain text, "…" where it was cut.
        public var snippet: String?
        /// The same passage as HTML: escaped, matches in `<mark>`, Latin runs in `<bdi>`.
        public var snippetHTML: String?
        public var section: String
        public var score: Double
        /// ISO 8601, UTC.
        public var published: String?
        /// True for an article that lacks one of the query's words (relaxed matching); absent otherwise.
        public var partial: Bool?
    }

    public var query: String
    public var total: Int
    /// False when `total` is a lower bound: counting stops at a cap (10,000 by default).
    public var totalIsExact: Bool
    public var limit: Int
    public var offset: Int
    public var results: [Result]
    /// A respelt query that finds something, when this one found nothing.
    public var suggestion: String?

    public init(query: String, limit: Int, offset: Int, results found: SearchResults) {
        self.query = query
        total = found.total
        totalIsExact = found.totalIsExact
        self.limit = limit
        self.offset = offset
        suggestion = found.suggestion
        results = found.hits.map { hit in
            Result(
                id: hit.summary.id.rawValue, path: SiteRoute.article(hit.summary.id, slug: hit.summary.slug).path,
                headline: hit.summary.headline,
                snippet: hit.snippet.map { ($0.isCutBefore ? "… " : "") + $0.plainText + ($0.isCutAfter ? " …" : "") },
                snippetHTML: hit.snippet.map(HTMLText.marked), section: hit.summary.section.name,
                score: hit.score, published: hit.summary.publishedAt.map { $0.formatted(.iso8601) }, partial: hit.partial ? true : nil)
        }
    }
}

/// The JSON of `GET /api/v1/suggest`: completions for the search box.
struct SuggestResponse: Codable, Sendable, Equatable {
    struct Suggestion: Codable, Sendable, Equatable {
        var kind: TypeAheadSuggestion.Kind
        var text: String
        var path: String
    }

    var suggestions: [Suggestion]

    init(_ found: [TypeAheadSuggestion]) {
        suggestions = found.map { suggestion in
            let path = suggestion.articleID.map { SiteRoute.article($0, slug: suggestion.slug).path } ?? SiteRoute.tag(slug: suggestion.slug).path
            return Suggestion(kind: suggestion.kind, text: suggestion.text, path: path)
        }
    }
}
