/// The site's public origin (scheme, host and port), which absolute links are made on.
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// E.g. "https://news.example", never with a trailing slash.
    public let origin: String

    /// Accepts http and https origins; a trailing slash is dropped, a path is refused.
    public init?(_ text: String) {
        var text = text
        while text.hasSuffix("/") { text.removeLast() }
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return nil }
        let rest = text.dropFirst(scheme.count)
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains("?"), !rest.contains("#"), !rest.contains(" ") else { return nil }
        origin = text
    }

    public var description: String { origin }
}
