import Foundation

/// A stable numeric identity of a stored article; it appears in the article's public URL.
public struct ArticleID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { self.rawValue = value }
    public var description: String { String(rawValue) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A news article as the newsroom stores it.
public struct Article: Sendable, Equatable, Identifiable {
    public var id: ArticleID
    public var content: ArticleContent
    public var createdAt: Date
    public var updatedAt: Date
    /// Counts the saves that changed the article, from 1; an editor's save names the revision
    /// it started from, so two editors never silently overwrite each other.
    public var revision: Int
    /// The account that created it, which owns it while it is a draft; nil for imports.
    public var author: UserID?

    public init(id: ArticleID, content: ArticleContent, createdAt: Date, updatedAt: Date, revision: Int = 1, author: UserID? = nil) {
        self.id = id
        self.content = content
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.revision = revision
        self.author = author
    }

    /// Whether a reader may see it: published, and not scheduled for later.
    public func isVisible(at now: Date) -> Bool {
        ArticleWorkflow.publication(of: self, at: now) == .live
    }
}

/// Everything an editor or an importer decides about an article; the store adds identity and times.
public struct ArticleContent: Sendable, Equatable {
    /// Where the copy came from, so importing it again updates instead of duplicating.
    public var origin: ArticleOrigin
    public var slug: String
    public var section: Section
    public var headline: String
    /// Sub-headlines, in the order the editor put them.
    public var highlights: [String]
    public var dateline: Dateline?
    public var body: [Block]
    public var tags: [Tag]
    public var byline: String?
    public var summary: String?
    /// The article's address at its original publisher, when it was imported from one.
    public var sourceURL: String?
    public var status: ArticleStatus
    public var publishedAt: Date?
    /// The picture at the top of the page and in shares.
    public var leadImage: MediaID?
    /// Corrections published with the story, oldest first: readers see each with its date.
    public var corrections: [Correction]
    /// Breaking news: the site marks it «عاجل» while it is fresh.
    public var urgent: Bool
    /// The title search engines show, when the headline does not suit them; nil means the headline.
    public var seoTitle: String?
    /// Who supplied the copy, printed with it as the agency requires, e.g. «رويترز».
    public var credit: String?
    /// The supplier's release time: until then the copy stays private, whatever its status.
    public var embargo: Date?
    /// The lead picture's address at the source, kept until the media desk copies it in.
    public var leadImageURL: String?

    public init(
        origin: ArticleOrigin, slug: String, section: Section, headline: String,
        highlights: [String] = [], dateline: Dateline? = nil, body: [Block], tags: [Tag] = [],
        byline: String? = nil, summary: String? = nil, sourceURL: String? = nil,
        status: ArticleStatus = .published, publishedAt: Date? = nil, leadImage: MediaID? = nil, corrections: [Correction] = [],
        urgent: Bool = false, seoTitle: String? = nil, credit: String? = nil, embargo: Date? = nil, leadImageURL: String? = nil
    ) {
        self.credit = credit
        self.embargo = embargo
        self.leadImageURL = leadImageURL
        self.urgent = urgent
        self.seoTitle = seoTitle
        self.leadImage = leadImage
        self.corrections = corrections
        self.origin = origin
        self.slug = slug
        self.section = section
        self.headline = headline
        self.highlights = highlights
        self.dateline = dateline
        self.body = body
        self.tags = tags
        self.byline = byline
        self.summary = summary
        self.sourceURL = sourceURL
        self.status = status
        self.publishedAt = publishedAt
    }
}

/// An article as submitted for saving: its content, plus times an import may carry over.
public struct ArticleDraft: Sendable, Equatable {
    public var content: ArticleContent
    /// Kept when re-importing an export, so export → import → export is lossless.
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(content: ArticleContent, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.content = content
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A correction of a published story: what was wrong, said to readers, with when it was said.
public struct Correction: Sendable, Equatable, Hashable, Codable {
    public var at: Date
    public var note: String

    public init(at: Date, note: String) {
        self.at = at
        self.note = note
    }
}

extension ArticleContent {
    /// Longest description search engines show in full.
    public static let descriptionLength = 160

    /// The title for search engines and the browser: the editor's SEO title, else the headline.
    public var searchTitle: String { seoTitle ?? headline }

    /// The description for search engines and shares: the editor's summary, else the first
    /// sub-headline or the opening of the first paragraph, cut at a word near 160 characters.
    public var searchDescription: String? {
        if let summary { return summary }
        if let first = highlights.first { return first }
        guard let opening = body.first(where: { $0.kind == "paragraph" })?.text else { return nil }
        guard opening.count > Self.descriptionLength else { return opening }
        let cut = opening.prefix(Self.descriptionLength)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .whitespaces) + "…"
    }
}
