import Foundation

/// Percent-encoding for paths and queries (RFC 3986), and its reverse for what readers send.
public enum PercentEncoding {
    private static let unreserved: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// Encodes everything but unreserved ASCII, so Arabic travels as UTF-8 escapes; safe for
    /// path segments and query values alike.
    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Decodes a path segment; nil for malformed escapes or bytes that are not UTF-8.
    public static func decode(_ text: String) -> String? {
        text.contains("%") ? text.removingPercentEncoding : text
    }

    /// The name–value pairs of a query string as browsers send forms (`+` is a space).
    /// Malformed escapes are kept as typed rather than dropping the parameter.
    public static func queryItems(_ query: Substring) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decoded(parts[0]), parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
