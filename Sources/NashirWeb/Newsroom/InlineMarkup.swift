import Foundation
import NashirDomain

/// The editor's keyboard syntax for inline marks: `*مائل*`, `**غامق**` and `[نص](https://…)`.
/// A backslash keeps the next character literal, and a `*` with no partner later in the text is
/// just a star, so copy that happens to hold one («5 * 3») is not turned into emphasis.
enum InlineMarkup {
    static func parse(_ source: String) -> RichText {
        let characters = Array(source)
        var runs: [TextRun] = []
        var current = TextRun("")
        var emphasis = false, strong = false
        var link: String?
        var linkEnd: Int?
        var index = 0

        func flush() {
            guard !current.text.isEmpty else { return }
            runs.append(current)
            current = TextRun("", emphasis: emphasis, strong: strong, link: link)
        }
        func restyle() {
            flush()
            current = TextRun("", emphasis: emphasis, strong: strong, link: link)
        }

        while index < characters.count {
            let character = characters[index]
            if let end = linkEnd, index == end {
                // `](address)` closes the link text: skip the address, already taken.
                link = nil
                linkEnd = nil
                restyle()
                index = characters[index...].firstIndex(of: ")").map { $0 + 1 } ?? characters.count
                continue
            }
            if character == "\\", index + 1 < characters.count, "\\*[]".contains(characters[index + 1]) {
                current.text.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "*" {
                let double = index + 1 < characters.count && characters[index + 1] == "*"
                let width = double ? 2 : 1
                let isOpen = double ? strong : emphasis
                if isOpen || hasPartner(characters, after: index + width, width: width, before: linkEnd) {
                    if double { strong.toggle() } else { emphasis.toggle() }
                    restyle()
                    index += width
                    continue
                }
            }
            if character == "[", link == nil, let (end, address) = linkTarget(characters, from: index + 1) {
                link = address
                linkEnd = end
                restyle()
                index += 1
                continue
            }
            current.text.append(character)
            index += 1
        }
        flush()
        return RichText(runs: runs)
    }

    /// The syntax that `parse` reads back as the same runs.
    static func text(of rich: RichText) -> String {
        var out = ""
        var index = 0
        let runs = rich.runs
        while index < runs.count {
            let link = runs[index].link
            var end = index + 1
            if link != nil { while end < runs.count && runs[end].link == link { end += 1 } }
            let inner = runs[index..<end].map { run in
                let marker = (run.strong ? "**" : "") + (run.emphasis ? "*" : "")
                return marker + escape(run.text) + String(marker.reversed())
            }.joined()
            // Parentheses in an address would end it early: written percent-encoded, as browsers read them.
            let address = link.map { $0.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29") }
            out += address.map { "[" + inner + "](" + $0 + ")" } ?? inner
            index = end
        }
        return out
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\*[]".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Whether a closing star of the same width follows (inside the link text, if in one).
    private static func hasPartner(_ characters: [Character], after start: Int, width: Int, before limit: Int?) -> Bool {
        var index = start
        let end = limit ?? characters.count
        while index < end {
            if characters[index] == "\\" { index += 2; continue }
            if characters[index] == "*" {
                let double = index + 1 < end && characters[index + 1] == "*"
                if (width == 2) == double { return true }
                index += double ? 2 : 1
                continue
            }
            index += 1
        }
        return false
    }

    /// For `[` at `start - 1`: the index of the `]` that ends the link text and the address in
    /// the `(…)` right after it, when the brackets make a link.
    private static func linkTarget(_ characters: [Character], from start: Int) -> (Int, String)? {
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 2; continue
            case "[": return nil
            case "]":
                guard index + 1 < characters.count, characters[index + 1] == "(",
                      let close = characters[(index + 2)...].firstIndex(of: ")") else { return nil }
                let address = String(characters[(index + 2)..<close])
                guard !address.isEmpty, !address.contains(where: \.isWhitespace), index > start else { return nil }
                return (index, address)
            default: index += 1
            }
        }
        return nil
    }
}
