import Foundation

extension TextDecoding {
    /// A byte-order mark and the encoding it announces; UTF-32 is tested before UTF-16, whose
    /// little-endian mark is UTF-32's first two bytes.
    static func byteOrderMark(_ bytes: [UInt8]) -> Choice? {
        let marks: [([UInt8], String)] = [
            ([0xEF, 0xBB, 0xBF], "UTF-8"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
            ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
        ]
        for (mark, encoding) in marks where bytes.starts(with: mark) {
            return Choice(encoding: encoding, label: encoding, source: .byteOrderMark, bomLength: mark.count)
        }
        return nil
    }

    /// The encoding an XML declaration or an HTML `<meta>` near the top names, as written.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(declarationWindow)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.starts(with: Array("<?xml".utf8)) {
            let end = firstIndex(of: Array("?>".utf8), in: head, from: 0) ?? head.count
            guard let key = firstIndex(of: Array("encoding".utf8), in: head, from: 0, to: end) else { return nil }
            return value(after: key + 8, in: Array(bytes.prefix(end)), requireEquals: true)
        }
        // `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
        var from = 0
        while let meta = firstIndex(of: Array("<meta".utf8), in: head, from: from) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let key = firstIndex(of: Array("charset".utf8), in: head, from: meta, to: close),
               let label = value(after: key + 7, in: Array(bytes.prefix(close)), requireEquals: true) {
                return label
            }
            from = close
        }
        return nil
    }

    /// The iconv name for a label; WHATWG's reading of the labels pages use, so ISO-8859-1
    /// means windows-1252 as in every browser.
    static func encodingName(for label: String) -> String? {
        let lower = label.lowercased()
        let aliases: [String: String] = [
            "utf-8": "UTF-8", "utf8": "UTF-8", "unicode-1-1-utf-8": "UTF-8",
            "windows-1256": "WINDOWS-1256", "cp1256": "WINDOWS-1256", "x-cp1256": "WINDOWS-1256",
            "iso-8859-6": "ISO-8859-6", "iso8859-6": "ISO-8859-6", "iso_8859-6": "ISO-8859-6", "arabic": "ISO-8859-6",
            "asmo-708": "ISO-8859-6", "ecma-114": "ISO-8859-6", "iso-8859-6-i": "ISO-8859-6", "iso-8859-6-e": "ISO-8859-6",
            "csisolatinarabic": "ISO-8859-6", "iso-ir-127": "ISO-8859-6", "iso_8859-6:1987": "ISO-8859-6",
            "iso-8859-1": "WINDOWS-1252", "latin1": "WINDOWS-1252", "us-ascii": "WINDOWS-1252", "ascii": "WINDOWS-1252",
            "windows-1252": "WINDOWS-1252",
        ]
        if let known = aliases[lower] { return known }
        let name = label.uppercased()
        return Iconv.knows(name) ? name : nil
    }

    /// Encodings with one byte per character, where valid UTF-8 betrays a stale label.
    static func isSingleByte(_ encoding: String) -> Bool {
        encoding.hasPrefix("WINDOWS-125") || encoding.hasPrefix("ISO-8859-") || encoding.hasPrefix("CP")
            || encoding.hasPrefix("KOI8") || encoding.hasPrefix("MAC")
    }

    /// Where `needle` first starts in `bytes[from..<to]` (`to` defaults to the end).
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard !needle.isEmpty, end - needle.count >= start else { return nil }
        for index in start...(end - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }

    /// The value after `key`: `= "x"`, `='x'` or `=x` up to a space, quote, `;` or `>`.
    private static func value(after start: Int, in bytes: [UInt8], requireEquals: Bool) -> String? {
        var index = start
        func skipSpace() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 } }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return requireEquals ? nil : "" }
        index += 1
        skipSpace()
        var quote: UInt8?
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            quote = bytes[index]
            index += 1
        }
        let begin = index
        let stops: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "/")]
        while index < bytes.count, quote.map({ bytes[index] != $0 }) ?? !stops.contains(bytes[index]) { index += 1 }
        let label = String(decoding: bytes[begin..<index], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        // Only ASCII names are encoding labels; anything else is not a declaration.
        return label.isEmpty || label.utf8.contains(where: { $0 >= 0x80 }) ? nil : label
    }
}
