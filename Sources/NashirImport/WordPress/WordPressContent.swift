import Foundation
import NashirDomain

/// A post's `content:encoded` as Nashir's body blocks: block-editor comments and shortcodes
/// resolved (`WordPressShortcodes`), WordPress's automatic paragraphs applied to classic posts
/// (`WordPressAutop`), addresses alone on a line made embeds (WordPress's auto-embeds), and
/// the rest through the shared HTML mapper. Pictures are reported, not kept: they enter the
/// body once the media desk has copied them.
struct WordPressBody: Sendable, Equatable {
    var blocks: [Block] = []
    /// Addresses of pictures in the text, and of gallery and player files.
    var images: [String] = []
    var gallery: [String] = []
    /// Captions of `[caption]` shortcodes, in order.
    var captions: [String] = []
}

enum WordPressContent {
    /// A line holding only a web address: what WordPress turns into an embed.
    private static let addressLine = try! NSRegularExpression(pattern: #"^[ \t]*(?:<p>)?[ \t]*(https?://[^\s<>"']+)[ \t]*(?:</p>)?[ \t]*$"#, options: .anchorsMatchLines)

    static func body(of content: String) -> WordPressBody {
        var body = WordPressBody()
        let classic = !WordPressShortcodes.hasBlocks(content)
        var text = WordPressShortcodes.removingBlockComments(content)
        text = WordPressShortcodes.resolve(text, captions: &body.captions, media: &body.gallery)
        for segment in segments(text) {
            switch segment {
            case .embed(let url):
                body.blocks.append(.embed(url: url))
            case .html(let html):
                let mapped = HTMLBlocks.body(fromHTML: citationsAsSources(classic ? WordPressAutop.apply(html) : html))
                body.blocks += mapped.blocks
                body.images += mapped.imageSources.filter { !body.images.contains($0) }
            }
        }
        return body
    }

    /// WordPress's quote block names its source in a `<cite>` closing the quote; the shared
    /// mapper reads a quote's source from a `<footer>`, as HTML5 writes it.
    private static let closingCitation = try! NSRegularExpression(pattern: #"<cite>(.*?)</cite>\s*</blockquote>"#, options: [.caseInsensitive, .dotMatchesLineSeparators])

    static func citationsAsSources(_ html: String) -> String {
        closingCitation.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "<footer>$1</footer></blockquote>")
    }

    enum Segment: Equatable {
        case html(String)
        case embed(String)
    }

    /// The text cut at every line that holds only an address.
    static func segments(_ text: String) -> [Segment] {
        let source = text as NSString
        var result: [Segment] = []
        var cursor = 0
        for match in addressLine.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let before = source.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            if !before.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append(.html(before)) }
            result.append(.embed(source.substring(with: match.range(at: 1))))
            cursor = match.range.upperBound
        }
        let rest = source.substring(from: cursor)
        if !rest.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append(.html(rest)) }
        return result
    }
}
