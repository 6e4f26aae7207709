import Foundation
import NashirHTML

/// Finds a page's article copy by boilerplate removal: paragraphs score the containers above
/// them (more for long text with commas, nothing when mostly links), containers are weighed by
/// their link density and their theme's words for them, the best one wins with the siblings
/// that belong to it, and the widgets inside it are cut out.
struct MainTextExtractor {
    /// Shortest run of text that counts as a paragraph when scoring.
    static let minParagraph = 25
    /// Elements whose own text is a paragraph of copy when long enough.
    static let paragraphLike: Set<String> = ["p", "pre", "blockquote", "td", "dd", "li", "div", "section", "article", "font", "span", "center"]
    /// Removed wherever they are inside the copy: the headline is read apart, and the rest is
    /// furniture around the story.
    static let furniture: Set<String> = ["h1", "nav", "aside", "footer", "form", "figure", "figcaption", "header", "menu", "label", "fieldset"]

    /// One candidate container and what it scored, for tests and tuning.
    struct Candidate {
        var index: Int
        var score: Double
    }

    let tree: PageTree

    init(page root: HTMLNode) {
        tree = PageTree(root)
    }

    /// The copy as one element holding the winning container's content and its kin, widgets
    /// removed; nil when the page has no paragraph of text anywhere.
    func mainContent() -> HTMLNode? {
        let ranked = candidates()
        guard let best = ranked.first else { return nil }
        let parts = withSiblings(of: best, scores: Dictionary(uniqueKeysWithValues: ranked.map { ($0.index, $0.score) }))
        let kept = parts.compactMap { prune($0) }
        guard !kept.isEmpty else { return nil }
        return .element(name: "div", attributes: [:], children: kept)
    }

    /// Containers by score, best first.
    func candidates() -> [Candidate] {
        var scores: [Int: Double] = [:]
        for (index, element) in tree.elements.enumerated() {
            guard Self.paragraphLike.contains(element.name), element.ownText.count >= Self.minParagraph,
                  element.ownLinkDensity < 0.5 else { continue }
            let length = Double(element.ownText.count)
            // Prose has commas and runs long; menus and link lists have neither.
            let points = (1 + Double(element.commas) + min(length / 100, 3)) * (1 - element.ownLinkDensity)
            // A paragraph's own container gets it whole; a bare text run (a div's own text) also
            // scores that div, since such sites put copy straight into it.
            let holders: [Int] = ["p", "pre", "blockquote", "td", "dd", "li", "font", "span", "center"].contains(element.name)
                ? Array(tree.ancestors(of: index).prefix(4)) : [index] + Array(tree.ancestors(of: index).prefix(3))
            for (level, holder) in holders.enumerated() {
                scores[holder, default: 0] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
            }
        }
        var ranked: [Candidate] = []
        for (index, raw) in scores {
            let element = tree.elements[index]
            guard !["body", "html"].contains(element.name) else { continue }
            var score = raw + 25 * Double(ThemeVocabulary.weight(element.signature)) + tagBonus(element)
            score *= 1 - element.linkDensity
            ranked.append(Candidate(index: index, score: score))
        }
        return ranked.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    }

    private func tagBonus(_ element: PageTree.Element) -> Double {
        if element.node["itemprop"] == "articleBody" { return 40 }
        switch element.name {
        case "article": return 15
        case "main": return 5
        case "div", "section": return 3
        case "pre", "td", "blockquote": return 1
        case "li", "ol", "ul", "dl", "dd", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header", "footer", "nav", "aside": return -5
        default: return 0
        }
    }

    /// The winner and those of its siblings that continue the copy: scored containers close to
    /// its score, and paragraphs of prose that sit beside it.
    private func withSiblings(of best: Candidate, scores: [Int: Double]) -> [HTMLNode] {
        guard let parent = tree.elements[best.index].parent else { return [tree.elements[best.index].node] }
        let threshold = max(10, best.score * 0.2)
        var parts: [HTMLNode] = []
        for sibling in tree.children[parent] {
            let element = tree.elements[sibling]
            if sibling == best.index {
                parts.append(element.node)
            } else if ThemeVocabulary.isChrome(element.signature) || Self.furniture.contains(element.name) {
                continue
            } else if let score = scores[sibling], score >= threshold, element.linkDensity < 0.3 {
                parts.append(element.node)
            } else if element.name == "p", element.linkDensity < 0.25,
                      element.ownText.count > 80 || (element.ownText.count > 0 && element.linkDensity == 0 && Self.endsSentence(element.ownText)) {
                parts.append(element.node)
            }
        }
        return parts
    }

    /// `node` without the furniture and widgets inside it; nil when nothing is left.
    func prune(_ node: HTMLNode) -> HTMLNode? {
        guard case .element(let name, let attributes, let nodes) = node else { return node }
        if PageTree.invisible.contains(name) || PageTree.isHidden(node) || Self.furniture.contains(name) { return nil }
        let signature = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        if ThemeVocabulary.isChrome(signature) { return nil }
        let isBlock = !PageTree.inline.contains(name)
        if isBlock, Self.isLinkList(node) { return nil }
        let kept = nodes.compactMap { prune($0) }
        if isBlock, name != "br", kept.isEmpty { return nil }
        return .element(name: name, attributes: attributes, children: kept)
    }

    /// A block of mostly links (a menu, a «read also» list): at least half its text is linked.
    static func isLinkList(_ node: HTMLNode) -> Bool {
        let total = PageTree.collapse(node.text).trimmingCharacters(in: .whitespaces).count
        guard total > 0 else { return false }
        let linked = node.elements(named: "a").reduce(0) { $0 + PageTree.collapse($1.text).trimmingCharacters(in: .whitespaces).count }
        return Double(linked) / Double(total) > 0.5
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).last else { return false }
        return ".!?؟:\"»”)".contains(last)
    }
}
