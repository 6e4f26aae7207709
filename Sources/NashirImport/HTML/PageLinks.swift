import Foundation
import NashirHTML

/// A saved page's addresses made absolute, since «/ar/article/12» means the publisher's site,
/// and on Nashir's own site it would point somewhere else entirely.
enum PageLinks {
    /// `address` resolved against `base`; nil when it is not a web address (javascript:, data:).
    static func resolve(_ address: String, base: URL?) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return trimmed }
        if lower.hasPrefix("mailto:") { return trimmed }
        guard let base, !lower.hasPrefix("javascript:"), !lower.hasPrefix("data:"), !trimmed.hasPrefix("#") else { return nil }
        return url(trimmed, relativeTo: base)?.absoluteURL.absoluteString
    }

    /// `address` as a URL; pages from Arabic sites often hold raw Arabic in addresses, which
    /// URL(string:) may refuse until it is percent-encoded.
    static func url(_ address: String) -> URL? {
        url(address, relativeTo: nil)
    }

    private static func url(_ address: String, relativeTo base: URL?) -> URL? {
        if let url = URL(string: address, relativeTo: base) { return url }
        let encoded = address.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["%", "#"])) ?? address
        return URL(string: encoded, relativeTo: base)
    }

    /// `node` with every link and picture address absolute; links that cannot be made so lose
    /// their address, keeping their words.
    static func absolute(_ node: HTMLNode, base: URL?) -> HTMLNode {
        guard case .element(let name, var attributes, let children) = node else { return node }
        for key in ["href", "src", "data-src"] {
            guard let value = attributes[key] else { continue }
            attributes[key] = resolve(value, base: base)
        }
        if name == "a", attributes["href"] == nil { attributes.removeValue(forKey: "href") }
        return .element(name: name, attributes: attributes, children: children.map { absolute($0, base: base) })
    }
}
