/// After لن، لم، أن، كي، حتى and لـ the five verbs drop their nun: «لن يسعون» → «لن يسعوا».
public struct FiveVerbsRule: ParagraphRule {
    public let id = "grammar.five-verbs"
    public let severity = CopySeverity.error
    public let title = "نون الأفعال الخمسة بعد أدوات النصب والجزم"
    /// With a dictionary, «ليشاركون» (لام التعليل fused to the verb) is checked too: only when
    /// the dictionary knows the corrected verb, since «ليبرمان» and «ليندون» are names.
    public let dictionary: (any SpellingDictionary)?

    public init(dictionary: (any SpellingDictionary)? = nil) {
        self.dictionary = dictionary
    }

    /// Particles that govern the next verb, bare (no marks); أن and حتى also take nouns such
    /// as «تأمين» and «تمكين», so after them -ين counts from six letters. «ألا» is left out: it
    /// is أن لا as often as the «ألا تريدين؟» of a question.
    static let particles: Set<String> = ["لن", "لم", "كي", "لكي", "حتى", "لئلا", "أن", "ان", "بأن", "لأن"]
    static let takesNouns: Set<String> = ["أن", "ان", "بأن", "حتى"]
    /// The particles that govern, by key: «لأن» is «because» far more often than «لأنْ», so it is left out.
    private static let governing = WordKey.set(particles.subtracting(["لأن"]))
    private static let nounTaking = WordKey.set(takesNouns)

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let words = paragraph.words
        var findings: [CopyFinding] = []
        for (index, word) in words.enumerated() {
            // «لن يسعون», «ولم يفعلون»: a particle, then the verb right after it.
            if index > 0, let key = words[index - 1].key(in: Self.governing),
               paragraph.onlySpaces(words[index - 1].range.upperBound..<word.range.lowerBound) {
                if let fixed = Self.corrected(word.bare, nounsPossible: Self.nounTaking.contains(key)) {
                    let particle = Self.withoutConjunction(words[index - 1].bare)
                    findings.append(paragraph.finding(self, "بعد «\(particle)» تُحذف نون الأفعال الخمسة: «\(fixed)»", word.range, suggestion: fixed))
                    continue
                }
            }
            // «ليشاركون»: لام التعليل fused to the verb, when the dictionary knows «يشاركوا».
            let scalars = word.bare.unicodeScalars
            if let dictionary, scalars.starts(with: "لي".unicodeScalars) || scalars.starts(with: "لت".unicodeScalars), scalars.count >= 6,
               let fixed = Self.corrected(String(scalars.dropFirst()), nounsPossible: true), dictionary.isCorrect(fixed) {
                findings.append(paragraph.finding(self, "بعد لام التعليل تُحذف نون الأفعال الخمسة: «ل\(fixed)»", word.range, suggestion: "ل" + fixed))
            }
        }
        return findings
    }

    static func withoutConjunction(_ word: String) -> String {
        if word.count > 2, word.hasPrefix("و") || word.hasPrefix("ف") { return String(word.dropFirst()) }
        return word
    }

    /// The verb without its nun, when `word` is a five-verbs form: يفعلون، تفعلون، يفعلان،
    /// تفعلان، تفعلين. Nisba plurals (ليبيون، تونسيين، تونسيان), hollow verbs ending in their
    /// root's nun (يكون، يتعاون) and, after أن and حتى, the verbal nouns of five letters (تأمين،
    /// تمكين) are not.
    static func corrected(_ word: String, nounsPossible: Bool) -> String? {
        let s = Array(word.unicodeScalars)
        guard s.count >= 5, s[0] == "ي" || s[0] == "ت" else { return nil }
        let last2 = String(String.UnicodeScalarView(s.suffix(2)))
        let beforeSuffix = s[s.count - 3]
        let stem = String(String.UnicodeScalarView(s.dropLast(2)))
        switch last2 {
        case "ون" where beforeSuffix != "ا" && beforeSuffix != "ي" && beforeSuffix != "و":
            return stem + "وا"
        // «يلتقيان» is a dual; «تونسيان» after أن is two Tunisians.
        case "ان" where beforeSuffix != "ا" && (beforeSuffix != "ي" || (s[0] == "ي" && s.count >= 6) || !nounsPossible):
            return stem + "ا"
        case "ين" where s[0] == "ت" && beforeSuffix != "ي" && (!nounsPossible || s.count >= 6):
            return stem + "ي"
        default:
            return nil
        }
    }
}

