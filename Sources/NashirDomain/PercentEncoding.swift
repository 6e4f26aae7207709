/// Percent-encoding for paths and queries (RFC 3986), and its reverse for what readers send.
///
/// Done over UTF-8 bytes: Foundation's versions go through NSString on Linux, and every link on
/// a page, every request's path and every imported story's old address passes through here.
public enum PercentEncoding {
    static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Encodes everything but unreserved ASCII, so Arabic travels as UTF-8 escapes; safe for
    /// path segments and query values alike.
    public static func encode(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { !isUnreserved($0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        for byte in bytes {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                // Three appends, not `+= [...]`: the literal was an array allocated per byte,
                // and an Arabic slug is nearly all escapes.
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes a path segment; nil for malformed escapes or bytes that are not UTF-8.
    public static func decode(_ text: String) -> String? {
        decode(text[...])
    }

    private static func decode(_ text: Substring) -> String? {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "%")) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            guard byte == UInt8(ascii: "%") else { out.append(byte); continue }
            guard index < bytes.endIndex, let high = hexValue(bytes[index]) else { return nil }
            index = bytes.index(after: index)
            guard index < bytes.endIndex, let low = hexValue(bytes[index]) else { return nil }
            index = bytes.index(after: index)
            out.append(high << 4 | low)
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The name–value pairs of a query string as browsers send forms (`+` is a space).
    /// Malformed escapes are kept as typed rather than dropping the parameter.
    public static func queryItems(_ query: Substring) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                let spaced = part.contains("+") ? Substring(part.replacing("+", with: " ")) : part
                return decode(spaced) ?? String(spaced)
            }
            return (decoded(parts[0]), parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
