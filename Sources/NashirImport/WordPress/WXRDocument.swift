/// A WordPress export (WXR) as read from its XML, before anything is mapped to articles.
struct WXRDocument: Sendable {
    /// The site's home (`<link>` of the channel, else `wp:base_blog_url`).
    var siteURL: String
    var title: String
    var authors: [String: WXRAuthor] = [:]
    /// Categories by nicename (slug), with their parents: a post's primary section may be a child.
    var categories: [String: WXRTerm] = [:]
    /// Category nicenames by term id, for SEO plugins' "primary category", which names an id.
    var categorySlugsByID: [String: String] = [:]
    var items: [WXRItem] = []
}

/// One `<wp:author>`: the login posts name in `dc:creator`.
struct WXRAuthor: Sendable, Equatable {
    var login: String
    var displayName: String
    var email: String?
    var firstName: String?
    var lastName: String?

    /// The name readers see: the display name, else first and last name, else the login.
    var bylineName: String {
        if !displayName.isEmpty { return displayName }
        let full = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return full.isEmpty ? login : full
    }
}

/// A category or tag: its nicename (slug, percent-encoded for Arabic) and name.
struct WXRTerm: Sendable, Equatable {
    var slug: String
    var name: String
    var parent: String?
}

/// One `<item>`: a post, page, attachment or any other post type.
struct WXRItem: Sendable {
    var line: Int
    var title = ""
    var link = ""
    var pubDate = ""
    var creator = ""
    var content = ""
    var excerpt = ""
    var postID = ""
    var postDate = ""
    var postDateGMT = ""
    var postModified = ""
    var postModifiedGMT = ""
    var postName = ""
    var status = ""
    var postType = ""
    var postParent = ""
    var attachmentURL = ""
    var isSticky = false
    /// `<category domain=… nicename=…>name</category>` in file order.
    var terms: [(domain: String, term: WXRTerm)] = []
    var meta: [String: String] = [:]
}
