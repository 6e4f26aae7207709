import Foundation
import NashirXML

/// Google News's sitemap: the stories of the last two days, each with the publication's name
/// and language, so a news crawler finds them within minutes.
public enum NewsSitemap {
    /// Google reads at most this many stories from one news sitemap.
    public static let maximumArticles = 1_000
    /// How far back a story stays in it.
    public static let window: TimeInterval = 48 * 3600

    public struct Story: Sendable, Equatable {
        public var url: String
        public var title: String
        public var published: Date
        public var lastModified: Date

        public init(url: String, title: String, published: Date, lastModified: Date) {
            self.url = url
            self.title = title
            self.published = published
            self.lastModified = lastModified
        }
    }

    public static func xml(_ stories: [Story], publication: String, language: String = "ar") -> String {
        let out = XMLOutput()
        out.start("urlset", ["xmlns": Sitemap.namespace, "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9"])
        for story in stories.prefix(maximumArticles) {
            out.start("url")
            out.element("loc", story.url)
            out.element("lastmod", FeedDates.rfc3339(story.lastModified))
            out.start("news:news")
            out.start("news:publication")
            out.element("news:name", publication)
            out.element("news:language", language)
            out.end()
            out.element("news:publication_date", FeedDates.rfc3339(story.published))
            out.element("news:title", story.title)
            out.end()
            out.end()
        }
        out.end()
        return out.finish()
    }
}
