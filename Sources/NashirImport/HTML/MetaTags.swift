import Foundation
import NashirHTML

/// A page's <meta> and <link rel> tags, keyed by `property`, `name` or `itemprop` (lowercased),
/// each with every value in document order.
struct MetaTags {
    private var values: [String: [String]] = [:]
    var canonical: String?

    init(page root: HTMLNode) {
        for element in root.elements(where: { $0.name == "meta" || $0.name == "link" }) {
            if element.name == "link" {
                if canonical == nil, (element["rel"] ?? "").lowercased().split(separator: " ").contains("canonical"),
                   let href = element["href"], href.hasPrefix("http") {
                    canonical = href
                }
                continue
            }
            guard let content = element["content"].map(TextCleaning.line), !content.isEmpty else { continue }
            for key in [element["property"], element["name"], element["itemprop"]].compactMap({ $0?.lowercased() }) {
                values[key, default: []].append(content)
            }
        }
    }

    /// The first value under any of `keys`, in the order given.
    func first(_ keys: String...) -> String? {
        keys.lazy.compactMap { values[$0.lowercased()]?.first }.first
    }

    func all(_ key: String) -> [String] { values[key.lowercased()] ?? [] }

    func date(_ keys: String...) -> Date? {
        keys.lazy.flatMap { all($0) }.compactMap(PageMetadata.date).first
    }

    /// Authors named in meta tags; `article:author` is often a profile address, not a name.
    var authors: [String] {
        let named = all("author") + all("article:author") + all("dc.creator") + all("parsely-author")
        return Array(named.filter { !$0.contains("://") && !$0.hasPrefix("@") }.prefix(1))
    }

    /// Tags from `article:tag` and `news_keywords`; plain `keywords` is left out, since sites
    /// fill it with the same site-wide words on every page.
    var keywords: [String] {
        let tags = all("article:tag")
        if !tags.isEmpty { return tags }
        return all("news_keywords").flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "،" }) }
            .map { TextCleaning.line(String($0)) }.filter { !$0.isEmpty }
    }
}
