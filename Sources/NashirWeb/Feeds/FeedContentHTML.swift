import Foundation
import NashirDomain
import NashirRoutes

/// An article's story as one HTML fragment for feed readers: the lead image, the dateline and
/// the body, from the same escaped pieces the page prints, with every address absolute
/// (a feed reader has no page to resolve `/media/…` against).
enum FeedContentHTML {
    static func html(_ article: Article, media: [MediaID: MediaItem], baseURL: BaseURL) -> String {
        let content = article.content
        var html = ""
        if let lead = content.leadImage.flatMap({ media[$0] }), let figure = FigureView(lead, caption: nil) {
            html += self.figure(figure)
        }
        if let dateline = content.dateline {
            let words = [dateline.place.map(HTMLText.escape), dateline.source.map(HTMLText.isolatingLatin)].compactMap { $0 }
            if !words.isEmpty { html += "<p><strong>" + words.joined(separator: " – ") + ":</strong></p>" }
        }
        for block in content.body {
            guard let view = BlockView(block, media: media) else { continue }
            if view.isParagraph { html += "<p>" + view.html + "</p>" }
            if view.isSubheading { html += "<h2>" + view.html + "</h2>" }
            if view.isQuote { html += "<blockquote><p>" + view.html + "</p>" + (view.sourceHTML.map { "<p>— " + $0 + "</p>" } ?? "") + "</blockquote>" }
            if view.isList {
                let tag = view.isOrdered ? "ol" : "ul"
                html += "<\(tag)>" + view.itemsHTML.map { "<li>" + $0 + "</li>" }.joined() + "</\(tag)>"
            }
            if let image = view.image { html += figure(image) }
            if view.isEmbed, let url = view.url {
                let escaped = HTMLText.escape(url)
                html += "<p><a href=\"\(escaped)\">\(escaped)</a></p>"
            }
            if view.isDivider { html += "<hr>" }
        }
        // Links an editor made to the site's own pages are written as paths.
        return html.replacingOccurrences(of: "href=\"/", with: "href=\"\(baseURL.origin)/")
            .replacingOccurrences(of: "src=\"/", with: "src=\"\(baseURL.origin)/")
    }

    private static func figure(_ figure: FigureView) -> String {
        var html = "<figure><img src=\"\(HTMLText.escape(figure.src))\" width=\"\(figure.width)\" height=\"\(figure.height)\" alt=\"\(HTMLText.escape(figure.alt))\">"
        let caption = [figure.caption, figure.credit].compactMap { $0 }.map(HTMLText.escape).joined(separator: " — ")
        if !caption.isEmpty { html += "<figcaption>" + caption + "</figcaption>" }
        return html + "</figure>"
    }
}
