/// Text prepared for templates that insert it unescaped: escaped here, with bidi isolation added.
///
/// Both passes walk Unicode scalars, not Characters: every page's body goes through them on a
/// cache miss, and grapheme breaking of Arabic copy cost more than the rest of the page model.
public enum HTMLText {
    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        appendEscaped(text[...], to: &out)
        return out
    }

    /// Escapes `text` and wraps each run of Latin words or numbers in `<bdi>`, so «CNN»,
    /// «5+5» or «417 كم» keep their order inside right-to-left copy.
    public static func isolatingLatin(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        let scalars = text.unicodeScalars
        // Text before `runStart` is written; a run is open when `runStart < coreEnd`, and its
        // trailing spaces and punctuation (after `coreEnd`) belong to the surrounding sentence.
        var runStart = scalars.startIndex
        var coreEnd = scalars.startIndex
        var inRun = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let first = scalars[index]
            let next = clusterEnd(after: index, in: scalars)
            let single = scalars.index(after: index) == next
            if isRunCore(first) {
                if !inRun {
                    appendEscaped(text[runStart..<index], to: &out)
                    runStart = index
                    inRun = true
                }
                coreEnd = next
            } else if inRun && !(single && isRunJoiner(first)) {
                closeRun(text, from: runStart, coreEnd: coreEnd, to: &out)
                runStart = coreEnd
                inRun = false
            }
            index = next
        }
        if inRun {
            closeRun(text, from: runStart, coreEnd: coreEnd, to: &out)
            runStart = coreEnd
        }
        appendEscaped(text[runStart...], to: &out)
        return out
    }

    private static func closeRun(_ text: String, from start: String.Index, coreEnd: String.Index, to out: inout String) {
        out += "<bdi>"
        appendEscaped(text[start..<coreEnd], to: &out)
        out += "</bdi>"
    }

    /// Appends `text` escaped, copying the stretches between special characters whole.
    private static func appendEscaped(_ text: Substring, to out: inout String) {
        let bytes = text.utf8
        var copied = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let replacement: String? =
                switch bytes[index] {
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "\""): "&quot;"
                case UInt8(ascii: "'"): "&#39;"
                default: nil
                }
            if let replacement {
                // The five are ASCII, never inside a multi-byte sequence: both ends are scalar boundaries.
                out += text[copied..<index]
                out += replacement
                copied = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        out += text[copied..<index]
    }

    /// Where the character that starts at `index` ends: after the marks and joiners that
    /// combine with its first scalar (as a Character would hold them, for the cases that matter here).
    private static func clusterEnd(after index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView) -> String.UnicodeScalarView.Index {
        var end = scalars.index(after: index)
        while end < scalars.endIndex {
            let scalar = scalars[end]
            guard CombiningScalars.extendsCharacter(scalar) else { break }
            end = scalars.index(after: end)
        }
        return end
    }

    private static func isRunCore(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: false
        }
    }

    /// Characters that continue a Latin run: «Vue International», «5+5», «2.5», «U.S.».
    private static func isRunJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", ".", ",", "+", "-", "/", ":", "%", "&", "'": true
        default: false
        }
    }
}
