/// Percent-encoding for paths and queries (RFC 3986), and its reverse for what readers send.
///
/// Done over UTF-8 bytes: Foundation's versions go through NSString on Linux, and every link on
/// a page, every request's path and every imported story's old address passes through here.
public enum PercentEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Encodes everything but unreserved ASCII, so Arabic travels as UTF-8 escapes; safe for
    /// path segments and query values alike.
    public static func encode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { escaping($0) { !isUnreserved($0) } } ?? text
    }

    /// `bytes` as text with each byte `escapes` picks written as `%XX`; nil when it picks none.
    /// Counted first and written in place: an Arabic slug is nearly all escapes, three bytes each.
    static func escaping(_ bytes: UnsafeBufferPointer<UInt8>, where escapes: (UInt8) -> Bool) -> String? {
        let escaped = bytes.reduce(0) { $0 + (escapes($1) ? 1 : 0) }
        guard escaped > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + 2 * escaped) { out in
            var written = 0
            for byte in bytes {
                if escapes(byte) {
                    out[written] = UInt8(ascii: "%")
                    out[written + 1] = hexDigits[Int(byte >> 4)]
                    out[written + 2] = hexDigits[Int(byte & 0x0F)]
                    written += 3
                } else {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// Decodes a path segment; nil for malformed escapes or bytes that are not UTF-8.
    public static func decode(_ text: String) -> String? {
        decode(text[...])
    }

    private static func decode(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == UInt8(ascii: "%") else { out.append(byte); continue }
                guard index + 1 < bytes.count, let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else { return nil }
                index += 2
                out.append(high << 4 | low)
            }
            return String(validating: out, as: UTF8.self)
        }
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
