import Foundation
import ArabicText
import NashirDomain
import NashirHTML

/// Walks an HTML tree once, collecting inline runs into the block being built and closing it at
/// every block boundary, so loose text between block elements still becomes paragraphs.
struct HTMLBlockBuilder {
    /// Elements whose content is never copy.
    static let dropped: Set<String> = [
        "head", "script", "style", "template", "noscript", "form", "button", "input", "select", "textarea",
        "svg", "canvas", "object", "map", "nav", "iframe", "video", "audio", "picture", "figcaption", "math",
    ]
    /// Elements that end the paragraph before them and start a new one after.
    static let breaking: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "center", "address",
        "br", "hr", "table", "tbody", "thead", "tfoot", "caption", "dl", "dt", "dd", "pre", "details", "summary", "body", "html",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Every tag name the builder knows, for spotting markup left in text.
    static let knownTags: Set<String> = dropped.union(breaking).union(headings).union([
        "a", "b", "strong", "i", "em", "u", "span", "font", "img", "ul", "ol", "li", "blockquote", "q", "small", "sub", "sup",
        "tr", "td", "th", "cite", "abbr", "mark", "time", "code",
    ])

    private var blocks: [Block] = []
    private var images: [String] = []
    private var runs: [TextRun] = []
    private var emphasis = 0
    private var strong = 0
    private var links: [String?] = []

    mutating func add(_ node: HTMLNode) {
        switch node {
        case .text(let text):
            append(text)
        case .element(let name, let attributes, let children):
            element(name, attributes, children)
        }
    }

    mutating func finish() -> HTMLBody {
        closeParagraph()
        if blocks.last == .divider { blocks.removeLast() }
        return HTMLBody(blocks: blocks, imageSources: images)
    }

    // MARK: - Elements

    private mutating func element(_ name: String, _ attributes: [String: String], _ children: [HTMLNode]) {
        if name == "img" {
            if let source = attributes["src"] ?? attributes["data-src"], !source.isEmpty, !images.contains(source) { images.append(source) }
            return
        }
        if name == "iframe", let source = attributes["src"], TextRun.isAllowedLink(source), source.lowercased().hasPrefix("http") {
            closeParagraph()
            blocks.append(.embed(url: source))
            return
        }
        if Self.dropped.contains(name) {
            // A picture's address still matters when the element holding it is dropped.
            for child in children { collectImages(child) }
            return
        }
        if Self.headings.contains(name) {
            closeParagraph()
            let text = ArabicTextCleanup.cleaned(HTMLNode.element(name: name, attributes: attributes, children: children).text)
            if !text.isEmpty { blocks.append(.subheading(text)) }
            return
        }
        switch name {
        case "hr":
            // A rule between parts of the copy; one over nothing, or over another, draws nothing.
            closeParagraph()
            if let last = blocks.last, last != .divider { blocks.append(.divider) }
        case "ul", "ol":
            list(children, ordered: name == "ol")
        case "blockquote":
            quote(attributes, children)
        case "tr":
            // A table row reads as one line, its cells apart.
            closeParagraph()
            let cells = children.filter { $0.name == "td" || $0.name == "th" }.map { ArabicTextCleanup.cleaned($0.text) }.filter { !$0.isEmpty }
            if !cells.isEmpty { blocks.append(.plainParagraph(cells.joined(separator: " – "))) }
        case "a":
            let target = attributes["href"].map { $0.trimmingCharacters(in: .whitespaces) }
            links.append(target.flatMap { TextRun.isAllowedLink($0) ? $0 : nil })
            children.forEach { add($0) }
            links.removeLast()
        case "em", "i", "cite":
            emphasis += 1
            children.forEach { add($0) }
            emphasis -= 1
        case "strong", "b":
            strong += 1
            children.forEach { add($0) }
            strong -= 1
        default:
            let breaks = Self.breaking.contains(name)
            if breaks { closeParagraph() }
            children.forEach { add($0) }
            if breaks { closeParagraph() }
        }
    }

