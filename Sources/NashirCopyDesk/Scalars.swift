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
    /// `bare`'s key, for the rules' word sets and tables.
    let key: WordKey
}

extension Word {
    /// The runs of letters (and the marks inside them) of `scalars`.
    static func all(in scalars: [Unicode.Scalar]) -> [Word] {
        var result: [Word] = []
        var index = 0
        while index < scalars.count {
            guard Scalars.isLetter(scalars[index]) else { index += 1; continue }
            let start = index
            var marked = false
            while index < scalars.count, Scalars.isWordScalar(scalars[index]) {
                marked = marked || Scalars.isArabicMark(scalars[index])
                index += 1
            }
            let text = String(utf8Of: scalars[start..<index])
            // Most words carry no marks; their bare form is the same string, not a second one.
            let bare = marked ? String(utf8Of: scalars[start..<index].filter { !Scalars.isArabicMark($0) }) : text
            result.append(Word(range: start..<index, text: text, bare: bare, key: WordKey(bare)))
        }
        return result
    }

    /// The key of `bare` without its first letter when that is و or ف and two letters or more
    /// remain: «ولم» is looked up as «لم».
    var keyWithoutConjunction: WordKey? {
        var scalars = bare.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "و" || first == "ف" else { return nil }
        let rest = bare.unicodeScalars.dropFirst()
        guard rest.count >= 2 else { return nil }
        return WordKey(rest)
    }

    /// `key`, or the key without و or ف when that is in `set`: a particle or a title with a conjunction glued on.
    func key(in set: Set<WordKey>) -> WordKey? {
        if set.contains(key) { return key }
        return keyWithoutConjunction.flatMap { set.contains($0) ? $0 : nil }
    }
}

/// A word as the rules look it up: a 64-bit FNV-1a hash of its UTF-8. Swift hashes and compares
/// strings by canonical equivalence, which for Arabic means normalising every time; that cost
/// was most of checking the corpus. Words come out of the same scanner, so equal words have
/// equal bytes; two different words share a key with odds of about one in 10^19 per pair.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    init(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    init(_ scalars: Substring.UnicodeScalarView) {
        self.init(utf8: Substring(scalars).utf8)
    }

    init(utf8: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        value = hash
    }

    /// Three words' keys as one: a shingle of a sentence.
    init(combining a: WordKey, _ b: WordKey, _ c: WordKey) {
        let ab = (a.value ^ (a.value >> 29) ^ b.value) &* 0xbf58_476d_1ce4_e5b9
        value = (ab ^ (ab >> 29) ^ c.value) &* 0xbf58_476d_1ce4_e5b9
    }

    /// The keys of `words`, for a rule's fixed list.
    static func set(_ words: some Sequence<String>) -> Set<WordKey> {
        Set(words.map { WordKey($0) })
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

extension String {
    /// The string of `scalars`, encoded straight into its storage: appending scalars to a
    /// String.UnicodeScalarView one by one was a tenth of checking the corpus.
    init(utf8Of scalars: some Collection<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
