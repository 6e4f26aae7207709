/// Turns a valid document into a hostile one, one edit at a time: each edit is a number, so the
/// property checker can generate, repeat and shrink them.
enum Mutator {
    /// Fragments that break parsers: markup, entities, JSON punctuation, escapes, invisible and
    /// combining characters, long runs, huge numbers.
    static let tokens: [String] = [
        "<", ">", "&", "\"", "'", "&amp;", "&#0;", "&#x110000;", "&undefined;", "]]>", "<![CDATA[", "<!--", "-->", "<p>", "</p>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "\n", "\r\n",
        "\u{0}", "\u{FEFF}", "\u{200F}", "\u{0651}", "\u{202E}", "ـ", "ال", "«", "»", "١٢٣", "99999999999999999999999", "-1", "null", "true",
        "<item>", "</item>", "<entry>", "</entry>", "<?xml version=\"1.0\"?>", "%", "http://", "javascript:", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
        String(repeating: "ا", count: 300), String(repeating: "<b>", count: 200), String(repeating: "[", count: 500), "\u{1F600}", "\u{D7FF}",
    ]

    /// `document` after `edits`, each packing a kind, a place and a fragment into 64 bits.
    static func apply(_ edits: [UInt64], to document: String) -> String {
        var scalars = Array(document.unicodeScalars)
        for edit in edits {
            let place = scalars.isEmpty ? 0 : Int(edit >> 16 % UInt64(1 << 40)) % (scalars.count + 1)
            let length = 1 + Int((edit >> 8) & 0x3F)
            let end = min(scalars.count, place + length)
            switch edit & 0x7 {
            case 0, 1:
                scalars.insert(contentsOf: tokens[Int((edit >> 3) & 0x3F) % tokens.count].unicodeScalars, at: place)
            case 2:
                scalars.removeSubrange(place..<end)
            case 3:
                scalars.insert(contentsOf: scalars[place..<end], at: end)
            case 4:
                scalars.removeSubrange(place..<scalars.count)
            case 5:
                if place < scalars.count, let replacement = Unicode.Scalar(UInt32(truncatingIfNeeded: edit >> 44) % 0x2000) { scalars[place] = replacement }
            case 6:
                // Two neighbouring spans swapped: tags out of order, keys before their objects.
                let second = min(scalars.count, end + length)
                let moved = Array(scalars[end..<second]) + Array(scalars[place..<end])
                scalars.replaceSubrange(place..<second, with: moved)
            default:
                scalars.insert(contentsOf: String(repeating: tokens[Int((edit >> 3) & 0x3F) % tokens.count], count: 1 + length * 4).unicodeScalars, at: place)
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
