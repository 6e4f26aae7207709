import Foundation
import NashirDomain

/// The editor's plain-text form of a body, typed with the keyboard alone: blocks are separated
/// by a blank line; `## ` starts a subheading, `> ` a quotation (a last line `— name` says whose),
/// `- ` the items of a list and `1. ` those of a numbered one, `[صورة 12]` or `[صورة 12: تعليق]`
/// places uploaded image 12, `[تضمين https://…]` marks outside content, and `* * *` (or a line of
/// dashes, stars or underscores alone) draws a rule. Anything else is a paragraph.
/// Inside paragraphs, quotations and list items, `InlineMarkup` reads emphasis and links.
enum BodyText {
    static func blocks(from text: String) -> [Block] {
        let chunks = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
        return chunks.compactMap { chunk in
            let lines = chunk.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let first = lines.first else { return nil }
            if lines.count == 1, let block = marker(first) { return block }
            if lines.count == 1, isRule(first) { return .divider }
            if first.hasPrefix("## ") { return .subheading(joined(lines).dropFirst(3).trimmingCharacters(in: .whitespaces)) }
            if lines.allSatisfy({ $0.hasPrefix(">") || $0.hasPrefix("— ") }) && first.hasPrefix(">") {
                var quoted = lines.filter { $0.hasPrefix(">") }.map { $0.dropFirst().trimmingCharacters(in: .whitespaces) }
                let source = lines.last.flatMap { $0.hasPrefix("— ") ? String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) : nil }
                quoted = quoted.filter { !$0.isEmpty }
                return .quote(InlineMarkup.parse(quoted.joined(separator: " ")), source: source?.isEmpty == false ? source : nil)
            }
            if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("• ") }) {
                return .list(lines.map { InlineMarkup.parse(String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces)) }, ordered: false)
            }
            if lines.allSatisfy({ numberedItem($0) != nil }) {
                return .list(lines.compactMap(numberedItem).map(InlineMarkup.parse), ordered: true)
            }
            return .paragraph(InlineMarkup.parse(joined(lines)))
        }
    }

    static func text(of blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): InlineMarkup.text(of: text)
            case .subheading(let text): "## " + text
            case .quote(let text, let source): "> " + InlineMarkup.text(of: text) + (source.map { "\n— " + $0 } ?? "")
            case .list(let items, let ordered):
                items.map(InlineMarkup.text(of:)).enumerated()
                    .map { ordered ? "\($0.offset + 1). \($0.element)" : "- \($0.element)" }.joined(separator: "\n")
            case .image(let media, let caption): "[صورة \(media)" + (caption.map { ": " + $0 } ?? "") + "]"
            case .embed(let url): "[تضمين \(url)]"
            case .divider: "* * *"
            }
        }.joined(separator: "\n\n")
    }

    private static func joined(_ lines: [String]) -> String { lines.joined(separator: " ") }

    /// `* * *`, `---`, `___`: three marks or more of one kind, spaces between them allowed.
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && ["*", "-", "_"].contains { mark in marks.allSatisfy { $0 == mark } }
    }

    /// `[صورة 12]`, `[صورة 12: تعليق]`, `[تضمين https://…]`.
    private static func marker(_ line: String) -> Block? {
        guard line.hasPrefix("["), line.hasSuffix("]") else { return nil }
        let inner = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        if inner.hasPrefix("صورة ") {
            let rest = inner.dropFirst("صورة ".count)
            let parts = rest.split(separator: ":", maxSplits: 1)
            guard let number = parts.first.flatMap({ Int64(westernDigits($0.trimmingCharacters(in: .whitespaces))) }) else { return nil }
            let caption = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            return .image(MediaID(number), caption: caption.isEmpty ? nil : caption)
        }
        if inner.hasPrefix("تضمين ") {
            return .embed(url: String(inner.dropFirst("تضمين ".count)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// `1. نص` or `١. نص` or `1) نص` → `نص`.
    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces)
    }

    private static func westernDigits(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar in
            (0x0660...0x0669).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!) : Character(scalar)
        })
    }
}
