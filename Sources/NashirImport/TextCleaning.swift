import ArabicText
import Foundation

/// The cleanup every imported line gets: invisible marks out, whitespace collapsed.
enum TextCleaning {
    static func line(_ text: String) -> String {
        ArabicTextCleanup.collapsingWhitespace(ArabicTextCleanup.removingInvisibles(text))
    }

    /// Splits a body on blank lines into clean, non-empty paragraphs.
    static func paragraphs(_ body: String) -> [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
            .map { lines in lines.map { line(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n") }
            .filter { !$0.isEmpty }
    }

    /// A slug for the headline, with a fallback for headlines made only of symbols.
    static func slug(for headline: String) -> String {
        let slug = ArabicSlug.make(from: headline)
        return slug.isEmpty ? "مقال" : slug
    }
}
