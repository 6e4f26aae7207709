import Foundation
import NashirDomain
import NashirHTML

/// Feed text into the article model: HTML through the shared `HTMLBlocks` mapper, so entities
/// are decoded and no markup is left in the text, plus the cleanup feeds need.
enum FeedTextMapping {
    /// One line of plain text (a headline, a name), whatever form the feed gave it in.
    static func line(_ text: FeedText) -> String {
        switch text {
        case .plain(let text): line(text)
        case .html(let html): HTMLBlocks.plainText(fromHTML: html)
        case .markup(let node): TextCleaning.line(node.text)
        }
    }

    /// One line of text that may carry escaped markup or entities (RSS titles often do).
    static func line(_ text: String) -> String {
        text.contains("<") || text.contains("&") ? HTMLBlocks.plainText(fromHTML: text) : TextCleaning.line(text)
    }

    static func body(_ text: FeedText?) -> HTMLBody {
        var body: HTMLBody
        switch text {
        case nil: return HTMLBody(blocks: [], imageSources: [])
        case .plain(let text)?: body = HTMLBody(blocks: TextCleaning.paragraphs(text).map(Block.plainParagraph), imageSources: [])
        case .html(let html)? where !html.contains("<"):
            // Text without tags, perhaps with entities: its blank lines part paragraphs, which
            // HTML would fold into one.
            let paragraphs = TextCleaning.paragraphs(html).map { HTMLBlocks.plainText(fromHTML: $0) }.filter { !$0.isEmpty }
            body = HTMLBody(blocks: paragraphs.map(Block.plainParagraph), imageSources: [])
        case .html(let html)?: body = HTMLBlocks.body(fromHTML: html)
        case .markup(let node)?: body = HTMLBlocks.body(from: node)
        }
        if let last = body.blocks.last, case .paragraph(let text) = last, text.isPlain, let kept = withoutFooter(text.plain) {
            body.blocks.removeLast()
            if !kept.isEmpty { body.blocks.append(.plainParagraph(kept)) }
        }
        return body
    }

    /// A description as a one-line summary, without a publisher's footer.
    static func summary(_ text: FeedText) -> String {
        let plain = line(text)
        return withoutFooter(plain) ?? plain
    }

    /// WordPress feeds (Yoast SEO's default) end each item with «The post X appeared first on
    /// Y.» or its Arabic «ظهرت المقالة X أولاً على Y»: the text before it, or nil when there is none.
    static func withoutFooter(_ text: String) -> String? {
        let patterns = [#"\s*The post .+ appeared first on .+$"#, #"\s*(ظهرت المقالة|ظهر المقال) .+ (أولاً|أولا) على .+$"#]
        for pattern in patterns {
            if let range = text.range(of: pattern, options: .regularExpression) {
                var kept = String(text[..<range.lowerBound])
                // The excerpt's «[…]» before the footer says the text was cut: an ellipsis says it in prose.
                if kept.hasSuffix("[…]") || kept.hasSuffix("[...]") {
                    kept = kept.replacingOccurrences(of: #"\s*\[(…|\.\.\.)\]$"#, with: "…", options: .regularExpression)
                }
                return kept.trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// Labels agencies and sites use for breaking news.
    static func isUrgentMark(_ label: String) -> Bool {
        ["عاجل", "خبر عاجل", "أخبار عاجلة", "urgent", "breaking", "breaking news"].contains(label.lowercased())
    }

    /// «عاجل: …» or «عاجل | …»: the headline without the mark, which the site shows by itself.
    static func withoutUrgentMark(_ headline: String) -> String? {
        guard let range = headline.range(of: #"^(عاجل|خبر عاجل)\s*[:|\-–—،]\s*"#, options: .regularExpression) else { return nil }
        let rest = String(headline[range.upperBound...])
        return rest.isEmpty ? nil : rest
    }
}
