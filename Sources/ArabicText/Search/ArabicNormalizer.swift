import Foundation

/// Folds Arabic text to the form used for matching: index and query both pass through it.
public enum ArabicNormalizer {
    /// Returns `text` with presentation forms unfolded, letter variants folded, marks and
    /// invisibles dropped, every decimal digit made ASCII and letters lowercased.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// Appends the normalised form of one scalar; the tokenizer calls this per scalar so a
    /// token is normalised without building an intermediate String.
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            // ASCII fast path: only A–Z changes.
            out.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 0x20)! : scalar)
            return
        }
        if (0x0600...0x06FF).contains(v) {
            appendArabic(v, scalar, to: &out)
            return
        }
        if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) {
            // Shaped glyphs from legacy sources. Spaced harakat would otherwise split a word;
            // the rest are rare, so the Foundation NFKC call costs nothing in practice.
            if ArabicScalars.isSpacedMarkPresentationForm(scalar) || ArabicScalars.isInvisible(scalar) { return }
            for unfolded in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
                append(unfolded, to: &out)
            }
            return
        }
        if ArabicScalars.isInvisible(scalar) || ArabicScalars.isOptionalMark(scalar) { return }
        let properties = scalar.properties
        if properties.numericType == .decimal, let value = properties.numericValue {
            out.append(Unicode.Scalar(UInt32(0x30) + UInt32(value))!)
            return
        }
        if properties.changesWhenLowercased {
            out.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            return
        }
        out.append(scalar)
    }

    private static func appendArabic(_ v: UInt32, _ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch v {
        case 0x0660...0x0669: out.append(Unicode.Scalar(v - 0x0660 + 0x30)!)
        case 0x06F0...0x06F9: out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)
        // Alef with hamza/madda/wasla and their Persian/Urdu variants: users type bare alef
        // for about a fifth of hamzated alefs (notes §6.1), so matching must ignore the seat.
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: out.append("\u{0627}")
        // Hamza on waw/yeh → bare hamza, not و/ي. Measured on the 79 MB corpus (alef folded):
        // folding ؤ→و, ئ→ي merges 1,528 tokens into other words, nearly all false (فئة→فيه 205,
        // قائد→قايد 208, هادئ→هادي 53, زائد→زايد 20), while the hamza-less spellings it would
        // rescue are almost absent (مسوول 0, توكد 0, سوال 0, رييس 1 against مسؤول 1143, تؤكد 456,
        // سؤال 440, رئيس 8698). Folding ؤ ئ ء together merges 1,747 tokens, nearly all genuine
        // seat variants (زملائه/زملاءه/زملاؤه, مسؤول/مسئول, اجراؤها/اجرائها, شيء/شيئ).
        case 0x0624, 0x0626, 0x0676, 0x0677: out.append("\u{0621}")
        // Alef maksura and Persian/Urdu yeh forms: one ي, as keyboards and sources disagree.
        case 0x0649, 0x06CC, 0x06D0, 0x06D2, 0x06D3, 0x0678: out.append("\u{064A}")
        // Teh marbuta and the Persian/Urdu heh forms: ة/ه is the commonest misspelling.
        case 0x0629, 0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06BE, 0x06D5: out.append("\u{0647}")
        case 0x06A9, 0x06AA: out.append("\u{0643}")  // Persian/Sindhi keheh → kaf
        case 0x0654, 0x0655:
            // A combining hamza (NFD text) turns a preceding waw/yeh into the same bare hamza
            // ؤ/ئ fold to, and vanishes after alef as the precomposed alef forms do.
            if let last = out.last, last == "\u{0648}" || last == "\u{064A}" {
                out.removeLast()
                out.append("\u{0621}")
            }
        case 0x0610...0x061A, 0x061C, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED:
            return  // harakat, tatweel, superscript alef, Quranic marks, ALM
        default: out.append(scalar)
        }
    }
}
