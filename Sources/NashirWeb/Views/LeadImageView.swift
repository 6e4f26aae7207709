import NashirDomain
import NashirRoutes

/// An article's lead image as the theme prints it: the widths for `srcset`, the share crop's
/// absolute address, the alt text and the caption line.
struct LeadImageView: Sendable {
    let src: String
    let srcset: String
    let width: Int
    let height: Int
    let alt: String
    let caption: String?
    let credit: String?
    let hasCaption: Bool
    let socialURL: String
    let socialWidth: Int
    let socialHeight: Int

    /// Nil for an image with no responsive rendition (nothing to show).
    init?(_ item: MediaItem, baseURL: BaseURL) {
        // The same widths and caption line as an image inside the body.
        guard let figure = FigureView(item, caption: nil) else { return nil }
        (src, srcset, width, height, alt) = (figure.src, figure.srcset, figure.width, figure.height, figure.alt)
        (caption, credit, hasCaption) = (figure.caption, figure.credit, figure.hasCaption)
        let social = item.social ?? item.responsive[item.responsive.count - 1]
        socialURL = SiteRoute.media(social.path).url(on: baseURL)
        (socialWidth, socialHeight) = (social.width, social.height)
    }
}