/// After قال and its forms comes إنّ, not أنّ: «قال إن الوفد وصل».
public struct SaidThatRule: ParagraphRule {
    public let id = "grammar.qala-inna"
    public let severity = CopySeverity.error
    public let title = "همزة إنّ بعد القول"
    static let sayings: Set<String> = ["قال", "قالت", "قالوا", "قالا", "قلت", "قلنا", "يقول", "تقول", "يقولون", "يقولان", "تقولين", "نقول", "أقول", "اقول"]
    static let thatForms: Set<String> = ["أن", "ان", "أنه", "انه", "أنها", "انها", "أنهم", "انهم", "أنهما", "انهما", "أننا", "اننا", "أنني", "انني", "أني", "اني", "أنكم", "انكم", "أنهن", "انهن"]
    private static let thatKeys = WordKey.set(thatForms), sayingKeys = WordKey.set(sayings)

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let words = paragraph.words
        var findings: [CopyFinding] = []
        for index in words.indices.dropFirst() {
            let word = words[index]
            guard Self.thatKeys.contains(word.key), words[index - 1].key(in: Self.sayingKeys) != nil,
                  paragraph.onlySpaces(words[index - 1].range.upperBound..<word.range.lowerBound) else { continue }
            let fixed = "إ" + word.bare.dropFirst()
            findings.append(paragraph.finding(self, "بعد «\(words[index - 1].bare)» تُكسر همزة «إن»: «\(fixed)»", word.range, suggestion: fixed))
        }
        return findings
    }
}

/// The same word twice in a row («في في»), except where Arabic repeats on purpose (رويدا رويدا).
public struct RepeatedWordRule: ParagraphRule {
    public let id = "word.repeated"
    public let severity = CopySeverity.error
    public let title = "كلمة مكررة"
    static let intended: Set<String> = Set([
        "رويدا", "رويد", "شيئا", "خطوة", "قليلا", "يوما", "سنة", "شهرا", "حينا", "جدا", "لا", "نعم", "كلا", "بعيدا",
        "طويلا", "كثيرا", "تماما", "مرحبا", "بابا", "ماما", "شبرا", "ذراعا", "حرفا", "كلمة", "بيتا", "واحدا", "واحدة", "صفا", "دكا",
        // «واحد واحد» is a one-all draw and «one by one»; the colloquial «شوي شوي», «حبة حبة».
        "واحد", "شوي", "شوية", "شويه", "حبة", "حبه",
        // «صواريخ أرض أرض», «أرض جو»; a chant.
        "أرض", "جو", "بحر", "سلمية",
    ]).union(spelledLetters)
    /// Latin letters spelt out in Arabic: «بي بي سي», «سي إن إن».
    static let spelledLetters: Set<String> = ["بي", "سي", "دي", "تي", "جي", "إن", "ان", "إم", "ام", "إل", "إف", "إس", "آر", "يو"]
    private static let intendedKeys = WordKey.set(intended)
    private static let letterKeys = WordKey.set(spelledLetters)
    /// «أن» is a letter only after another one: «سي أن أن» is CNN, «أن أن» alone a slip.
    private static let letterAfterLetter = WordKey("أن")

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let words = paragraph.words
        var findings: [CopyFinding] = []
        for index in words.indices.dropFirst() {
            let (first, second) = (words[index - 1], words[index])
            guard first.key == second.key, !Self.intendedKeys.contains(first.key),
                  !(first.key == Self.letterAfterLetter && index >= 2 && Self.letterKeys.contains(words[index - 2].key)),
                  first.range.upperBound < second.range.lowerBound,
                  paragraph.onlySpaces(first.range.upperBound..<second.range.lowerBound) else { continue }
            findings.append(paragraph.finding(self, "«\(second.bare)» مكررة", first.range.upperBound..<second.range.upperBound, suggestion: ""))
        }
        return findings
    }
}
