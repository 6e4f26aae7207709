import HTTPTypes
import NashirDomain
import NashirRoutes
import NIOCore

/// What the public pages tell browsers and CDNs about keeping them.
public struct CachePolicy: Sendable, Equatable {
    /// Seconds a browser or CDN may reuse a page without asking again.
    public var maxAge: Int
    /// Seconds past `maxAge` a CDN may go on serving the page while it fetches a fresh one, so
    /// a breaking story's readers never wait on the origin.
    public var staleWhileRevalidate: Int

    public init(maxAge: Int = 30, staleWhileRevalidate: Int = 60) {
        self.maxAge = maxAge
        self.staleWhileRevalidate = staleWhileRevalidate
    }

    /// The `Cache-Control` value of a public page.
    public var cacheControl: String {
        "public, max-age=\(maxAge), stale-while-revalidate=\(staleWhileRevalidate)"
    }

    /// The `Surrogate-Key` value for a page showing `tags`: their stored forms, space-separated and
    /// sorted, with non-ASCII slugs percent-encoded (keys are tokens; CDNs take ASCII). Every page
    /// carries «site» too, since every page shows the site's settings and sections.
    public static func surrogateKeys(_ tags: Set<ContentTag>) -> String {
        tags.union([.site]).map(surrogateKey).sorted().joined(separator: " ")
    }

    /// One tag as a surrogate key: «section:رياضة» → «section:%D8%B1…», the kind readable, the slug ASCII.
    public static func surrogateKey(_ tag: ContentTag) -> String {
        let text = tag.description
        guard let colon = text.firstIndex(of: ":") else { return text }
        return String(text[...colon]) + PercentEncoding.encode(String(text[text.index(after: colon)...]))
    }
}

extension PageCache.Entry {
    /// The entry with `policy`'s Cache-Control and the Surrogate-Key of its tags on both of its
    /// forms, so a CDN keeps it as long as the site allows and a purge by key reaches it. Only
    /// headers: the gzip form was made with the document, in the same job as the render.
    func prepared(for policy: CachePolicy) -> PageCache.Entry {
        let keys = CachePolicy.surrogateKeys(tags)
        let page = page.settingHeaders { headers in
            headers[.cacheControl] = policy.cacheControl
            headers[.surrogateKey] = keys
        }
        return PageCache.Entry(page: page, tags: tags, expiresAt: expiresAt)
    }
}

extension PageCache.Page {
    /// A document with `change` made to the headers of both its forms, and `Vary:
    /// Accept-Encoding` when it has two, which caches must keep apart; anything else as it is.
    func settingHeaders(_ change: (inout HTTPFields) -> Void) -> PageCache.Page {
        guard case .document(let buffer, let etag, let lastModified, var headers, let gzip) = self else { return self }
        change(&headers)
        headers[.vary] = gzip == nil ? nil : "Accept-Encoding"
        return .document(buffer, etag: etag, lastModified: lastModified, headers: headers, gzip: gzip?.with(identity: headers))
    }
}

extension HTTPField.Name {
    /// Fastly's and others' header naming the keys a purge can target.
    static let surrogateKey = HTTPField.Name("Surrogate-Key")!
}
