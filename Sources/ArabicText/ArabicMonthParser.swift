/// Reads Gregorian month names in wire-service datelines, whatever regional set or spelling the agency used.
public enum ArabicMonthParser {
    /// The month number (1…12) for `name`, or nil when it is not a Gregorian month name.
    public static func month(named name: String) -> Int? {
        if let month = table[normalize(name)] { return month }
        // Pan-Arab outlets print both names for a mixed audience; either half settles it.
        for part in name.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            if let month = table[normalize(String(part))] { return month }
        }
        return nil
    }

    /// Folds away the differences editors make without meaning to: harakat, tatweel,
    /// invisibles, hamza seats on alef, alef maqsura for ya, ta marbuta for ha, Persian
    /// ya and kaf from Persian keyboards, and spacing.
    static func normalize(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ArabicScalars.isOptionalMark(scalar) || ArabicScalars.isInvisible(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            folded.append(fold(scalar))
        }
        return String(folded)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "أ", "إ", "آ", "ٱ": "ا"
        case "ى", "ی", "ې": "ي"
        case "ة": "ه"
        case "ک": "ك"
        default: scalar
        }
    }

    /// Every accepted spelling, already normalised, mapped to its month.
    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for set in GregorianMonthNames.allCases {
            for (index, name) in set.names.enumerated() {
                table[normalize(name)] = index + 1
            }
        }
        for (month, spellings) in variants {
            for spelling in spellings { table[normalize(spelling)] = month }
        }
        return table
    }()

    /// Spellings beyond the three canonical sets that folding alone cannot reach: the
    /// older Egyptian «يونيه/يوليه», colloquial Levantine names without the article, and
    /// Moroccan names, because Moroccan agencies feed Maghrebi desks too.
    private static let variants: [Int: [String]] = [
        1: ["كانون ثاني"],
        6: ["يونيه"],
        7: ["يوليه", "يوليوز"],
        8: ["غشت"],
        9: ["شتنبر"],
        10: ["تشرين اول"],
        11: ["تشرين ثاني", "نونبر"],
        12: ["كانون اول", "دجنبر"],
    ]
}
