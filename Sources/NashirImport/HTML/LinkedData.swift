import Foundation
import NashirHTML

/// The article a page describes in JSON-LD (schema.org), found among its `ld+json` scripts,
/// inside `@graph` and arrays, whichever news type it declares.
struct LinkedData {
    var headline: String?
    var published: Date?
    var modified: Date?
    var authors: [String] = []
    var section: String?
    var image: String?
    var keywords: [String] = []
    var description: String?
    var publisher: String?
    var url: String?
    /// The breadcrumb trail's names, home first, when the page lists one.
    var breadcrumb: [String] = []

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    ]

    init(page root: HTMLNode) {
        let objects = root.elements { $0.name == "script" && ($0["type"] ?? "").lowercased().contains("ld+json") }
            .flatMap { Self.objects(in: Self.parse($0.text)) }
        if let article = objects.first(where: { !Self.types(of: $0).isDisjoint(with: Self.articleTypes) }) {
            read(article)
        }
        if let list = objects.first(where: { Self.types(of: $0).contains("BreadcrumbList") }) {
            breadcrumb = Self.breadcrumbNames(list)
        }
    }

    private mutating func read(_ article: [String: Any]) {
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        published = Self.string(article["datePublished"]).flatMap(PageMetadata.date)
        modified = Self.string(article["dateModified"]).flatMap(PageMetadata.date)
        authors = Self.names(article["author"])
        section = Self.strings(article["articleSection"]).first
        image = Self.imageURL(article["image"]) ?? Self.imageURL(article["thumbnailUrl"])
        keywords = Self.strings(article["keywords"]).flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "،" }) }
            .map { TextCleaning.line(String($0)) }.filter { !$0.isEmpty }
        description = Self.string(article["description"])
        publisher = Self.names(article["publisher"]).first
        url = Self.string(article["url"]) ?? Self.string(article["mainEntityOfPage"]) ?? Self.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
    }

    /// JSON from a script's text. Pages put raw line breaks and tabs inside strings, which JSON
    /// forbids; outside strings they are whitespace either way, so they become spaces.
    static func parse(_ text: String) -> Any? {
        var cleaned = String(text.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        // Some CMSs wrap the object in an HTML comment or CDATA marker.
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>"] { cleaned = cleaned.replacingOccurrences(of: wrapper, with: "") }
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    /// Every object in `json`, descending into arrays and `@graph`.
    static func objects(in json: Any?) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap { objects(in: $0) } }
        guard let object = json as? [String: Any] else { return [] }
        return [object] + objects(in: object["@graph"])
    }

    static func types(of object: [String: Any]) -> Set<String> {
        Set(strings(object["@type"]).map { $0.replacingOccurrences(of: "schema:", with: "") })
    }

    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            // Templates often escape JSON-LD text for HTML as well («&quot;»).
            let cleaned = HTMLBlocks.plainText(fromHTML: text)
            return cleaned.isEmpty ? nil : cleaned
        }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    static func strings(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.compactMap { string($0) } }
        return string(value).map { [$0] } ?? []
    }

    /// Names of people or organisations given as text, as objects with `name`, or lists of either.
    static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return string(value).map { [$0] } ?? []
    }

    static func imageURL(_ value: Any?) -> String? {
        if let array = value as? [Any] { return array.lazy.compactMap { imageURL($0) }.first }
        if let object = value as? [String: Any] { return string(object["url"]) ?? string(object["contentUrl"]) ?? string(object["@id"]) }
        return string(value)
    }

    static func breadcrumbNames(_ list: [String: Any]) -> [String] {
        let items = (list["itemListElement"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        let ordered = items.sorted { (($0["position"] as? NSNumber)?.intValue ?? 0) < (($1["position"] as? NSNumber)?.intValue ?? 0) }
        return ordered.compactMap { item in
            string(item["name"]) ?? (item["item"] as? [String: Any]).flatMap { string($0["name"]) }
        }
    }
}
