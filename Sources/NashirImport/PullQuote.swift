import Foundation

/// A pull quote: a sentence of the copy printed again in large type between its paragraphs,
/// in quotation marks («…», "…", “…”). It repeats the story, so it is not a paragraph of it.
enum PullQuote {
    /// Removes the lines of `lines` that quote a longer line above them.
    static func drop(_ lines: inout [String]) {
        let quoted = lines.indices.filter { index in
            guard let inner = text(of: lines[index]) else { return false }
            // A subheading may quote the paragraph it heads («"انعدام الثقة بالنفس لدى ترامب"»), though
            // the lead may have said it too; a pull quote repeats what the reader has passed.
            let repeats = { (line: String) in line.count > inner.count && collapsed(line).contains(inner) }
            if index + 1 < lines.count, repeats(lines[index + 1]) { return false }
            return lines[..<index].contains(where: repeats)
        }
        for index in quoted.reversed() { lines.remove(at: index) }
    }

    /// What a line wrapped in quotation marks quotes, with its spaces collapsed and its closing
    /// stop dropped; nil for any other line or a quote too short to tell.
    static func text(of line: String) -> String? {
        guard let first = line.first, let last = line.last, let close = marks[first], last == close else { return nil }
        let inner = collapsed(String(line.dropFirst().dropLast())).trimmingCharacters(in: .init(charactersIn: ".،,… "))
        return PageTextChrome.words(inner, upTo: 5) >= 5 ? inner : nil
    }

    private static let marks: [Character: Character] = ["«": "»", "\"": "\"", "“": "”", "”": "“"]

    /// `line` with its spaces collapsed and its inner quotation marks gone, which a pull quote
    /// may drop or change.
    private static func collapsed(_ line: String) -> String {
        line.filter { !"\"«»“”".contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
