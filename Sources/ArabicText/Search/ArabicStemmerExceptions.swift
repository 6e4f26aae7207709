/// Words light10 gets wrong in news copy, drawn from the corpus's most frequent forms.
struct ArabicStemmerExceptions: Sendable {
    static let shared = ArabicStemmerExceptions()

    /// Stems never cut further: names and nouns whose ending looks like a suffix. Checked
    /// after each strip, so لبنان, اللبناني, ولبنان and اللبنانيين all stem to لبنان.
    let protected: PackedWordSet
    /// Stems whose initial و is a root letter, so it is not read as "and".
    let rootWawStems: PackedWordSet

    private init() {
        protected = PackedWordSet(Self.protectedWords.compactMap { word in
            var codes = Self.codes(word)
            return codes.withUnsafeMutableBufferPointer { Self.key($0, 0..<$0.count) }
        })
        let withoutWaw = ArabicStemmerExceptions(protected: protected, rootWawStems: PackedWordSet([]))
        rootWawStems = PackedWordSet(Self.rootWawWords.compactMap { word in
            var codes = Self.codes(word)
            return codes.withUnsafeMutableBufferPointer { codes in
                let end = ArabicStemmer.stripSuffixes(codes, from: 0, to: codes.count, exceptions: withoutWaw).end
                return Self.key(codes, 0..<end)
            }
        })
    }

    private init(protected: PackedWordSet, rootWawStems: PackedWordSet) {
        self.protected = protected
        self.rootWawStems = rootWawStems
    }

    func isProtected(_ w: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let key = Self.key(w, range) else { return false }
        return protected.contains(key)
    }

    /// Packs up to 10 letters of ء–ي (6 bits each) into one integer, so a look-up hashes
    /// one word, not an array; longer words are never exceptions.
    static func key(_ w: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 10 else { return nil }
        var key: UInt64 = 0
        for i in range {
            let code = w[i]
            guard (0x21...0x4A).contains(code) else { return nil }
            key = key << 6 | UInt64(code - 0x20)
        }
        return key
    }

    private static func codes(_ word: String) -> [UInt8] {
        ArabicNormalizer.normalize(word).unicodeScalars.map { UInt8($0.value - 0x0600) }
    }

    // Frequent corpus words ending in ان/ين/ون/نا/هم/كم/ي/ه where that ending is part of
    // the word: light10 turned لبنان into لبن ("milk"), دبي into دب ("bear"), متهم into مت.
    private static let protectedWords = """
        لبنان إيران سودان يابان عمان يونان باكستان أفغانستان كردستان أذربيجان كازاخستان \
        طهران عمان رمضان شعبان حزيران نيسان عثمان سليمان سلمان رضوان سفيان عدنان غسان \
        مروان عمران حمدان أردوغان نهيان لودريان إعلان عنوان برلمان مهرجان طيران سرطان \
        إنسان ميدان زمان ديوان إخوان بركان بيان مكان إمكان كيان حيوان لسان أركان \
        بوتين فلسطين صين حسين برلين عفرين تشرين ياسين بنيامين أرجنتين تطاوين \
        تعيين تحسين تأمين تمكين تكوين تدشين توطين ملايين عناوين قوانين يمين سكين \
        مليون قانون ماكرون هارون جونسون كلينتون تريليون أمازون زيتون ليمون تلفزيون \
        كانون تعاون سجون فنون ديون غضون \
        كورونا سانا أثينا بوركينا مارادونا بيانا قانونا مليونا معلنا مبينا مكانا ممكنا \
        متهم يتهم تتهم اتهم ساهم يساهم تساهم مساهم تفاهم تسهم يسهم دراهم محاكم تراكم \
        دبي علي الله عبدالله ألمانيا ألماني ألمانية آلاف آلية آليات بشأن قوات سنة \
        أمين جوان بحرين إلغاء إلكتروني إلكترونية إلكترونيا التزام التحاق إلزام إلهام
        """.split(separator: " ").map(String.init)

    // Frequent words whose initial و is a root letter (light10: وزير → زير, وليد → ليد).
    private static let rootWawWords = """
        وزير وزيرة وزراء وزارة وزاري وكالة وكالات وسائل وسيلة وجود واحد واحدة وضعية \
        وفاة وجهة وجهات وجوه وراء وحدة وحدات وحيد وصول وقوع وادي ورود واضح واسع \
        واردات وثيقة وثائق وليد ولاية ولايات وطني وطنية وظيفة وظائف وقفة وكيل واقع \
        واقعة ورقة ولادة والد والدة والدي والدته وعود وفيات وقائع وضوح وسام ورشة \
        وجبة واشنطن وائل وديع وفاء وداد ولي وجدي وهيب وسيط وساطة وصية وقود وكلاء وعي \
        وصلت وقعت وجدت وضعت وقفت
        """.split(separator: " ").map(String.init)
}
