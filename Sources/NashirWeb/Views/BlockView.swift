import NashirDomain
import NashirRoutes

/// One body block as the theme prints it: a flag per kind, and its text already escaped with
/// Latin runs isolated (`html`, `sourceHTML`, `itemsHTML` are printed raw).
struct BlockView: Sendable {
    var isParagraph = false, isSubheading = false, isQuote = false, isList = false, isOrdered = false, isImage = false, isEmbed = false, isDivider = false
    var html = ""
    var sourceHTML: String?
    var itemsHTML: [String] = []
    var image: FigureView?
    var url: String?

    /// Nil for an image block whose upload is gone: better no figure than a broken one.
    init?(_ block: Block, media: [MediaID: MediaItem]) {
        switch block {
        case .paragraph(let text): isParagraph = true; html = HTMLText.rich(text)
        case .subheading(let text): isSubheading = true; html = HTMLText.isolatingLatin(text)
        case .quote(let text, let source):
            isQuote = true
            html = HTMLText.rich(text)
            sourceHTML = source.map(HTMLText.isolatingLatin)
        case .list(let items, let ordered):
            isList = true
            isOrdered = ordered
            itemsHTML = items.map(HTMLText.rich)
        case .image(let id, let caption):
            guard let item = media[id], let figure = FigureView(item, caption: caption) else { return nil }
            isImage = true
            image = figure
        case .embed(let address):
            isEmbed = true
            url = address
        case .divider: isDivider = true
        }
    }
}

/// An uploaded image inside the body: the widths for `srcset`, alt text and caption.
struct FigureView: Sendable {
    let src: String
    let srcset: String
    let width: Int
    let height: Int
    let alt: String
    let caption: String?
    let credit: String?
    let hasCaption: Bool

    init?(_ item: MediaItem, caption: String?) {
        let widths = item.responsive
        guard let largest = widths.last else { return nil }
        src = SiteRoute.media(widths[widths.count / 2].path).path
        srcset = widths.map { "\(SiteRoute.media($0.path).path) \($0.width)w" }.joined(separator: ", ")
        (width, height) = (largest.width, largest.height)
        alt = item.alt
        self.caption = caption ?? item.caption
        credit = item.credit
        hasCaption = self.caption != nil || credit != nil
    }
}
