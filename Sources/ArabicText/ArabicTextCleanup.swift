/// Small normalisations applied to imported copy before it is stored or compared.
public enum ArabicTextCleanup {
    /// Drops the bidi controls, zero-width characters and BOMs that wire feeds leave behind.
    public static func removingInvisibles(_ s: String) -> String {
        // ZWJ goes too, which splits emoji sequences; headlines need clean text more.
        guard s.unicodeScalars.contains(where: ArabicScalars.isInvisible) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { !ArabicScalars.isInvisible($0) }))
    }

    /// Turns each run of Unicode whitespace (NBSP, tabs, newlines…) into one space, trimmed.
    public static func collapsingWhitespace(_ s: String) -> String {
        collapsing(s, dropInvisibles: false)
    }

    /// Invisible marks dropped and whitespace collapsed in one pass: the cleanup every imported
    /// line gets, so it is written for speed (no intermediate strings, an ASCII fast path).
    public static func cleaned(_ s: String) -> String {
        collapsing(s, dropInvisibles: true)
    }

    private static func collapsing(_ s: String, dropInvisibles: Bool) -> String {
        // Bytes out, one String at the end: appending scalar by scalar to a String was most of
        // an import's parsing time.
        var output: [UInt8] = []
        output.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if ArabicScalars.isWhitespace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if dropInvisibles && scalar.value >= 0x80 && ArabicScalars.isInvisible(scalar) { continue }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            if scalar.isASCII {
                output.append(UInt8(scalar.value))
            } else {
                output.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// True when more than half of the letters (not digits or punctuation) are in the Arabic blocks.
    public static func isMostlyArabic(_ s: String) -> Bool {
        // Counting letters only keeps a number-heavy headline Arabic; no letters, not Arabic.
        var letters = 0
        var arabic = 0
        for scalar in s.unicodeScalars where ArabicScalars.isLetter(scalar) {
            letters += 1
            if ArabicScalars.isInArabicBlock(scalar) { arabic += 1 }
        }
        return letters > 0 && arabic * 2 > letters
    }
}
