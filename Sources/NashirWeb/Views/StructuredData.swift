import Foundation
import NashirDomain

/// schema.org NewsArticle as JSON-LD, which search engines and news aggregators read.
enum StructuredData {
    private struct NewsArticle: Encodable {
        struct Organization: Encodable {
            let type = "Organization"
            let name: String
            enum CodingKeys: String, CodingKey { case type = "@type", name }
        }

        struct Person: Encodable {
            let type = "Person"
            let name: String
            enum CodingKeys: String, CodingKey { case type = "@type", name }
        }

        let context = "https://schema.org"
        let type = "NewsArticle"
        let headline: String
        let description: String?
        let articleSection: String
        let inLanguage = "ar"
        let mainEntityOfPage: String
        let datePublished: String?
        let dateModified: String
        let keywords: [String]?
        let author: [Person]?
        let publisher: Organization

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case headline, description, articleSection, inLanguage, mainEntityOfPage, datePublished, dateModified
            case keywords, author, publisher
        }
    }

    /// The JSON for an article page, safe to place inside a `<script>` element.
    static func json(for article: Article, canonical: String, siteName: String) -> String {
        let content = article.content
        let model = NewsArticle(
            headline: content.headline, description: content.searchDescription,
            articleSection: content.section.name, mainEntityOfPage: canonical,
            datePublished: content.publishedAt.map(Timestamp.format), dateModified: Timestamp.format(article.updatedAt),
            keywords: content.tags.isEmpty ? nil : content.tags.map(\.name),
            author: content.byline.map { [NewsArticle.Person(name: $0)] }, publisher: .init(name: siteName))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: (try? encoder.encode(model)) ?? Data("{}".utf8), as: UTF8.self)
        // "</script>" or "<!--" in a headline must not end the element early.
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
