import ArabicText

extension HTMLText {
    /// Escaped HTML of a highlighted text: matches in `<mark>`, Latin runs in `<bdi>`, and an
    /// ellipsis where the excerpt was cut.
    static func marked(_ text: HighlightedText) -> String {
        var html = text.isCutBefore ? "… " : ""
        for part in text.parts {
            let escaped = isolatingLatin(part.text)
            html += part.isMatch ? "<mark>" + escaped + "</mark>" : escaped
        }
        return html + (text.isCutAfter ? " …" : "")
    }
}
