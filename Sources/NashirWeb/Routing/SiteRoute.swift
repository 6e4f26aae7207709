import Foundation
import NashirDomain

/// Every public page's address; links are built from here, never by hand.
public enum SiteRoute: Equatable, Sendable {
    case home
    case article(ArticleID, slug: String)
    case section(slug: String)
    case tag(slug: String)
    case asset(String)

    /// The path as sent on the wire: Arabic slugs percent-encoded.
    public var path: String {
        switch self {
        case .home: "/"
        case .article(let id, let slug): "/news/\(id)/\(Self.encode(slug))"
        case .section(let slug): "/section/\(Self.encode(slug))"
        case .tag(let slug): "/tag/\(Self.encode(slug))"
        case .asset(let name): "/assets/\(name)"
        }
    }

    /// The canonical address of an article.
    public static func of(_ article: Article) -> SiteRoute {
        .article(article.id, slug: article.content.slug)
    }

    private static let segmentAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// Percent-encodes everything but unreserved ASCII (RFC 3986), so Arabic slugs travel as UTF-8
    /// escapes; safe for path segments and query values alike.
    static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? segment
    }
}
