/// Which scalars join the character before them (marks, the joiner), answered without Unicode's
/// property tables for the scripts a page is mostly made of: a table look-up per Arabic letter
/// was most of the cost of walking an article's text.
enum CombiningScalars {
    /// Whether `scalar` belongs to the character before it (Grapheme_Extend, ZWJ or a spacing mark).
    static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0..<0x0300:
            return false // ASCII and Latin-1 hold no marks
        case 0x0600...0x06FF:
            // The Arabic block's marks: Quranic signs, harakat with shadda and sukun, the dagger
            // alif, and the small high signs.
            return (0x0610...0x061A).contains(value) || (0x064B...0x065F).contains(value) || value == 0x0670
                || (0x06D6...0x06DC).contains(value) || (0x06DF...0x06E4).contains(value)
                || (0x06E7...0x06E8).contains(value) || (0x06EA...0x06ED).contains(value)
        default:
            return byProperties(scalar)
        }
    }

    /// The same answer from Unicode's tables, for every other script.
    static func byProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || scalar == "\u{200D}" || scalar.properties.generalCategory == .spacingMark
    }
}
