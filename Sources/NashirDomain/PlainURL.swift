/// An absolute http(s) address in its plain spelling (`scheme://host[:port]/path[?query]`, only
/// the characters RFC 3986 allows there or letters beyond ASCII as feeds print them, well-formed
/// escapes, no user, no fragment), split without URLComponents; nil for anything else, which
/// callers hand to URLComponents.
struct PlainURL {
    var scheme: String
    var host: String
    var port: Int?
    /// Percent-encoded, letters beyond ASCII included, as URLComponents' `percentEncodedPath` gives it.
    var path: String
    var query: String?

    init?(_ url: String) {
        // URLComponents' path trims white space first; such addresses go there.
        guard url.unicodeScalars.last.map({ !$0.properties.isWhitespace }) ?? false else { return nil }
        var url = url
        guard let parts = url.withUTF8({ Self.split($0) }) else { return nil }
        self = parts
    }

    private init(scheme: String, host: String, port: Int?, path: String, query: String?) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainURL? {
        var index = 0
        let scheme: String
        if matches(bytes, "https://") {
            scheme = "https"
            index = 8
        } else if matches(bytes, "http://") {
            scheme = "http"
            index = 7
        } else {
            return nil
        }
        let hostStart = index
        while index < bytes.count, isHostByte(bytes[index]) { index += 1 }
        guard index > hostStart, bytes[hostStart] != UInt8(ascii: "."), bytes[hostStart] != UInt8(ascii: "-") else { return nil }
        let host = String(decoding: UnsafeBufferPointer(rebasing: bytes[hostStart..<index]), as: UTF8.self)
        // URLComponents gives internationalised names (punycode, `xn--`) in their letters.
        guard !host.contains("xn--") else { return nil }
        var port: Int?
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            var value = 0
            let digitsStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), index - digitsStart < 5 {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            guard index > digitsStart, value <= 65_535 else { return nil }
            port = value
        }
        guard index == bytes.count || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "?") else { return nil }
        let pathStart = index
        guard let pathEnd = scan(bytes, from: index, allowing: isPathByte) else { return nil }
        index = pathEnd
        let path = escaped(UnsafeBufferPointer(rebasing: bytes[pathStart..<pathEnd]))
        var query: String?
        if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
            guard let queryEnd = scan(bytes, from: index + 1, allowing: isQueryByte) else { return nil }
            query = escaped(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<queryEnd]))
            index = queryEnd
        }
        guard index == bytes.count else { return nil }
        return PlainURL(scheme: scheme, host: host, port: port, path: path, query: query)
    }

    /// The bytes as text with those beyond ASCII escaped, as URLComponents gives a component.
    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        PercentEncoding.escaping(bytes) { $0 >= 0x80 } ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The end of the run of allowed bytes and well-formed escapes from `start`; nil at a bad escape.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowing allowed: (UInt8) -> Bool) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, PercentEncoding.hexValue(bytes[index + 1]) != nil, PercentEncoding.hexValue(bytes[index + 2]) != nil
                else { return nil }
                index += 3
            } else if allowed(byte) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// Letters (lowercase only: uppercase hosts go to URLComponents), digits, dots and hyphens.
    private static func isHostByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// RFC 3986's unreserved characters, sub-delimiters, ":", "@" and "/" (a path's characters),
    /// and any byte of a letter beyond ASCII, which URLComponents would take once escaped.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x80...0xFF: true
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="): true
        case UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"): true
        default: false
        }
    }

    /// A query's characters: a path's, "/" and "?".
    private static func isQueryByte(_ byte: UInt8) -> Bool {
        isPathByte(byte) || byte == UInt8(ascii: "?")
    }
}
