/// A port of Lucene's `ArabicAnalyzer` (apache/lucene, `lucene/analysis/common/src/java/org/
/// apache/lucene/analysis/ar/`), the analyser behind Elasticsearch's and OpenSearch's `arabic`,
/// Solr's Arabic field types and Anserini's Arabic baselines. Written from the rules of the
/// classes it chains, in their order:
/// 1. `StandardTokenizer`: UAX#29 word boundaries. Approximated for what the corpus holds:
///    letters, digits, combining marks and format characters (RLM, ZWNJ… stay in the token, as
///    UAX#29's WB4 keeps them), and the MidLetter / MidNum / MidNumLet joiners (`U.S`, `1,000`).
///    The CJK, Thai, Hebrew and emoji rules are left out.
/// 2. `LowerCaseFilter`, then `DecimalDigitFilter` (every Unicode decimal digit → 0-9).
/// 3. `StopFilter` with the default `stopwords.txt`, matched before normalisation, as Lucene
///    warns it must be ("the stopword list is not normalized!"): `علي` typed for `على` is kept.
/// 4. `ArabicNormalizer`: آ أ إ → ا, ى → ي, ة → ه; tatweel and the eight harakat deleted.
/// 5. `ArabicStemmer` (Larkey's light10): at most one prefix, the first of
///    ال وال بال كال فال لل و that fits (و needs a word of 4+, the others leave 2+); then each of
///    ها ان ات ون ين يه ية ه ة ي, in that order, removed once whenever 2+ letters remain.
/// Lengths count UTF-16 units, as Java's `char[]` does.
public enum LuceneArabicAnalyzer {
    /// The index terms of `text`, in order.
    public static func terms(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var terms: [String] = []
        // One buffer for every token, worked on in place as Lucene's filters do.
        var word: [UInt16] = []
        word.reserveCapacity(32)
        for range in tokens(in: scalars) {
            word.removeAll(keepingCapacity: true)
            appendLowercasedWithASCIIDigits(scalars[range], to: &word)
            if word.count <= longestStopWord && stopWords.contains(word) { continue }
            normalize(&word)
            let stem = stem(word)
            if !stem.isEmpty { terms.append(String(decoding: stem, as: UTF16.self)) }
        }
        return terms
    }

    // MARK: - ArabicNormalizer and ArabicStemmer

    static func normalize(_ word: inout [UInt16]) {
        var kept = 0
        for unit in word {
            switch unit {
            case 0x0622, 0x0623, 0x0625: word[kept] = alef
            case 0x0649: word[kept] = yeh
            case tehMarbuta: word[kept] = heh
            case 0x0640, 0x064B...0x0652: continue
            default: word[kept] = unit
            }
            kept += 1
        }
        word.removeLast(word.count - kept)
    }

    static func stem(_ word: [UInt16]) -> ArraySlice<UInt16> {
        func has(_ affix: [UInt16], at offset: Int) -> Bool {
            for i in affix.indices where word[offset + i] != affix[i] { return false }
            return true
        }
        var start = 0
        var end = word.count
        for prefix in prefixes where end >= (prefix.count == 1 ? 4 : prefix.count + 2) && has(prefix, at: 0) {
            start = prefix.count
            break
        }
        // The condition is re-read each pass, so suffixes come off one after another.
        for suffix in suffixes where end - start >= suffix.count + 2 && has(suffix, at: end - suffix.count) {
            end -= suffix.count
        }
        return word[start..<end]
    }

    private static let alef: UInt16 = 0x0627, beh: UInt16 = 0x0628, tehMarbuta: UInt16 = 0x0629
    private static let teh: UInt16 = 0x062A, feh: UInt16 = 0x0641, kaf: UInt16 = 0x0643
    private static let lam: UInt16 = 0x0644, noon: UInt16 = 0x0646, heh: UInt16 = 0x0647
    private static let waw: UInt16 = 0x0648, yeh: UInt16 = 0x064A
    private static let prefixes: [[UInt16]] = [[alef, lam], [waw, alef, lam], [beh, alef, lam], [kaf, alef, lam],
                                               [feh, alef, lam], [lam, lam], [waw]]
    private static let suffixes: [[UInt16]] = [[heh, alef], [alef, noon], [alef, teh], [waw, noon], [yeh, noon],
                                               [yeh, heh], [yeh, tehMarbuta], [heh], [tehMarbuta], [yeh]]

