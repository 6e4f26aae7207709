import Foundation

/// WordPress's automatic paragraphs (`wpautop`), which it applies when showing a post written
/// in the classic editor: such content has no `<p>`, a blank line ends a paragraph and a single
/// line break is a `<br>`. Block-level elements stand on their own and are never wrapped.
enum WordPressAutop {
    static let blockNames = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary"
    private static let opening = try! NSRegularExpression(pattern: "(<(?:\(blockNames))[\\s/>])", options: .caseInsensitive)
    private static let closing = try! NSRegularExpression(pattern: "(</(?:\(blockNames))>)", options: .caseInsensitive)
    private static let doubleBreak = try! NSRegularExpression(pattern: "<br\\s*/?>\\s*<br\\s*/?>", options: .caseInsensitive)
    private static let startsWithBlock = try! NSRegularExpression(pattern: "^</?(?:\(blockNames))[\\s/>]", options: .caseInsensitive)
    private static let paragraphAroundBlockStart = try! NSRegularExpression(pattern: "<p>\\s*(</?(?:\(blockNames))[^>]*>)", options: .caseInsensitive)
    private static let paragraphAroundBlockEnd = try! NSRegularExpression(pattern: "(</?(?:\(blockNames))[^>]*>)\\s*</p>", options: .caseInsensitive)
    private static let preformatted = try! NSRegularExpression(pattern: "<pre[\\s>].*?</pre>", options: [.caseInsensitive, .dotMatchesLineSeparators])

    static func apply(_ content: String) -> String {
        var text = content.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "" }
        // Line breaks inside <pre> are the text's own; they are set aside and put back.
        var kept: [String] = []
        text = replacing(preformatted, in: text) { match in
            kept.append(match)
            return "<pre data-kept=\"\(kept.count - 1)\"></pre>"
        }
        text = replacing(doubleBreak, in: text) { _ in "\n\n" }
        text = replacing(opening, in: text) { "\n\n" + $0 }
        text = replacing(closing, in: text) { $0 + "\n\n" }
        let chunks = text.components(separatedBy: "\n").split { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        var html = chunks.map { lines -> String in
            let chunk = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            if startsWithBlock.firstMatch(in: chunk, range: NSRange(chunk.startIndex..., in: chunk)) != nil { return chunk }
            return "<p>" + chunk.replacingOccurrences(of: "\n", with: "<br />\n") + "</p>"
        }.joined(separator: "\n")
        html = replacing(paragraphAroundBlockStart, in: html) { match in String(match.dropFirst(3)).trimmingCharacters(in: .whitespacesAndNewlines) }
        html = replacing(paragraphAroundBlockEnd, in: html) { match in String(match.dropLast(4)).trimmingCharacters(in: .whitespacesAndNewlines) }
        for (index, original) in kept.enumerated() {
            html = html.replacingOccurrences(of: "<pre data-kept=\"\(index)\"></pre>", with: original)
        }
        return html
    }

    /// Each match of `pattern` replaced by what `transform` makes of it.
    private static func replacing(_ pattern: NSRegularExpression, in text: String, _ transform: (String) -> String) -> String {
        let source = text as NSString
        var output = ""
        var cursor = 0
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            output += source.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            output += transform(source.substring(with: match.range))
            cursor = match.range.upperBound
        }
        return output + source.substring(from: cursor)
    }
}
