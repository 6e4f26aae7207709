/// Text prepared for templates that insert it unescaped: escaped here, with bidi isolation added.
///
/// Both passes walk Unicode scalars, not Characters: every page's body goes through them on a
/// cache miss, and grapheme breaking of Arabic copy cost more than the rest of the page model.
public enum HTMLText {
    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var text = text
        // Most copy has none of the five: then the text itself, without a copy.
        return text.withUTF8(escaped) ?? text
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

    /// Appends `text` escaped.
    private static func appendEscaped(_ text: Substring, to out: inout String) {
        var text = text
        if let escaped = text.withUTF8(escaped) { out += escaped } else { out += text }
    }

    /// `bytes` with the five replaced, or nil when none is there. Over a buffer, counted first and
    /// written in place: walking a string's UTF-8 view index by index was a tenth of a page's render.
    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var added = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "'"): added += 4
            case UInt8(ascii: "<"), UInt8(ascii: ">"): added += 3
            case UInt8(ascii: "\""): added += 5
            default: break
            }
        }
        guard added > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + added) { out in
            var written = 0
            func put(_ replacement: StaticString) {
                // The five are ASCII, never inside a multi-byte sequence.
                replacement.withUTF8Buffer { for byte in $0 { out[written] = byte; written += 1 } }
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): put("&amp;")
                case UInt8(ascii: "<"): put("&lt;")
                case UInt8(ascii: ">"): put("&gt;")
                case UInt8(ascii: "\""): put("&quot;")
                case UInt8(ascii: "'"): put("&#39;")
                default:
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
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
