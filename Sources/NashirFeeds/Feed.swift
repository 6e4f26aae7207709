import Foundation

/// A list of stories as every feed format carries it: the site's (or a section's, or a tag's)
/// newest articles with their full text. The web layer fills it; the formats only write it.
public struct Feed: Sendable, Equatable {
    /// «جريدة النهار» or «جريدة النهار: رياضة».
    public var title: String
    public var description: String
    /// The HTML page the feed follows (home, section or tag page), absolute.
    public var pageURL: String
    /// This feed's own address in each format, absolute.
    public var urls: FeedURLs
    /// BCP 47, "ar".
    public var language: String
    /// The newest change among the items (or now, for an empty feed).
    public var updated: Date
    /// The site's icon, absolute, when it has one.
    public var iconURL: String?
    public var items: [FeedItem]

    public init(
        title: String, description: String, pageURL: String, urls: FeedURLs, language: String = "ar", updated: Date,
        iconURL: String? = nil, items: [FeedItem]
    ) {
        self.title = title
        self.description = description
        self.pageURL = pageURL
        self.urls = urls
        self.language = language
        self.updated = updated
        self.iconURL = iconURL
        self.items = items
    }
}

/// One feed's addresses in the three formats.
public struct FeedURLs: Sendable, Equatable {
    public var rss: String
    public var atom: String
    public var json: String

    public init(rss: String, atom: String, json: String) {
        self.rss = rss
        self.atom = atom
        self.json = json
    }
}

/// One story in a feed.
public struct FeedItem: Sendable, Equatable {
    /// Never changes, whatever happens to the headline or the slug: the article's short address.
    public var id: String
    /// The canonical page.
    public var url: String
    public var title: String
    /// The first sub-headline or the search description.
    public var summary: String?
    /// The whole story as HTML (sanitised by the site's renderer).
    public var contentHTML: String
    public var published: Date
    public var updated: Date
    /// The byline, when the story has one.
    public var author: String?
    public var section: String
    public var tags: [String]
    public var image: FeedImage?

    public init(
        id: String, url: String, title: String, summary: String?, contentHTML: String, published: Date, updated: Date,
        author: String?, section: String, tags: [String], image: FeedImage?
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.published = published
        self.updated = updated
        self.author = author
        self.section = section
        self.tags = tags
        self.image = image
    }
}

/// A story's lead image as an enclosure or attachment.
public struct FeedImage: Sendable, Equatable {
    public var url: String
    public var mediaType: String
    /// Bytes; RSS requires a length and takes 0 when it is unknown.
    public var length: Int?

    public init(url: String, mediaType: String, length: Int?) {
        self.url = url
        self.mediaType = mediaType
        self.length = length
    }
}
