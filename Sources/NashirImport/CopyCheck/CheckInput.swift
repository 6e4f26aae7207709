import Foundation
import NashirCopyDesk
import NashirDomain

/// Reads files for the copy desk: the same byte checks as import (binary, encoding, size), a cap
/// on a paragraph's length, then the stories in the file.
public enum CheckInput {
    /// Largest file the checker reads.
    public static let maxBytes = 64 << 20
    /// Longest paragraph, in Unicode scalars: a story of 2,000 words is about 12,000.
    public static let maxParagraphScalars = 100_000

    public static func read(path: String, format: CheckFormat) throws(ImportError) -> [CheckedText] {
        let text = try InputChecks.text(at: path, maxBytes: maxBytes)
        return try stories(in: text, file: path, format: format)
    }

    public static func stories(in text: String, file: String, format: CheckFormat) throws(ImportError) -> [CheckedText] {
        let lines = Self.lines(of: text)
        // A line's bytes bound its scalars, so only long lines are counted.
        for (index, line) in lines.enumerated() where line.utf8.count > maxParagraphScalars && line.unicodeScalars.count > maxParagraphScalars {
            throw ImportError(file: file, line: index + 1, problem: "a line of \(line.unicodeScalars.count) characters; the checker reads at most \(maxParagraphScalars) a paragraph")
        }
        switch resolved(format, text: text, file: file) {
        case .jsonl: return try jsonLines(lines, file: file)
        case .pageText: return try [pageText(lines, text: text, file: file)]
        default: return [plainText(lines)]
        }
    }

    /// The lines of `text`, split at each line feed (a CR before it dropped): on bytes, since a
    /// Character holds "\r\n" as one and splitting a long file by Characters is slow.
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
        }
    }

    /// auto: JSON Lines when the first non-blank character opens an object, else plain text.
    static func resolved(_ format: CheckFormat, text: String, file: String) -> CheckFormat {
        guard format == .auto else { return format }
        if file.hasSuffix(".jsonl") || text.first(where: { !$0.isWhitespace }) == "{" { return .jsonl }
        return .text
    }

    static func plainText(_ lines: [String]) -> CheckedText {
        var paragraphs: [String] = [], positions: [(line: Int, column: Int)] = []
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            paragraphs.append(line)
            positions.append((line: index + 1, column: 1))
        }
        return CheckedText(story: CopyStory(paragraphs: paragraphs), positions: positions, sourceLines: paragraphs)
    }

    /// The dump's copy (headline, sub-headlines, paragraphs) as the page-text importer finds it,
    /// checked on the file's own lines so spacing the importer would tidy is still seen.
    static func pageText(_ lines: [String], text: String, file: String) throws(ImportError) -> CheckedText {
        let content = try PageTextParser().parse(text, key: "check", file: file).content
        var wanted = Set([content.headline] + content.highlights + content.body.map(\.text))
        let first = content.body.first?.text
        var paragraphs: [String] = [], positions: [(line: Int, column: Int)] = []
        for (index, line) in lines.enumerated() {
            let cleaned = TextCleaning.line(line)
            // The first paragraph may carry the dateline the importer took off its start.
            guard wanted.remove(cleaned) != nil || (first.map { !cleaned.isEmpty && cleaned != $0 && cleaned.hasSuffix($0) } ?? false) else { continue }
            paragraphs.append(line)
            positions.append((line: index + 1, column: 1))
        }
        return CheckedText(story: CopyStory(paragraphs: paragraphs), positions: positions, sourceLines: paragraphs)
    }

    /// Each record's title and body paragraphs, one story a record.
    static func jsonLines(_ lines: [String], file: String) throws(ImportError) -> [CheckedText] {
        // Records are read on every core; the first bad line, in file order, is the error.
        let records = lines.enumerated().map { (line: $0.offset + 1, text: $0.element) }.concurrentMap(minimumChunk: 64) { line in
            Result { () throws(ImportError) -> CheckedText? in try record(line.text, line: line.line, file: file) }
        }
        var result: [CheckedText] = []
        for record in records {
            if let text = try record.get() { result.append(text) }
        }
        return result
    }

    /// The paragraphs of a body stored with blank lines between them, each without the line
    /// breaks around it, with the 1-based column (in scalars) where it starts in the body. Split
    /// on bytes: Foundation's `components(separatedBy:)` and `trimmingCharacters` were a tenth
    /// of checking the corpus.
    static func bodyParagraphs(_ body: String) -> [(text: String, column: Int)] {
        let bytes = Array(body.utf8)
        let newline = UInt8(ascii: "\n"), ret = UInt8(ascii: "\r")
        var result: [(text: String, column: Int)] = []
        var start = 0, column = 1, index = 0
        func close(_ end: Int) {
            var from = start, to = end
            while from < to, bytes[from] == newline || bytes[from] == ret { from += 1 }
            while to > from, bytes[to - 1] == newline || bytes[to - 1] == ret { to -= 1 }
            if from < to { result.append((String(decoding: bytes[from..<to], as: UTF8.self), column + from - start)) }
            // Scalars, not bytes: a byte that does not continue a scalar starts one.
            column += bytes[start..<end].count { $0 & 0xC0 != 0x80 } + 2
        }
        while index + 1 < bytes.count {
            if bytes[index] == newline, bytes[index + 1] == newline {
                close(index)
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        close(bytes.count)
        return result
    }

    /// One record's title and body paragraphs; nil for a blank line.
    static func record(_ line: String, line index: Int, file: String) throws(ImportError) -> CheckedText? {
        guard !line.allSatisfy(\.isWhitespace) else { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            throw ImportError(file: file, line: index, problem: "is not a JSON object")
        }
        var paragraphs: [String] = [], positions: [(line: Int, column: Int)] = []
        if let title = object["title"] as? String, !title.allSatisfy(\.isWhitespace) {
            paragraphs.append(title)
            positions.append((line: index, column: 1))
        }
        // Body columns count from the body's start, so paragraphs of one record stay apart.
        for part in bodyParagraphs(object["body"] as? String ?? "") where !part.text.allSatisfy(\.isWhitespace) {
            paragraphs.append(part.text)
            positions.append((line: index, column: part.column))
        }
        return CheckedText(story: CopyStory(paragraphs: paragraphs), positions: positions, sourceLines: paragraphs)
    }
}
