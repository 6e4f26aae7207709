/// A word (letters and digits) or the run of spaces and punctuation between two words: the
/// units `WordDiff` aligns. Tokens keep every scalar, so joining them gives the text back.
struct WordDiffToken {
    var text: Substring
    var isWord: Bool

    /// Spaces and tabs, but no line break: a gap `WordDiff` may fold into a change around it.
    var isInlineSpace: Bool {
        !isWord && text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: false
            default: ArabicScalars.isWhitespace(scalar)
            }
        }
    }

    static func split(_ text: String) -> [WordDiffToken] {
        var tokens: [WordDiffToken] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var current: Bool?  // the kind of the token being read: word or not
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            // Marks and joiners continue whatever they follow, so a vowel sign or an emoji's
            // variation selector is never cut off the character it belongs to.
            let isWord = continuesToken(scalar) ? current ?? true : isWordScalar(scalar)
            if isWord != current {
                if let current { tokens.append(WordDiffToken(text: Substring(scalars[start..<index]), isWord: current)) }
                start = index
                current = isWord
            }
            index = scalars.index(after: index)
        }
        if let current { tokens.append(WordDiffToken(text: Substring(scalars[start...]), isWord: current)) }
        return tokens
    }

    private static func continuesToken(_ scalar: Unicode.Scalar) -> Bool {
        ArabicScalars.isOptionalMark(scalar) || ArabicScalars.isCombiningMark(scalar)
            || scalar.value == 0x200C || scalar.value == 0x200D  // ZWNJ and ZWJ join inside words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if (0x0621...0x064A).contains(v) { return true }  // the common case, no property lookup
        return ArabicScalars.isLetter(scalar) || scalar.properties.numericType == .decimal
    }

    /// Interns comparison keys as integers for the diff: a word by its spelling without optional
    /// marks, so «عَلِمَ» and «علم» align; anything else by its exact text.
    struct Keys {
        private var words: [String: Int] = [:]
        private var separators: [String: Int] = [:]

        mutating func id(for token: WordDiffToken) -> Int {
            let next = words.count + separators.count
            if token.isWord {
                let scalars = token.text.unicodeScalars
                let key = scalars.contains(where: ArabicScalars.isOptionalMark)
                    ? String(String.UnicodeScalarView(scalars.filter { !ArabicScalars.isOptionalMark($0) }))
                    : String(token.text)
                if let id = words[key] { return id }
                words[key] = next
            } else {
                let key = String(token.text)
                if let id = separators[key] { return id }
                separators[key] = next
            }
            return next
        }
    }
}
