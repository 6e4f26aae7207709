import Foundation

/// JSON Feed 1.1 (jsonfeed.org/version/1.1), written with JSONEncoder.
public enum JSONFeed {
    public static let mediaType = "application/feed+json; charset=utf-8"

    private struct Document: Encodable {
        let version = "https://jsonfeed.org/version/1.1"
        let title: String
        let homePageURL: String
        let feedURL: String
        let description: String
        let language: String
        let icon: String?
        let authors: [Author]
        let items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, homePageURL = "home_page_url", feedURL = "feed_url", description, language, icon, authors, items
        }
    }

    private struct Author: Encodable {
        let name: String
        let url: String?
    }

    private struct Item: Encodable {
        let id: String
        let url: String
        let title: String
        let summary: String?
        let contentHTML: String
        let image: String?
        let datePublished: String
        let dateModified: String
        let authors: [Author]?
        let tags: [String]
        let attachments: [Attachment]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, contentHTML = "content_html", image, datePublished = "date_published"
            case dateModified = "date_modified", authors, tags, attachments
        }
    }

    private struct Attachment: Encodable {
        let url: String
        let mimeType: String
        let sizeInBytes: Int?

        enum CodingKeys: String, CodingKey { case url, mimeType = "mime_type", sizeInBytes = "size_in_bytes" }
    }

    public static func json(_ feed: Feed, siteName: String) -> String {
        let document = Document(
            title: feed.title, homePageURL: feed.pageURL, feedURL: feed.urls.json, description: feed.description,
            language: feed.language, icon: feed.iconURL, authors: [Author(name: siteName, url: feed.pageURL)],
            items: feed.items.map { item in
                Item(
                    id: item.id, url: item.url, title: item.title, summary: item.summary, contentHTML: item.contentHTML,
                    image: item.image?.url, datePublished: FeedDates.rfc3339(item.published), dateModified: FeedDates.rfc3339(item.updated),
                    authors: item.author.map { [Author(name: $0, url: nil)] }, tags: [item.section] + item.tags,
                    attachments: item.image.map { [Attachment(url: $0.url, mimeType: $0.mediaType, sizeInBytes: $0.length)] })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
