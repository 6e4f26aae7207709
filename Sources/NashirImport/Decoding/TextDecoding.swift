import Foundation

/// Turns a file's bytes into text: a byte-order mark first, then the charset the transport gave
/// (HTTP), then the one the document declares (`<?xml … encoding=…?>`, `<meta charset>`), else
/// UTF-8. Legacy Arabic encodings (windows-1256, ISO-8859-6) and anything else glibc's iconv
/// knows are converted to UTF-8; bytes the chosen encoding does not hold are reported at their
/// offset and line.
public enum TextDecoding {
    /// The encoding chosen for some bytes, and what chose it, for messages.
    struct Choice: Equatable {
        /// An iconv name, e.g. "WINDOWS-1256", or "UTF-8".
        var encoding: String
        /// The label as written, e.g. "cp1256".
        var label: String
        var source: Source
        /// How many leading bytes the byte-order mark takes.
        var bomLength = 0

        enum Source: Equatable { case byteOrderMark, transport, declaration, assumed }
    }

    /// How much of the start of a file the `<meta charset>` scan reads, as browsers do (they read 1024).
    static let declarationWindow = 4096

    /// The text of `bytes`; `charset` is the transport's (an HTTP Content-Type parameter), if any.
    public static func decode(_ bytes: [UInt8], file: String, charset: String? = nil) throws(ImportError) -> String {
        let choice = try choose(bytes, file: file, charset: charset)
        let body = bytes[choice.bomLength...]
        if choice.encoding == "UTF-8" {
            return try utf8(body, offsetBase: choice.bomLength, in: bytes, file: file, choice: choice)
        }
        if choice.source != .byteOrderMark, !body.contains(where: { $0 >= 0x80 }) {
            // Plain ASCII reads the same in every encoding a feed would declare.
            return String(decoding: body, as: UTF8.self)
        }
        if choice.source != .byteOrderMark, Self.isSingleByte(choice.encoding), let text = String(validating: body, as: UTF8.self) {
            // Real windows-1256 or ISO-8859-6 Arabic is never valid UTF-8 (two letters in a row
            // are two lead bytes), so valid UTF-8 means the label is stale: a page saved as UTF-8
            // with its old <meta charset> still in it.
            return text
        }
        do {
            return try Iconv.convert(body, from: choice.encoding)
        } catch let failure {
            let offset = choice.bomLength + failure.offset
            throw ImportError(
                file: file, line: lineNumber(in: bytes, at: offset),
                problem: "\(describe(choice)), but byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset) is not \(choice.label)")
        }
    }

    /// Which encoding reads `bytes`; an unknown label is an error, not a guess.
    static func choose(_ bytes: [UInt8], file: String, charset: String?) throws(ImportError) -> Choice {
        if let bom = byteOrderMark(bytes) { return bom }
        let declared = declaredLabel(in: bytes)
        var picked: (label: String, source: Choice.Source)?
        if let charset = charset.map(trimmed), !charset.isEmpty {
            picked = (charset, .transport)
            // Servers send ISO-8859-1 or ASCII by default, whatever the file holds: a document
            // that says otherwise knows better.
            if let declared, ["iso-8859-1", "latin1", "us-ascii", "ascii"].contains(charset.lowercased()) { picked = (declared, .declaration) }
        } else if let declared {
            picked = (declared, .declaration)
        }
        guard let picked else { return Choice(encoding: "UTF-8", label: "UTF-8", source: .assumed) }
        guard let encoding = encodingName(for: picked.label) else {
            let origin = picked.source == .transport ? "was sent as" : "declares"
            throw ImportError(file: file, problem: "\(origin) the encoding \"\(picked.label)\", which Nashir cannot read")
        }
        return Choice(encoding: encoding, label: picked.label, source: picked.source)
    }

    private static func utf8(_ body: ArraySlice<UInt8>, offsetBase: Int, in bytes: [UInt8], file: String, choice: Choice) throws(ImportError) -> String {
        if let text = String(validating: body, as: UTF8.self) { return text }
        let offset = offsetBase + firstInvalidUTF8Offset(in: body)
        let advice = choice.source == .assumed ? "save it as UTF-8 or declare its encoding" : "\(describe(choice)) but is not"
        throw ImportError(file: file, line: lineNumber(in: bytes, at: offset), problem: "is not valid UTF-8 (bad byte at offset \(offset)); \(advice)")
    }

    private static func describe(_ choice: Choice) -> String {
        switch choice.source {
        case .transport: "was sent as \(choice.label)"
        case .declaration: "declares \(choice.label)"
        case .byteOrderMark: "starts with a \(choice.label) byte-order mark"
        case .assumed: "is read as UTF-8"
        }
    }

    /// 1-based line of the byte at `offset`.
    static func lineNumber(in bytes: some Collection<UInt8>, at offset: Int) -> Int {
        bytes.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The offset (from the slice's start) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8Offset(in bytes: some Collection<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return bytes.count
            case .error: return offset
            }
        }
    }

    private static func trimmed(_ label: String) -> String {
        label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
}
