/// Savoy's Arabic stop words (the list Lucene ships), normalised once so that callers
/// check them after `ArabicNormalizer`, not before as Lucene must.
public enum ArabicStopWords {
    /// The list, every entry passed through `ArabicNormalizer.normalize`.
    public static let words: Set<String> = Set(source.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) })

    /// True when the normalised token is a stop word, or one behind و/ف (وليس، فهذا): a reader
    /// typing وليس means ليس, which is never indexed. `writtenWithYeh` tells علي (a name, written
    /// with ي) from على (normalised to the same letters).
    public static func contains(_ normalizedToken: String, writtenWithYeh: Bool = false) -> Bool {
        if words.contains(normalizedToken) { return !(writtenWithYeh && normalizedToken == ali) }
        guard let first = normalizedToken.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}",
              normalizedToken.unicodeScalars.count >= 3, !conjunctionExceptionWords.contains(normalizedToken) else { return false }
        let rest = String(normalizedToken.unicodeScalars.dropFirst())
        return words.contains(rest) && !(writtenWithYeh && rest == ali)
    }

    /// `contains` for a token of `text`, reading how its last letter was written only when
    /// that can matter.
    public static func contains(_ token: Token, in text: String) -> Bool {
        contains(token.text, writtenWithYeh: token.text.hasSuffix(ali) && token.endsWithYeh(in: text))
    }

    /// `contains` on letter codes (`ArabicStemmerExceptions.key`), for the analyser.
    static func contains(_ w: UnsafeMutableBufferPointer<UInt8>, writtenWithYeh: Bool) -> Bool {
        guard w.count <= maximumLength + 1 else { return false }
        if w.count <= maximumLength, let key = ArabicStemmerExceptions.key(w, 0..<w.count), packed.contains(key) {
            return !(writtenWithYeh && key == aliKey)
        }
        guard w.count >= 3, w[0] == ArabicStemmer.waw || w[0] == ArabicStemmer.feh,
              let key = ArabicStemmerExceptions.key(w, 1..<w.count), packed.contains(key),
              let whole = ArabicStemmerExceptions.key(w, 0..<w.count), !conjunctionExceptions.contains(whole) else { return false }
        return !(writtenWithYeh && key == aliKey)
    }

    /// علي normalised: the name, and على with its ى folded.
    static let ali = "\u{0639}\u{0644}\u{064A}"
    private static let aliKey = pack(ali)!

    /// Words that look like و/ف + a stop word but are words of their own: واحد (one), ولي
    /// (guardian), وهم (illusion), فهم (understanding), فتحت (opened), فعلي (actual), وعده
    /// (his promise).
    private static let conjunctionExceptionWords: Set<String> = Set(
        "واحد ولي وهم فهم فتحت فعلي وعده".split(separator: " ").map { ArabicNormalizer.normalize(String($0)) })
    private static let conjunctionExceptions = PackedWordSet(conjunctionExceptionWords.compactMap(pack))

    private static func pack(_ word: String) -> UInt64? {
        var codes = word.unicodeScalars.compactMap { (0x0621...0x064A).contains($0.value) ? UInt8($0.value - 0x0600) : nil }
        guard codes.count == word.unicodeScalars.count else { return nil }
        return codes.withUnsafeMutableBufferPointer { ArabicStemmerExceptions.key($0, 0..<$0.count) }
    }

    /// The list packed by `ArabicStemmerExceptions.key`, for the analyser's letter-code path.
    static let packed = PackedWordSet(words.map { word in
        // Every entry is a short run of ء–ي, so none can be missed by the packed look-up.
        guard let key = pack(word) else { preconditionFailure("stop word \(word) cannot be packed") }
        return key
    })

    /// Letters in the longest entry; longer tokens need no look-up.
    static let maximumLength = words.map(\.unicodeScalars.count).max() ?? 0

    // Particles, prepositions, pronouns, demonstratives, relatives and auxiliary verbs, with
    // the و/ف/ب/ل-prefixed forms Savoy lists; hamza spellings collapse after normalising.
    private static let source = """
        من ومن في وفي فيها فيه وفيها وفيه و ف ثم او أو ب بها به ا أ اى اي أي أى لا ولا \
        الا ألا إلا لكن ما وما كما فما عن مع اذا إذا ان أن إن انها أنها إنها انه أنه إنه \
        بان بأن فان فإن وان وأن وإن التى التي الذى الذي الذين الى الي إلى إلي على عليها \
        عليه اما أما إما ايضا أيضا كل وكل لم ولم لن ولن هى هي هو وهى وهي وهو فهى فهي فهو \
        انت أنت لك لها له هذه هذا تلك ذلك هناك هنا كانت كان يكون تكون وكانت وكان غير بعض \
        قد نحو بين بينما منذ ضمن حيث الان الآن خلال بعد قبل حتى عند عندما لدى جميع \
        نحن انا أنا هم هما هن انتم أنتم انتما أنتن اننا إننا انهم إنهم انهما لهم لهما لنا \
        لي لكم معه معها معهم منه منها منهم منهما عنه عنها عنهم عليهم عليهما اليه إليه \
        اليها إليها اليهم إليهم فيهم فيهما بهم بهما بهذا بهذه بذلك لهذا لهذه لذلك لذا \
        هؤلاء اولئك أولئك ذاك هاتان هذان هاتين هذين اللتان اللذان اللتين اللذين اللاتي \
        اللواتي اللائي التى اللتي اياه إياه اياها إياها اياهم إياهم \
        كيف متى اين أين ماذا لماذا لما هل بل أم ام او لو لولا لعل ليت كي لكي حين حينما \
        سوف قد لقد وقد فقد كذلك ايضا هكذا مثل مثلما دون سوى إذ اذ عدا خلا حاشا \
        كانوا يكونون ليس ليست لست ليسوا صار اصبح أصبح ظل مازال ما زال ظلت \
        عدة عدد نفس ذات كلا كلتا أحد احد بعدما قبلما فوق تحت امام أمام خلف وراء \
        حول عبر لدي لدينا لديه لديها لديهم عن وعن وعلى على وإلى والى وبين ومع ومنذ \
        اي ايا أيا يا الذى اللذين عليك اليك إليك منك عنك بك فيك معك \
        كلما بينهم بينها بينه وكذلك إذن اذن إنما انما أنما فإذا فاذا وإذا واذا
        """
}
