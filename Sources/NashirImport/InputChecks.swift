import Foundation

/// The checks every input file passes before parsing, so bad bytes never reach the store.
enum InputChecks {
    /// Reads `path` and returns it as text, or says precisely why it cannot be imported.
    static func text(at path: String, maxBytes: Int) throws(ImportError) -> String {
        func fail(_ problem: String, line: Int? = nil) -> ImportError { ImportError(file: path, line: line, problem: problem) }
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw fail("cannot be read (no such file, or no permission)")
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory { throw fail("is a directory, not a file") }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw fail("is \(size) bytes; the limit is \(maxBytes) bytes (split it into smaller files)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot be read") }
        // UTF-16 and UTF-32 hold NUL bytes in every ASCII character: their mark says so first.
        let bytes = [UInt8](data)
        let wide = TextDecoding.byteOrderMark(bytes).map { $0.encoding != "UTF-8" } ?? false
        // memchr: Data's generic search walks a 20 MB file byte by byte through its index type.
        let nulOffset = wide ? nil : data.withUnsafeBytes { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        if let nul = nulOffset {
            throw fail("contains binary data (a NUL byte at offset \(nul)); expected UTF-8 text", line: lineNumber(in: data, at: nul))
        }
        let text = try TextDecoding.decode(bytes, file: path)
        if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) { throw fail("is empty") }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    static func lineNumber(in data: Data, at offset: Int) -> Int {
        data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
