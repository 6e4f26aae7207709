import ArabicText
import NashirDomain
import NashirHTML

/// The article model's blocks read from HTML that feeds, saved pages and WordPress carry:
/// paragraphs with their emphasis and safe links, subheadings, quotes and lists. Nothing of the
/// markup survives in the text; what the model cannot hold (scripts, forms, pictures not yet in
/// the media library) is left out, and pictures' addresses are reported for a later copy.
public struct HTMLBody: Sendable, Equatable {
    public var blocks: [Block]
    /// Addresses of the pictures the HTML showed, in order, without repeats.
    public var imageSources: [String]

    public init(blocks: [Block], imageSources: [String]) {
        self.blocks = blocks
        self.imageSources = imageSources
    }
}

/// Maps HTML to `HTMLBody`; see `HTMLBlockBuilder` for the rules element by element.
public enum HTMLBlocks {
    /// The blocks of an HTML fragment or document; plain text without tags gives paragraphs
    /// split on blank lines.
    public static func body(fromHTML html: String) -> HTMLBody {
        guard let root = HTMLParser.parse(html) else { return HTMLBody(blocks: [], imageSources: []) }
        var body = body(from: root)
        // Markup escaped twice ("&lt;p&gt;") reads as text with tags in it: parse it once more.
        if body.blocks.contains(where: { looksLikeMarkup($0.text) }) {
            let text = body.blocks.map(\.text).joined(separator: "\n\n")
            if let again = HTMLParser.parse(text) {
                let second = Self.body(from: again)
                body = HTMLBody(blocks: second.blocks, imageSources: body.imageSources + second.imageSources.filter { !body.imageSources.contains($0) })
            }
        }
        return body
    }

    /// The blocks below an already parsed node.
    public static func body(from node: HTMLNode) -> HTMLBody {
        var builder = HTMLBlockBuilder()
        builder.add(node)
        return builder.finish()
    }

    /// The text of an HTML fragment on one line, for headlines, bylines and summaries.
    public static func plainText(fromHTML html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return ArabicTextCleanup.cleaned(html) }
        guard let root = HTMLParser.parse("<p>" + html + "</p>") else { return ArabicTextCleanup.cleaned(html) }
        let text = root.elements(named: "body").first.map(visibleText) ?? visibleText(root)
        let cleaned = ArabicTextCleanup.cleaned(text)
        return looksLikeMarkup(cleaned) ? plainText(fromHTML: cleaned) : cleaned
    }

    private static func visibleText(_ node: HTMLNode) -> String {
        switch node {
        case .text(let text): return text
        case .element(let name, _, let children):
            if HTMLBlockBuilder.dropped.contains(name) { return "" }
            // A line break or a block between words still parts them.
            if name == "br" { return " " }
            let inner = children.map(visibleText).joined()
            return HTMLBlockBuilder.breaking.contains(name) ? " " + inner + " " : inner
        }
    }

    /// Whether text still holds something a browser would read as a tag.
    static func looksLikeMarkup(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "<") else { return false }
        let after = text[text.index(after: open)...]
        guard let first = after.first, first.isASCII, first.isLetter || first == "/" || first == "!" else { return false }
        let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" || $0 == "-") }
        return after.contains(">") && (HTMLBlockBuilder.knownTags.contains(name.lowercased().trimmingPrefix("/").description) || name.hasPrefix("!--"))
    }
}