    private mutating func list(_ children: [HTMLNode], ordered: Bool) {
        closeParagraph()
        var items: [RichText] = []
        for item in children where item.name == "li" {
            var inner = HTMLBlockBuilder()
            inner.links = links
            for child in item.children { inner.add(child) }
            let body = inner.finish()
            images += body.imageSources.filter { !images.contains($0) }
            // Nested lists and paragraphs inside an item join into the item's one line.
            let text = RichText(runs: body.blocks.flatMap { block -> [TextRun] in
                switch block {
                case .paragraph(let rich), .quote(let rich, _): rich.runs + [TextRun(" ")]
                case .list(let nested, _): nested.flatMap { $0.runs + [TextRun(" ")] }
                default: [TextRun(block.text + " ")]
                }
            }).trimmed()
            if !text.plain.isEmpty { items.append(text) }
        }
        if !items.isEmpty { blocks.append(.list(items, ordered: ordered)) }
    }

    private mutating func quote(_ attributes: [String: String], _ children: [HTMLNode]) {
        closeParagraph()
        let node = HTMLNode.element(name: "blockquote", attributes: attributes, children: children)
        // A pasted post embed is a quote of its text plus a link to it: keep the link, as an embed.
        let classes = (attributes["class"] ?? "").lowercased()
        if classes.contains("twitter-tweet") || classes.contains("instagram-media") || classes.contains("tiktok-embed"),
           let link = node.elements(named: "a").compactMap({ $0["href"] }).last(where: { TextRun.isAllowedLink($0) && $0.hasPrefix("http") }) {
            blocks.append(.embed(url: link))
            return
        }
        var inner = HTMLBlockBuilder()
        for child in children where child.name != "footer" { inner.add(child) }
        let body = inner.finish()
        let source = node.elements(named: "footer").first.map { ArabicTextCleanup.cleaned($0.text) }
            .map { String($0.drop { $0 == "—" || $0 == "-" || $0 == " " }) }.flatMap { $0.isEmpty ? nil : $0 }
        let runs = body.blocks.enumerated().flatMap { index, block -> [TextRun] in
            let separator = index == 0 ? [] : [TextRun(" ")]
            if case .paragraph(let rich) = block { return separator + rich.runs }
            return separator + [TextRun(block.text)]
        }
        let text = RichText(runs: runs).trimmed()
        if !text.plain.isEmpty { blocks.append(.quote(text, source: source)) }
    }

    private mutating func collectImages(_ node: HTMLNode) {
        if node.name == "img", let source = node["src"] ?? node["data-src"], !source.isEmpty, !images.contains(source) { images.append(source) }
        if node.name == "source", let set = node["srcset"], let first = set.split(separator: " ").first.map(String.init), !images.contains(first) { images.append(first) }
        node.children.forEach { collectImages($0) }
    }

    // MARK: - Text

    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        let run = TextRun(text, emphasis: emphasis > 0, strong: strong > 0, link: links.last ?? nil)
        runs.append(run)
    }

    /// Ends the paragraph being built: spaces collapsed across runs, invisible marks out, and
    /// nothing kept when only spaces remain.
    private mutating func closeParagraph() {
        defer { runs.removeAll() }
        var cleaned: [TextRun] = []
        var lastWasSpace = true
        for var run in runs {
            var text = ""
            for character in ArabicTextCleanup.removingInvisibles(run.text) {
                if character.isWhitespace {
                    if !lastWasSpace { text.append(" ") }
                    lastWasSpace = true
                } else {
                    text.append(character)
                    lastWasSpace = false
                }
            }
            run.text = text
            cleaned.append(run)
        }
        let paragraph = RichText(runs: cleaned).trimmed()
        if !paragraph.plain.isEmpty { blocks.append(.paragraph(paragraph)) }
    }
}
