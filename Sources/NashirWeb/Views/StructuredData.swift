import Foundation
import NashirDomain
import NashirRoutes

/// schema.org NewsArticle as JSON-LD, which search engines and news aggregators read.
enum StructuredData {
    struct NewsArticle: Encodable {
        struct Organization: Encodable {
            let type = "Organization"
            let name: String
            let url: String
            let logo: Image?
            enum CodingKeys: String, CodingKey { case type = "@type", name, url, logo }
        }

        struct Image: Encodable {
            let type = "ImageObject"
            let url: String
            let width: Int?
            let height: Int?
            enum CodingKeys: String, CodingKey { case type = "@type", url, width, height }
        }

        struct Person: Encodable {
            let type = "Person"
            let name: String
            let url: String?
            enum CodingKeys: String, CodingKey { case type = "@type", name, url }
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
        let image: [Image]?
        let author: [Person]?
        let publisher: Organization

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case headline, description, articleSection, inLanguage, mainEntityOfPage, datePublished, dateModified
            case keywords, image, author, publisher
        }
    }

    /// The JSON for an article page, safe to place inside a `<script>` element: the properties
    /// Google recommends for news (image, author's name, publisher with logo, both dates).
    static func json(
        for article: Article, canonical: String, image: LeadImageView?, author: (name: String, url: String?)?, context: RenderContext
    ) -> String {
        let content = article.content
        let home = SiteRoute.home().url(on: context.baseURL)
        let model = NewsArticle(
            headline: content.headline, description: content.searchDescription,
            articleSection: content.section.name, mainEntityOfPage: canonical,
            datePublished: content.publishedAt.map(Timestamp.format), dateModified: Timestamp.format(article.updatedAt),
            keywords: content.tags.isEmpty ? nil : content.tags.map(\.name),
            image: image.map { [NewsArticle.Image(url: $0.socialURL, width: $0.socialWidth, height: $0.socialHeight)] },
            author: author.map { [NewsArticle.Person(name: $0.name, url: $0.url)] },
            publisher: .init(
                name: context.chrome.name, url: home,
                logo: NewsArticle.Image(url: context.baseURL.origin + context.chrome.icon, width: nil, height: nil)))
        let json = model.text
        // "</script>" or "<!--" in a headline must not end the element early. Looked for in bytes
        // first: Foundation's replace walks the whole document through NSString, and rarely finds any.
        guard json.utf8.contains(UInt8(ascii: "<")) else { return json }
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
