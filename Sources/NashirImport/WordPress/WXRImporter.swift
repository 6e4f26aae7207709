import Foundation
import NashirDomain

extension ImportFormat {
    /// A WordPress export (WXR 1.0–1.2, Tools → Export).
    public static let wxr = ImportFormat(name: "wxr")
}

/// Reads a WordPress export into drafts: posts with their status, dates, author, categories
/// (the first, or the SEO plugin's primary, is the section), tags, slug and body; pages,
/// attachments and other post types are reported, attachments and pictures listed for the
/// media desk. Each post's origin is (the site's address, its WordPress id), so importing a
/// newer export of the same site updates the stories instead of duplicating them.
public struct WXRImporter: ArticleImporter {
    /// The zone for posts whose export gives only local times, when no post of the file shows
    /// the site's offset (WXR does not name the zone).
    public var fallbackTimeZone: TimeZone

    public init(fallbackTimeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
        self.fallbackTimeZone = fallbackTimeZone
    }

    public var format: ImportFormat { .wxr }

    /// The WXR namespace near the top of an XML file.
    public func sniff(path: String, text: String) -> Bool {
        let head = text.utf8.prefix(8192)
        return head.firstRange(of: "xmlns:wp=\"http://wordpress.org/export/".utf8) != nil
            || head.firstRange(of: "<wp:wxr_version>".utf8) != nil
    }

    public func read(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        let document = try WXRReader.read(text, file: file)
        return try WXRMapping(document: document, file: file, fallbackTimeZone: fallbackTimeZone).batch()
    }
}
