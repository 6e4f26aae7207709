import Foundation
import NashirHTML

/// A page's elements in document order with their parents and text measures, so boilerplate
/// removal can score containers from the paragraphs below them and walk back up.
struct PageTree {
    struct Element {
        var node: HTMLNode
        var parent: Int?
        var depth: Int
        /// Visible text below, whitespace collapsed, in characters.
        var textLength = 0
        /// The part of `textLength` inside links.
        var linkTextLength = 0
        /// Text in this element's own runs (text children and inline children), not in nested blocks.
        var ownText = ""
        var ownLinkTextLength = 0
        var commas = 0

        var name: String { node.name ?? "" }
        var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }
        var ownLinkDensity: Double { ownText.isEmpty ? 0 : Double(ownLinkTextLength) / Double(ownText.count) }
        /// `class` and `id` together, lowercased, for the vocabulary of themes.
        var signature: String { ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased() }
    }

    private(set) var elements: [Element] = []
    private(set) var children: [[Int]] = []

    /// Elements that inline their text into the block around them.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "big", "strike", "tt", "nobr",
    ]
    /// Never shown as text, or controls rather than copy.
    static let invisible: Set<String> = [
        "head", "script", "style", "template", "noscript", "iframe", "svg", "canvas", "object", "embed", "video",
        "audio", "map", "button", "select", "input", "textarea", "option", "link", "meta", "title",
    ]

    init(_ root: HTMLNode) {
        _ = add(root, parent: nil, depth: 0, inLink: false)
    }

    /// Adds `node` and its subtree; returns its index, or nil for text and invisible elements.
    private mutating func add(_ node: HTMLNode, parent: Int?, depth: Int, inLink: Bool) -> Int? {
        guard case .element(let name, _, let nodes) = node, !Self.invisible.contains(name), !Self.isHidden(node) else { return nil }
        let index = elements.count
        elements.append(Element(node: node, parent: parent, depth: depth))
        children.append([])
        let linked = inLink || name == "a"
        var own = ""
        var ownLink = 0
        var total = 0
        var linkTotal = 0
        for child in nodes {
            switch child {
            case .text(let text):
                let collapsed = Self.collapse(text)
                own += collapsed
                total += collapsed.count
                if linked { ownLink += collapsed.count; linkTotal += collapsed.count }
            case .element(let childName, _, _):
                guard let childIndex = add(child, parent: index, depth: depth + 1, inLink: linked) else { continue }
                children[index].append(childIndex)
                let measured = elements[childIndex]
                total += measured.textLength
                linkTotal += measured.linkTextLength
                if Self.inline.contains(childName) {
                    own += childName == "br" ? " " : measured.ownText
                    ownLink += measured.ownLinkTextLength
                }
            }
        }
        elements[index].textLength = total
        elements[index].linkTextLength = linkTotal
        elements[index].ownText = Self.collapse(own).trimmingCharacters(in: .whitespaces)
        elements[index].ownLinkTextLength = min(ownLink, elements[index].ownText.count)
        elements[index].commas = elements[index].ownText.reduce(0) { $0 + ($1 == "،" || $1 == "," ? 1 : 0) }
        return index
    }

    /// Inline styles and attributes that keep an element off the screen.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node["hidden"] != nil || node["aria-hidden"] == "true" { return true }
        let style = (node["style"] ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        var space = false
        for character in text {
            if character.isWhitespace {
                space = true
            } else {
                if space { result.append(" ") }
                space = false
                result.append(character)
            }
        }
        if space { result.append(" ") }
        return result
    }

    func ancestors(of index: Int) -> some Sequence<Int> {
        sequence(first: index) { elements[$0].parent }.dropFirst()
    }

    /// The first element named `name` (e.g. `body`), or the root.
    func first(named name: String) -> Int {
        elements.firstIndex { $0.name == name } ?? 0
    }
}