    /// Lucene's default Arabic stop set (Savoy's list as `stopwords.txt` ships it), unnormalised.
    static let stopWords: Set<[UInt16]> = Set("""
        من ومن منها منه في وفي فيها فيه و ف ثم او أو ب بها به ا أ اى اي أي أى لا ولا الا ألا إلا لكن ما وما \
        كما فما عن مع اذا إذا ان أن إن انها أنها إنها انه أنه إنه بان بأن فان فأن وان وأن وإن التى التي الذى \
        الذي الذين الى الي إلى إلي على عليها عليه اما أما إما ايضا أيضا كل وكل لم ولم لن ولن هى هي هو وهى \
        وهي وهو فهى فهي فهو انت أنت لك لها له هذه هذا تلك ذلك هناك كانت كان يكون تكون وكانت وكان غير بعض \
        قد نحو بين بينما منذ ضمن حيث الان الآن خلال بعد قبل حتى عند عندما لدى جميع
        """.split(separator: " ").map { Array($0.utf16) })

    private static let longestStopWord = stopWords.map(\.count).max()!

    // MARK: - LowerCaseFilter and DecimalDigitFilter

    private static func appendLowercasedWithASCIIDigits(_ token: ArraySlice<Unicode.Scalar>, to word: inout [UInt16]) {
        for scalar in token {
            let v = scalar.value
            if v < 0x80 {
                word.append(UInt16((0x41...0x5A).contains(v) ? v + 0x20 : v))
            } else if (0x0621...0x065F).contains(v) || (0x0670...0x06EF).contains(v) {
                word.append(UInt16(v))  // Arabic letters and marks: no case, no digits
            } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
                word.append(UInt16(0x30) + UInt16(value))
            } else if scalar.properties.changesWhenLowercased {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf16)
            } else {
                word.append(contentsOf: String(scalar).utf16)
            }
        }
    }

    // MARK: - StandardTokenizer (UAX#29, approximated)

    private enum WordBreak { case letter, numeric, extend, midLetter, midNum, midNumLet, extendNumLet, other }

    /// The tokens of `s`: each a contiguous run, a break never falling inside one.
    static func tokens(in s: [Unicode.Scalar]) -> [Range<Int>] {
        let classes = s.map(wordBreak)
        var tokens: [Range<Int>] = []
        var start: Int?
        var last: WordBreak?
        func flush(at end: Int) {
            if let start { tokens.append(start..<end) }
            start = nil
            last = nil
        }
        /// The class of the next character that is not Extend/Format (WB4 skips those).
        func next(after i: Int) -> WordBreak? {
            var j = i + 1
            while j < s.count, classes[j] == .extend { j += 1 }
            return j < s.count ? classes[j] : nil
        }
        for i in s.indices {
            switch classes[i] {
            case .letter, .numeric:
                if start == nil { start = i }
                last = classes[i]
            case .extend:
                break  // part of the token if one is open, else dropped with the break before it
            case .extendNumLet:  // WB13a/b: `_` joins letters and digits on either side
                let following = next(after: i)
                if start != nil || following == .letter || following == .numeric {
                    if start == nil { start = i }
                    last = .extendNumLet
                } else {
                    flush(at: i)
                }
            case .midLetter, .midNumLet, .midNum:  // WB6/7 between letters, WB11/12 between digits
                let following = next(after: i)
                let joinsLetters = last == .letter && classes[i] != .midNum && following == .letter
                let joinsDigits = last == .numeric && classes[i] != .midLetter && following == .numeric
                if !(joinsLetters || joinsDigits) { flush(at: i) }
            case .other:
                flush(at: i)
            }
        }
        flush(at: s.count)
        return tokens
    }

    private static func wordBreak(_ c: Unicode.Scalar) -> WordBreak {
        let v = c.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .numeric
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x2E, 0x27: return .midNumLet  // full stop; the apostrophe (Single_Quote) acts alike
            case 0x3A: return .midLetter
            case 0x2C, 0x3B: return .midNum
            case 0x5F: return .extendNumLet
            default: return .other
            }
        }
        if (0x0621...0x064A).contains(v) { return .letter }  // tatweel (U+0640) is ALetter too
        switch v {
        case 0x064B...0x065F, 0x0670: return .extend
        case 0x0660...0x0669, 0x066B: return .numeric
        case 0x200B: return .other  // ZWSP is a break, not Format, in UAX#29
        case 0x060C, 0x060D, 0x066C, 0x037E, 0x0589, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B: return .midNum
        case 0x00B7, 0x0387, 0x05F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A: return .midLetter
        case 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: return .midNumLet
        case 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D...0xFE4F, 0xFF3F: return .extendNumLet
        default: break
        }
        let p = c.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .extend
        case .decimalNumber: return .numeric
        default: return p.isAlphabetic ? .letter : .other
        }
    }
}
