/// Savoy's Arabic stop words (the list Lucene ships), normalised once so that callers
/// check them after `ArabicNormalizer`, not before as Lucene must.
public enum ArabicStopWords {
    /// The list, every entry passed through `ArabicNormalizer.normalize`.
    public static let words: Set<String> = Set(source.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) })

    /// True when the normalised token is a stop word.
    public static func contains(_ normalizedToken: String) -> Bool {
        words.contains(normalizedToken)
    }

    /// The list packed by `ArabicStemmerExceptions.key`, for the analyser's letter-code path.
    static let packed = PackedWordSet(words.map { word in
        var codes = word.unicodeScalars.compactMap { (0x0621...0x064A).contains($0.value) ? UInt8($0.value - 0x0600) : nil }
        let key = codes.withUnsafeMutableBufferPointer { ArabicStemmerExceptions.key($0, 0..<$0.count) }
        // Every entry is a short run of ء–ي, so none can be missed by the packed look-up.
        guard codes.count == word.unicodeScalars.count, let key else {
            preconditionFailure("stop word \(word) cannot be packed")
        }
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
