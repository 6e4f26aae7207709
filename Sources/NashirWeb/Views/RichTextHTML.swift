import NashirDomain

extension HTMLText {
    /// Escaped HTML of text with inline marks: `<strong>`, `<em>` and links, Latin runs in `<bdi>`.
    /// Links leaving the site get `rel="noopener nofollow"` (an editor's link is not an ad
    /// the site vouches for); one that validation should have refused is printed as plain words.
    static func rich(_ text: RichText) -> String {
        if text.isPlain { return isolatingLatin(text.plain) }
        var html = ""
        for run in text.runs {
            var piece = isolatingLatin(run.text)
            if run.emphasis { piece = "<em>" + piece + "</em>" }
            if run.strong { piece = "<strong>" + piece + "</strong>" }
            if let link = run.link, TextRun.isAllowedLink(link) {
                let external = !link.hasPrefix("/")
                piece = "<a href=\"" + escape(link) + "\"" + (external ? " rel=\"noopener nofollow\"" : "") + ">" + piece + "</a>"
            }
            html += piece
        }
        return html
    }
}
