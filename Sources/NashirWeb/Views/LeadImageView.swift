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
        let widths = item.responsive
        guard let largest = widths.last else { return nil }
        // The middle width is a sensible default for browsers that ignore srcset.
        let fallback = widths[widths.count / 2]
        src = SiteRoute.media(fallback.path).path
        srcset = widths.map { "\(SiteRoute.media($0.path).path) \($0.width)w" }.joined(separator: ", ")
        (width, height) = (largest.width, largest.height)
        alt = item.alt
        caption = item.caption
        credit = item.credit
        hasCaption = item.caption != nil || item.credit != nil
        let social = item.social ?? largest
        socialURL = SiteRoute.media(social.path).url(on: baseURL)
        (socialWidth, socialHeight) = (social.width, social.height)
    }
}

extension Optional {
    /// `flatMap` with an async transform.
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Optional {
    /// The value, or what `fallback` finds when there is none.
    func asyncOr(_ fallback: () async throws -> Wrapped?) async rethrows -> Wrapped? {
        if let self { return self }
        return try await fallback()
    }
}
