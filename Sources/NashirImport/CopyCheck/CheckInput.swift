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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        for (index, line) in lines.enumerated() where line.unicodeScalars.count > maxParagraphScalars {
            throw ImportError(file: file, line: index + 1, problem: "a line of \(line.unicodeScalars.count) characters; the checker reads at most \(maxParagraphScalars) a paragraph")
        }
        switch resolved(format, text: text, file: file) {
        case .jsonl: return try jsonLines(lines, file: file)
        case .pageText: return try [pageText(lines, text: text, file: file)]
        default: return [plainText(lines)]
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
        var result: [CheckedText] = []
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                throw ImportError(file: file, line: index + 1, problem: "is not a JSON object")
            }
            var paragraphs: [String] = [], positions: [(line: Int, column: Int)] = []
            if let title = object["title"] as? String, !title.allSatisfy(\.isWhitespace) {
                paragraphs.append(title)
                positions.append((line: index + 1, column: 1))
            }
            // Body columns count from the body's start, so paragraphs of one record stay apart.
            var offset = 0
            for part in (object["body"] as? String ?? "").components(separatedBy: "\n\n") {
                let leading = part.unicodeScalars.prefix { $0 == "\n" || $0 == "\r" }.count
                let paragraph = part.trimmingCharacters(in: .newlines)
                if !paragraph.allSatisfy(\.isWhitespace) {
                    paragraphs.append(paragraph)
                    positions.append((line: index + 1, column: offset + leading + 1))
                }
                offset += part.unicodeScalars.count + 2
            }
            result.append(CheckedText(story: CopyStory(paragraphs: paragraphs), positions: positions, sourceLines: paragraphs))
        }
        return result
    }
}
