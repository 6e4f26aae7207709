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
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if ArabicScalars.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if dropInvisibles && scalar.value >= 0x80 && ArabicScalars.isInvisible(scalar) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
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
