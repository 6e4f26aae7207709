/// A strict JSON parser (RFC 8259) whose errors name the line and column, which Foundation's
/// only give as a byte offset inside a message. Nesting is limited so a hostile document cannot
/// exhaust the stack.
struct JSONReader {
    /// Where and why a document is not JSON; the column counts characters, from 1.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
        var problem: String
    }

    static let maxDepth = 200

    private let bytes: [UInt8]
    private var index = 0
    /// Byte offsets where the items of the root array, or of arrays that are members of the
    /// root object, start: keyed by the member's name ("" for the root), for records' lines.
    private var itemOffsets: [String: [Int]] = [:]
    private var memberName: String?

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parseWithLines(text).value
    }

    /// The value, and where the records of its top-level arrays start.
    static func parseWithLines(_ text: String) throws(SyntaxError) -> (value: JSONValue, lines: JSONLineIndex) {
        var reader = JSONReader(Array(text.utf8))
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.index < reader.bytes.count { throw reader.error("unexpected \(reader.describeHere()) after the JSON value") }
        return (value, JSONLineIndex(bytes: reader.bytes, itemOffsets: reader.itemOffsets))
    }

    /// Only the position of the first syntax error, or nil when `text` is one valid JSON value.
    static func firstError(in text: String) -> SyntaxError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("the document ends where a value was expected") }
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) levels deep") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("expected a value, found \(describeHere())")
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
        index += 1
        var members: [String: JSONValue] = [:]
        var keys: [String] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members, keys: keys) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a member name in double quotes, found \(describeHere())") }
            let key = try string()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected «:» after the member name \"\(key)\", found \(describeHere())") }
            index += 1
            skipSpace()
            if depth == 0 { memberName = key }
            let value = try value(depth: depth + 1)
            if members.updateValue(value, forKey: key) == nil { keys.append(key) }
            skipSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members, keys: keys) }
            throw error("expected «,» or «}» after a member, found \(describeHere())")
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        // Only the root array and the root object's arrays: the records of a feed.
        let recordKey: String? = depth == 0 ? "" : depth == 1 ? memberName : nil
        skipSpace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
        while true {
            skipSpace()
            if let recordKey { itemOffsets[recordKey, default: []].append(index) }
            items.append(try value(depth: depth + 1))
            skipSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
            throw error("expected «,» or «]» after an array item, found \(describeHere())")
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ end: Int) { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw error("a control character (U+\(hex(UInt32(byte)))) inside a string; write it as an escape") }
            if byte == UInt8(ascii: "\\") {
                flush(index)
                scalars.append(try escape())
                runStart = index
                continue
            }
            index += 1
        }
        index = start
        throw error("a string that is never closed")
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("the document ends inside an escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hexQuad()
            if (0xD800..<0xDC00).contains(high), bytes[index...].starts(with: Array("\\u".utf8)) {
                index += 2
                let low = try hexQuad()
                if (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) { return scalar }
            }
            // A lone surrogate cannot be text; the replacement character keeps the rest readable.
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            index -= 1
            throw error("\\\(describeHere()) is not a JSON escape")
        }
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw error("\\u must be followed by four hexadecimal digits")
        }
        index += 4
        return value
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        let digits = { (reader: inout JSONReader) -> Int in
            let from = reader.index
            while reader.index < reader.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) { reader.index += 1 }
            return reader.index - from
        }
        let whole = digits(&self)
        if whole == 0 { throw error("a number needs digits, found \(describeHere())") }
        if whole > 1, bytes[index - whole] == UInt8(ascii: "0") { index -= whole; throw error("a number cannot start with 0") }
        if peek(UInt8(ascii: ".")) {
            index += 1
            if digits(&self) == 0 { throw error("a decimal point needs digits after it") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            if digits(&self) == 0 { throw error("an exponent needs digits") }
        }
        return Double(String(decoding: bytes[start..<index], as: UTF8.self)) ?? 0
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        guard bytes[index...].starts(with: Array(word.utf8)) else { throw error("expected a value, found \(describeHere())") }
        index += word.utf8.count
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// What stands at the current position, for messages: «'x'», or the end.
    private func describeHere() -> String {
        guard index < bytes.count else { return "the end of the document" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "«\(String(decoding: bytes[index..<end], as: UTF8.self))»"
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// An error at the current position: line from newlines before it, column in characters.
    private func error(_ problem: String) -> SyntaxError {
        let upTo = min(index, bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<upTo where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        let column = String(decoding: bytes[lineStart..<upTo], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, problem: problem)
    }
}
