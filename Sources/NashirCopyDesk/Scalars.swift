/// Scalar classes the rules share.
enum Scalars {
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FC: true
        default: false
        }
    }

    /// Harakat, superscript alef and tatweel: they sit inside words.
    static func isArabicMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0640: true
        default: false
        }
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        isArabicLetter(s) || s.properties.isAlphabetic && !isArabicMark(s) && !isDigit(s)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isArabicMark(s)
    }

    static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
    static func isArabicIndicDigit(_ s: Unicode.Scalar) -> Bool { (0x0660...0x0669).contains(s.value) || (0x06F0...0x06F9).contains(s.value) }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { isASCIIDigit(s) || isArabicIndicDigit(s) }

    /// Space as copy types it: the space bar, no-break space, thin spaces.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F: true
        default: false
        }
    }
}

/// A word of a paragraph: its span in scalars and its text.
struct Word: Sendable {
    let range: Range<Int>
    let text: String
    /// The letters alone, marks and tatweel out, for comparisons.
    let bare: String
}

extension Word {
    /// The runs of letters (and the marks inside them) of `scalars`.
    static func all(in scalars: [Unicode.Scalar]) -> [Word] {
        var result: [Word] = []
        var index = 0
        while index < scalars.count {
            guard Scalars.isLetter(scalars[index]) else { index += 1; continue }
            let start = index
            while index < scalars.count, Scalars.isWordScalar(scalars[index]) { index += 1 }
            var text = String.UnicodeScalarView(), bare = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            bare.append(contentsOf: scalars[start..<index].filter { !Scalars.isArabicMark($0) })
            result.append(Word(range: start..<index, text: String(text), bare: String(bare)))
        }
        return result
    }
}

extension ScannedParagraph {
    /// The maximal runs of scalars that satisfy `test`: runs of spaces, of tatweel, of digits.
    func runs(of test: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard test(scalars[index]) else { index += 1; continue }
            let start = index
            while index < scalars.count, test(scalars[index]) { index += 1 }
            result.append(start..<index)
        }
        return result
    }

    /// Whether only spaces lie between scalar offsets `a` and `b`.
    func onlySpaces(_ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy(Scalars.isSpace)
    }
}
