import ArabicText

/// The cleanup every imported line gets: invisible marks out, whitespace collapsed.
enum TextCleaning {
    static func line(_ text: String) -> String {
        ArabicTextCleanup.cleaned(text)
    }

    /// Splits a body on blank lines into clean, non-empty paragraphs whose lines keep their breaks.
    static func paragraphs(_ body: String) -> [String] {
        var paragraphs: [String] = []
        var lines: [String] = []
        func endParagraph() {
            if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
            lines.removeAll(keepingCapacity: true)
        }
        // Splitting bytes, not Characters, skips grapheme breaking on megabytes of copy; "\r" is
        // whitespace to the cleaner, so CRLF needs no pass of its own.
        for raw in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let cleaned = line(String(decoding: raw, as: UTF8.self))
            if cleaned.isEmpty { endParagraph() } else { lines.append(cleaned) }
        }
        endParagraph()
        return paragraphs
    }

    /// A slug for the headline, with a fallback for headlines made only of symbols.
    static func slug(for headline: String) -> String {
        let slug = ArabicSlug.make(from: headline)
        return slug.isEmpty ? "مقال" : slug
    }
}
