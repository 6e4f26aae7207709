import Foundation

/// What WordPress's post content holds besides HTML: block-editor comments, shortcodes and
/// auto-embedded addresses, turned into plain HTML with the embeds and media pulled out.
///
/// Unknown shortcodes lose their tags and keep what they enclose: a plugin's box or quote
/// still carries copy, while the plugins whose output is not copy (forms, galleries, players)
/// are dropped whole below.
enum WordPressShortcodes {
    /// Shortcodes whose enclosed text is no copy: dropped with everything between their tags.
    static let droppedWhole: Set<String> = ["gallery", "playlist", "audio", "video", "contact-form", "contact-form-7", "wpforms", "ninja_form", "ad", "adsense"]

    /// One shortcode tag as WordPress reads it: `[name attrs]`, `[name attrs /]` or `[/name]`;
    /// `[[name]]` is WordPress's escape for a literal shortcode and is left alone.
    private static let tag = try! NSRegularExpression(pattern: #"\[(/?)([A-Za-z][A-Za-z0-9_-]*)((?:\s+[^\]]*)?)(/?)\]"#)
    private static let blockComment = try! NSRegularExpression(pattern: #"<!--\s*/?wp:[^>]*?-->"#)
    private static let attributeValue = try! NSRegularExpression(pattern: #"(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))"#)

    /// Removes block-editor delimiters (`<!-- wp:paragraph -->`, `<!-- /wp:image -->`) and the
    /// `<!--more-->` and `<!--nextpage-->` markers, which mean nothing outside WordPress.
    static func removingBlockComments(_ html: String) -> String {
        var text = blockComment.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "")
        // A page break splits the post into pages in WordPress; Nashir shows one page.
        text = text.replacingOccurrences(of: "<!--nextpage-->", with: "\n\n").replacingOccurrences(of: "<!--more-->", with: "")
        return text
    }

    /// Whether the post was written in the block editor: WordPress applies its automatic
    /// paragraphs only to content without blocks.
    static func hasBlocks(_ html: String) -> Bool {
        html.contains("<!-- wp:")
    }

    /// The content with shortcodes resolved: `[embed]URL[/embed]` and `[youtube URL]` become a
    /// line holding only the address (which `segments` turns into an embed), `[caption]` keeps
    /// its image and hands its caption to `captions`, galleries and players are dropped (their
    /// ids and sources go to `media`), and other shortcodes lose their tags.
    static func resolve(_ html: String, captions: inout [String], media: inout [String]) -> String {
        let source = html as NSString
        let matches = tag.matches(in: html, range: NSRange(location: 0, length: source.length))
        var output = ""
        var cursor = 0
        var index = 0
        while index < matches.count {
            let match = matches[index]
            let start = match.range.location
            // `[[name]]` is a literal in WordPress.
            if start > 0, source.character(at: start - 1) == 0x5B, match.range.upperBound < source.length, source.character(at: match.range.upperBound) == 0x5D {
                index += 1
                continue
            }
            output += source.substring(with: NSRange(location: cursor, length: start - cursor))
            let closing = source.substring(with: match.range(at: 1)) == "/"
            let name = source.substring(with: match.range(at: 2)).lowercased()
            let attributes = attributes(source.substring(with: match.range(at: 3)))
            let selfClosing = source.substring(with: match.range(at: 4)) == "/"
            cursor = match.range.upperBound
            index += 1
            if closing { continue }
            // The enclosed content, when a closing tag of the same name follows.
            let closeIndex = selfClosing ? nil : matches[index...].firstIndex { other in
                source.substring(with: other.range(at: 1)) == "/" && source.substring(with: other.range(at: 2)).lowercased() == name
            }
            let inner = closeIndex.map { source.substring(with: NSRange(location: cursor, length: matches[$0].range.location - cursor)) }
            switch name {
            case "embed", "youtube", "vimeo", "twitter", "tweet", "instagram":
                let address = (inner ?? attributes["url"] ?? attributes["src"] ?? attributes[""] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                if address.hasPrefix("http") { output += "\n\n" + address + "\n\n" }
            case "caption", "wp_caption":
                let body = inner ?? ""
                let (image, caption) = splitCaption(body)
                if let caption = attributes["caption"] ?? caption, !caption.isEmpty { captions.append(caption) }
                output += image
            case _ where droppedWhole.contains(name):
                if let ids = attributes["ids"] { media.append(contentsOf: ids.split(separator: ",").map { "id:" + $0.trimmingCharacters(in: .whitespaces) }) }
                for key in ["src", "mp4", "mp3", "url"] { if let src = attributes[key] { media.append(src) } }
            default:
                if let inner { output += resolve(inner, captions: &captions, media: &media) }
            }
            if let closeIndex {
                cursor = matches[closeIndex].range.upperBound
                index = closeIndex + 1
            }
        }
        output += source.substring(from: cursor)
        return output
    }

    /// `[caption]<a><img></a> The caption[/caption]`: the image markup, and the text after it.
    private static func splitCaption(_ body: String) -> (image: String, caption: String?) {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let end: String.Index? = if let anchor = trimmed.range(of: "</a>", options: .caseInsensitive) {
            anchor.upperBound
        } else if let image = trimmed.range(of: "<img", options: .caseInsensitive), let close = trimmed[image.upperBound...].firstIndex(of: ">") {
            trimmed.index(after: close)
        } else { nil }
        guard let end else { return ("", trimmed.isEmpty ? nil : trimmed) }
        let caption = trimmed[end...].trimmingCharacters(in: .whitespacesAndNewlines)
        return (String(trimmed[..<end]), caption.isEmpty ? nil : caption)
    }

    /// A shortcode's attributes by name; a bare value (`[youtube https://…]`) under "".
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text.trimmingCharacters(in: .whitespaces)
        // `[youtube https://www.youtube.com/watch?v=…]`: the address, whose query is no attribute.
        if rest.hasPrefix("http") {
            let address = rest.prefix { !$0.isWhitespace }
            result[""] = String(address)
            rest = String(rest.dropFirst(address.count))
        }
        let source = rest as NSString
        let text = rest
        for match in attributeValue.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let name = source.substring(with: match.range(at: 1)).lowercased()
            let value = (2...4).lazy.compactMap { match.range(at: $0).location == NSNotFound ? nil : source.substring(with: match.range(at: $0)) }.first ?? ""
            result[name] = value
            rest = rest.replacingOccurrences(of: source.substring(with: match.range), with: "")
        }
        let bare = rest.trimmingCharacters(in: .whitespaces)
        if !bare.isEmpty, result[""] == nil { result[""] = bare }
        return result
    }
}
