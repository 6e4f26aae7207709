import Foundation
import NashirHTML

/// The headline a reader sees on a page: its h1 when one matches what the metadata calls the
/// article, else the metadata's title with the site's name cut off («… - الجزيرة نت»).
enum PageHeadline {
    /// Separators themes put between a headline and the site's name in <title> and og:title.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " • ", " · ", " / ", "| ", " |"]

    static func find(page root: HTMLNode, metadata: PageMetadata) -> String? {
        let references = [metadata.headline, metadata.title].compactMap { $0 }.map { strip($0, siteName: metadata.siteName) }
        let headings = root.elements(named: "h1").map { TextCleaning.line($0.text) }
            .filter { !$0.isEmpty && $0.count <= 400 }
        if let reference = references.first {
            // Themes also use h1 for the logo or a section name: take the h1 that says what the
            // metadata says, or failing that the one that shares most of its words.
            if let match = headings.first(where: { similarity($0, reference) >= 0.6 }) { return match }
            return reference
        }
        // No metadata: of several h1s (themes give the logo one too) the longest reads most
        // like a headline.
        return headings.max { words($0) < words($1) }
    }

    /// `title` without the site's name: the part naming the site (or, when the site is not
    /// named, a short last part) is cut at a separator.
    static func strip(_ title: String, siteName: String?) -> String {
        let cleaned = TextCleaning.line(title)
        for separator in separators {
            let parts = cleaned.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let first = parts[0].trimmingCharacters(in: .whitespaces)
            let last = parts[parts.count - 1].trimmingCharacters(in: .whitespaces)
            if let siteName, !siteName.isEmpty {
                let site = siteName.lowercased()
                if isSiteName(last, site) { return parts.dropLast().joined(separator: separator).trimmingCharacters(in: .whitespaces) }
                if isSiteName(first, site) { return parts.dropFirst().joined(separator: separator).trimmingCharacters(in: .whitespaces) }
            }
            // A short trailing part with no sentence in it is a site's name more often than not.
            if words(last) <= 3, words(first) >= 3, last.count < first.count / 2 {
                return parts.dropLast().joined(separator: separator).trimmingCharacters(in: .whitespaces)
            }
        }
        return cleaned
    }

    private static func isSiteName(_ part: String, _ site: String) -> Bool {
        let lower = part.lowercased()
        let compact = { (text: String) in text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" } }
        return lower == site || compact(lower) == compact(site) || (lower.count <= 40 && (lower.contains(site) || site.contains(lower)) && !lower.isEmpty)
    }

    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    /// Shared words over the longer text's words.
    static func similarity(_ a: String, _ b: String) -> Double {
        let left = Set(a.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }))
        let right = Set(b.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }))
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        return Double(left.intersection(right).count) / Double(max(left.count, right.count))
    }
}
