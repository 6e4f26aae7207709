import Foundation
/// The words themes put in `class` and `id` to say what a block is, which boilerplate removal
/// trusts as a hint, never as the whole verdict.
enum ThemeVocabulary {
    /// Containers of copy.
    static let content = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "detail", "news-body", "blog",
        "hentry", "page", "maincol", "matn", "nass",
    ]
    /// Everything around the copy: navigation, widgets, sharing, comments, related links, ads.
    static let chrome = [
        "comment", "footer", "foot", "sidebar", "side-bar", "aside", "related", "share", "sharing", "social", "widget",
        "nav", "menu", "breadcrumb", "banner", "advert", "ads", "-ad-", "ad-", "promo", "sponsor", "popup",
        "modal", "cookie", "newsletter", "subscribe", "masthead", "header", "tags", "tag-", "keywords", "mostread",
        "most-read", "popular", "trending", "latest", "more-news", "read-also", "readmore", "read-more", "print",
        "toolbar", "tools", "rating", "login", "signup", "author", "byline", "meta", "caption", "credit", "date",
        "time", "pagination", "pager", "next", "prev", "outbrain", "taboola", "disqus", "podcast", "video",
        "gallery", "slider", "carousel", "ticker", "breaking", "weather", "logo", "search", "follow", "links",
        "list", "teaser", "card", "thumb", "hidden", "sr-only", "visually-hidden",
    ]
    /// Chrome markers too weak to overrule a content marker on the same element, e.g. «post-meta»
    /// is chrome but «post-content-list» is not.
    static let strongChrome = [
        "comment", "footer", "sidebar", "related", "share", "sharing", "social", "widget", "breadcrumb", "advert",
        "promo", "sponsor", "newsletter", "subscribe", "mostread", "most-read", "trending", "read-also", "outbrain",
        "taboola", "disqus", "cookie", "popup", "modal", "tags", "caption", "byline", "author",
    ]

    /// +1 per content word, −1 per chrome word, in `signature` (class and id, lowercased).
    static func weight(_ signature: String) -> Int {
        guard !signature.trimmingCharacters(in: .whitespaces).isEmpty else { return 0 }
        let plus = content.count(where: { signature.contains($0) })
        let minus = chrome.count(where: { signature.contains($0) })
        return (plus > 0 ? 1 : 0) - (minus > 0 ? 1 : 0)
    }

    /// Whether an element inside the chosen copy is a widget to cut out.
    static func isChrome(_ signature: String) -> Bool {
        guard !signature.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        if strongChrome.contains(where: { signature.contains($0) }) { return true }
        return chrome.contains(where: { signature.contains($0) }) && !content.contains(where: { signature.contains($0) })
    }
}
