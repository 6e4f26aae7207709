import ArabicText
import Foundation

/// An imported article's address on the site it came from, reduced to one spelling, so an old
/// link finds the story however a browser, a crawler or the old site wrote it.
///
/// The key is the host (lowercased, without `www.` and a default port) and the path with its
/// escapes decoded, in Unicode NFC, lowercased, without trailing slashes: WordPress writes
/// Arabic slugs as lowercase `%d8%a7…`, browsers send `%D8%A7…` or the letters themselves, and
/// WordPress matches slugs without case. A bare-root address keeps its sorted query, since
/// `/?p=12` is a post of a site without pretty permalinks; elsewhere the query is tracking noise.
public enum LegacyAddress {
    /// Changes whenever the rules below change, so stores re-key what they hold.
    /// 2: an address mixing escapes with raw letters is unescaped whole (version 1 kept its
    /// escapes as text, so no browser's request could meet it).
    public static let keyVersion = 2

    /// The key of an absolute http(s) address; nil when it is not one.
    public static func key(forURL url: String) -> String? {
        // Every imported story's address is keyed as it is saved: the plain spellings are split
        // here, and anything unusual goes to URLComponents, which decides what it means.
        if let plain = PlainURL(url) {
            return key(host: plain.host, port: plain.port, scheme: plain.scheme, path: plain.path, query: plain.query)
        }
        return keyThroughURLComponents(forURL: url)
    }

    /// `key(forURL:)` with every address parsed by URLComponents.
    static func keyThroughURLComponents(forURL url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        // Given raw letters or spaces, URLComponents escapes the address whole, its escapes
        // included, so `%D9%84` would stay in the key as text; escaping them first keeps both.
        let raw = trimmed.utf8.contains { $0 < 0x21 || $0 > 0x7E }
        guard let components = (raw ? URLComponents(string: escapingNonASCII(url)) : nil) ?? URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { return nil }
        return key(host: host, port: components.port, scheme: scheme, path: components.percentEncodedPath, query: components.percentEncodedQuery)
    }

    /// The key of a request for `path` (as sent, percent-encoded or not) on `host`.
    public static func key(host: String, port: Int? = nil, scheme: String = "https", path: String, query: String?) -> String {
        var hostPart = host.lowercased()
        if hostPart.hasPrefix("www.") { hostPart.removeFirst(4) }
        if let port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) { hostPart += ":\(port)" }
        var decoded = decodedPath(path)
        while decoded.hasSuffix("/") { decoded.removeLast() }
        if decoded.isEmpty, let query, !query.isEmpty {
            let pairs = query.split(separator: "&").map { ($0.removingPercentEncoding ?? String($0)).lowercased() }.sorted()
            return hostPart + "/?" + pairs.joined(separator: "&")
        }
        return hostPart + decoded
    }

    /// The path unescaped, in NFC, lowercased. Foundation's unescaping and normalisation go
    /// through CoreFoundation's string machinery; paths of plain letters need neither.
    static func decodedPath(_ path: String) -> String {
        if let decoded = PercentEncoding.decode(path), decoded.unicodeScalars.allSatisfy(NormalizationQuickCheck.isStableUnderNFC) {
            return decoded.lowercased()
        }
        return decodedPathThroughFoundation(path)
    }

    static func decodedPathThroughFoundation(_ path: String) -> String {
        (path.removingPercentEncoding ?? path).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The path prefix of a base address such as `https://example.com/blog/`: `/blog`, or "" at the root.
    public static func basePath(of base: String) -> String? {
        guard let components = URLComponents(string: base), components.host != nil else { return nil }
        var path = components.percentEncodedPath.removingPercentEncoding ?? components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Addresses written with raw Arabic letters or spaces, which URLComponents refuses.
    private static func escapingNonASCII(_ url: String) -> String {
        let allowed = CharacterSet(charactersIn: Unicode.Scalar(0x21)...Unicode.Scalar(0x7E))
        return url.trimmingCharacters(in: .whitespaces).addingPercentEncoding(withAllowedCharacters: allowed) ?? url
    }
}

/// Finding an imported story by its address on the site it came from, so old links can answer
/// with a redirect to its new address.
public protocol LegacyAddressLookup: Sendable {
    /// The article whose source address has the key `key` (`LegacyAddress.key`); the first
    /// imported when several share it.
    func article(legacyKey key: String) async throws -> ArticleID?
}

extension LegacyAddress {
    /// The spellings an importer may have given a site's base address as an article's origin
    /// source (`ArticleOrigin.source`), for finding a post by its old id: http or https, with or
    /// without `www.`, without a trailing slash.
    public static func originSources(forBase base: String) -> [String] {
        guard let components = URLComponents(string: base), var host = components.host?.lowercased() else { return [] }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let port = components.port.map { ":\($0)" } ?? ""
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return ["https", "http"].flatMap { scheme in ["", "www."].map { "\(scheme)://\($0)\(host)\(port)\(path)" } }
    }

    /// A site's base address as an origin source: lowercased scheme and host, no trailing slash.
    public static func originSource(forBase base: String) -> String {
        guard let components = URLComponents(string: base.trimmingCharacters(in: .whitespaces)), let scheme = components.scheme, let host = components.host
        else { return base }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return "\(scheme.lowercased())://\(host.lowercased())\(components.port.map { ":\($0)" } ?? "")\(path)"
    }
}
