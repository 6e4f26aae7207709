/// Scalar classes shared by slugging, cleanup and month parsing, kept in one place so the
/// three never disagree about what counts as a mark or an invisible.
enum ArabicScalars {
    /// Bidi controls, zero-width characters and the BOM: they survive copy-paste from
    /// wire services and CMS editors, are invisible on screen, and break equality and URLs.
    /// Unicode whitespace, with the ASCII cases answered without a property-table lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        // Unicode's White_Space set, spelt out: the property lookup cost more than the rest of
        // an import's text cleanup, since every Arabic letter went through it.
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: true
        default: false
        }
    }

    /// Harakat, superscript alef, Quranic annotation marks and tatweel: optional in news
    /// prose, so two spellings of one word differ only by these.
    static func isOptionalMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: true
        default: false
        }
    }

    /// Presentation-form harakat whose NFKC mapping begins with a space; dropping them
    /// before normalising keeps a vowel mark from splitting its word in two.
    static func isSpacedMarkPresentationForm(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE70...0xFE7F, 0xFC5E...0xFC63: true
        default: false
        }
    }

    /// Every block Unicode assigns to the Arabic script, presentation forms included,
    /// because legacy sources still emit shaped glyphs.
    static func isInArabicBlock(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x089F, 0x08A0...0x08FF,
             0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x10E60...0x10E7F, 0x1EE00...0x1EEFF: true
        default: false
        }
    }

    /// Letters by general category, so Latin, Arabic and any other script count alike.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// Combining marks that are left after the Arabic ones are stripped (Latin accents
    /// not precomposed, Indic vowel signs) belong to the letter before them.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
