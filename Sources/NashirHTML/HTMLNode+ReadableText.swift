extension HTMLNode {
    /// Elements whose content is never shown as text.
    static let unreadable: Set<String> = ["head", "script", "style", "template", "noscript"]
    /// Elements that start a new line when a page is read.
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "nav",
        "aside", "section", "article", "blockquote", "figure", "figcaption", "form", "table", "tr", "br", "hr",
        "button", "label", "time", "dt", "dd",
    ]

    /// The text a reader meets, in document order: one line per block, whitespace collapsed,
    /// scripts, styles and the head left out.
    public var readableText: [String] {
        var lines: [String] = []
        var current = ""
        func breakLine() {
            let line = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !line.isEmpty { lines.append(line) }
            current = ""
        }
        func walk(_ node: HTMLNode) {
            switch node {
            case .text(let text):
                current += text
            case .element(let name, _, let children):
                if Self.unreadable.contains(name) { return }
                let isBlock = Self.blocks.contains(name)
                if isBlock { breakLine() }
                children.forEach(walk)
                if isBlock { breakLine() }
            }
        }
        walk(self)
        breakLine()
        return lines
    }
}
