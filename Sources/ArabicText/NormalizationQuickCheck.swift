/// Scalars that Unicode normalisation leaves as they are whatever surrounds them, so text made
/// only of them can skip Foundation's normaliser, which goes through CoreFoundation's strings.
public enum NormalizationQuickCheck {
    /// ASCII and the Arabic block's letters, digits and signs: NFC neither composes them with a
    /// neighbour nor reorders them. Arabic's combining marks (harakat, the hamza and madda above
    /// and below, Quranic marks) are left out, since NFC composes or reorders them.
    public static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F: true
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: false
        case 0x0600...0x06FF: true
        default: false
        }
    }

    /// As `isStableUnderNFC`, less the four letters with a high hamza (U+0675–U+0678), which
    /// NFKC unfolds, and with the quotation marks and dashes headlines print, which it keeps.
    public static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0675...0x0678: false
        case 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: isStableUnderNFC(scalar)
        }
    }
}
