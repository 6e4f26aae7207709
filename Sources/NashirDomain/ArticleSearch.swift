import ArabicText
import Foundation

/// A full-text search: what was typed plus the filters a reader or an editor may set.
public struct SearchRequest: Sendable, Equatable {
    /// What was typed, in the syntax `SearchQuery` reads: words, "phrases", OR, -exclusions.
    public var text: String
    public var sectionSlug: String?
    public var tagSlug: String?
    /// Published at or after this moment.
    public var publishedFrom: Date?
    /// Published before this moment.
    public var publishedBefore: Date?
    /// Who is searching: readers see published articles only; editors (later) see drafts too,
    /// through the same index.
    public var visibility: Visibility
    public var limit: Int
    public var offset: Int

    /// Which articles a search may return.
    public enum Visibility: Sendable, Equatable {
        case published, everything
    }

    public init(
        text: String, sectionSlug: String? = nil, tagSlug: String? = nil, publishedFrom: Date? = nil,
        publishedBefore: Date? = nil, visibility: Visibility = .published, limit: Int = 20, offset: Int = 0
    ) {
        self.text = text
        self.sectionSlug = sectionSlug
        self.tagSlug = tagSlug
        self.publishedFrom = publishedFrom
        self.publishedBefore = publishedBefore
        self.visibility = visibility
        self.limit = limit
        self.offset = offset
    }
}

/// One found article with the words that matched marked in its headline and an excerpt.
public struct SearchHit: Sendable, Equatable {
    public var summary: ArticleSummary
    public var headline: HighlightedText
    /// The passage of the highlights or body that matched best; nil when only the headline did.
    public var snippet: HighlightedText?
    /// Relevance after the recency factor; higher is better, comparable within one search only.
    public var score: Double
    /// Found without one of the query's words, because all of them together found less than a
    /// page; such hits follow every full match.
    public var partial: Bool

    public init(summary: ArticleSummary, headline: HighlightedText, snippet: HighlightedText?, score: Double, partial: Bool = false) {
        self.summary = summary
        self.headline = headline
        self.snippet = snippet
        self.score = score
        self.partial = partial
    }
}

/// A page of search results.
public struct SearchResults: Sendable, Equatable {
    /// How many articles match every word, not only on this page; a lower bound when not
    /// `totalIsExact`. Partial hits are not counted.
    public var total: Int
    /// False when counting stopped at a cap: past some thousands of matches the exact number
    /// tells a reader nothing and costs a walk over every one of them.
    public var totalIsExact: Bool
    public var hits: [SearchHit]
    /// A respelt query that finds something, offered when this one found nothing.
    public var suggestion: String?

    public init(total: Int, totalIsExact: Bool = true, hits: [SearchHit], suggestion: String? = nil) {
        self.total = total
        self.totalIsExact = totalIsExact
        self.hits = hits
        self.suggestion = suggestion
    }

    public static let empty = SearchResults(total: 0, hits: [])
}

/// A completion offered while a reader types in the search box.
public struct TypeAheadSuggestion: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case headline, tag
    }

    public var kind: Kind
    public var text: String
    /// The article for a headline, nil for a tag.
    public var articleID: ArticleID?
    public var slug: String

    public init(kind: Kind, text: String, articleID: ArticleID?, slug: String) {
        self.kind = kind
        self.text = text
        self.articleID = articleID
        self.slug = slug
    }
}

/// Full-text search over articles; any store that keeps an index implements it.
public protocol ArticleSearch: Sendable {
    /// Ranked by relevance (field-weighted BM25) with newer articles favoured.
    func search(_ request: SearchRequest, now: Date) async throws -> SearchResults
    /// Published stories about what `text` (a headline) is about: any of its most distinctive
    /// words, best first, none of `excluding`. Related stories when tags say nothing.
    func alsoAbout(_ text: String, excluding: Set<ArticleID>, limit: Int, now: Date) async throws -> [ArticleSummary]
    /// Headlines and tags that complete what has been typed so far, newest first.
    func typeAhead(_ prefix: String, limit: Int, now: Date) async throws -> [TypeAheadSuggestion]
}

/// Keeping the full-text index in step with the articles.
public protocol SearchIndexing: Sendable {
    /// Rebuilds the index from the stored articles, in one transaction.
    func reindex() async throws
}
