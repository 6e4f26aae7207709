import ArabicText

/// One way readers type a word differently from how the headline printed it.
public enum RespellingKind: String, CaseIterable, Sendable, Comparable {
    case alefHamza, seatedHamza, tehMarbuta, finalYeh, article, conjunction, diacritics, digits, tatweel

    /// The label used in reports.
    public var label: String {
        switch self {
        case .alefHamza: "hamza on alef dropped (أ إ آ → ا)"
        case .seatedHamza: "hamza on و/ي dropped (ؤ → و, ئ → ي/ى)"
        case .tehMarbuta: "ة written ه"
        case .finalYeh: "final ى/ي swapped"
        case .article: "ال added or removed"
        case .conjunction: "و added or removed"
        case .diacritics: "diacritics added"
        case .digits: "digits switched (0-9 ↔ ٠-٩)"
        case .tatweel: "tatweel added"
        }
    }

    /// Chance that a word the rule fits is re-spelt this way in the mixed query set. Chosen, not
    /// measured: hamza near the top of the 16–34 % of hamzated words typed bare in real queries
    /// (notes/arabic-search.md §6.1); ة/ه and ى/ي, the commonest misspellings, a little lower;
    /// ال and و lower still because they change the word, not its spelling, and و lowest as it
    /// fits nearly every word; digits half the time (keyboards differ); harakat and tatweel
    /// rare, as in real queries (4 % and 0.1 % of them).
    public var mixedRate: Double {
        switch self {
        case .alefHamza, .seatedHamza: 0.3
        case .tehMarbuta, .finalYeh: 0.2
        case .article: 0.15
        case .conjunction: 0.05
        case .diacritics: 0.02
        case .digits: 0.5
        case .tatweel: 0.01
        }
    }

    /// A habit (every word it fits) rather than a slip (one word), in the single-kind sets.
    public var isHabit: Bool {
        switch self {
        case .alefHamza, .seatedHamza, .tehMarbuta, .finalYeh, .digits: true
        case .article, .conjunction, .diacritics, .tatweel: false
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Applies re-spellings to single words; ال and و changes must give a form the corpus uses.
public struct Respeller: Sendable {
    public var vocabulary: Vocabulary
    /// How often a form must occur in the corpus to count as one writers use.
    public var minimumCount = 3

    public init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    /// The word re-spelt by `kind`, or nil when the rule does not fit it.
    public func respell(_ word: String, _ kind: RespellingKind, using rng: inout SplitMix64) -> String? {
        let s = Array(word.unicodeScalars)
        guard !s.isEmpty else { return nil }
        switch kind {
        case .alefHamza:
            guard s.contains(where: { Letters.alefHamzas.contains($0) }) else { return nil }
            return string(s.map { Letters.alefHamzas.contains($0) ? "\u{0627}" : $0 })
        case .seatedHamza:
            guard s.contains(where: { $0 == "\u{0624}" || $0 == "\u{0626}" }) else { return nil }
            let lastLetter = s.lastIndex(where: Letters.isArabicLetter)
            return string(s.indices.map { i -> Unicode.Scalar in
                switch s[i] {
                case "\u{0624}": "\u{0648}"
                // A final ئ without its hamza is written ى as often as ي (شاطئ → شاطى, شاطي).
                case "\u{0626}": i == lastLetter && rng.chance(0.5) ? "\u{0649}" : "\u{064A}"
                default: s[i]
                }
            })
        case .tehMarbuta:
            guard s.last == "\u{0629}" else { return nil }
            return string(s.dropLast() + ["\u{0647}"])
        case .finalYeh:
            guard s.count >= 2, let last = s.last, last == "\u{0649}" || last == "\u{064A}" else { return nil }
            return string(s.dropLast() + [last == "\u{0649}" ? "\u{064A}" : "\u{0649}"])
        case .article:
            if word.hasPrefix("ال"), s.count >= 5, usable(String(word.dropFirst(2)), for: word) { return String(word.dropFirst(2)) }
            if !word.hasPrefix("ال"), s.allSatisfy(Letters.isArabicLetter), usable("ال" + word, for: word) { return "ال" + word }
            return nil
        case .conjunction:
            // Only where the rest is at least as common: وزير is not و + زير.
            let rest = String(word.dropFirst())
            if word.hasPrefix("و"), s.count >= 4, usable(rest, for: word), vocabulary.count(rest) >= vocabulary.count(word) { return rest }
            if s.allSatisfy(Letters.isArabicLetter), usable("و" + word, for: word) { return "و" + word }
            return nil
        case .diacritics:
            let positions = s.indices.filter { Letters.isArabicLetter(s[$0]) && !Letters.takesNoHaraka.contains(s[$0]) }
            guard !positions.isEmpty else { return nil }
            var chosen = positions
            rng.shuffle(&chosen)
            let marked = Set(chosen.prefix(1 + rng.below(min(3, positions.count))))
            var out: [Unicode.Scalar] = []
            for i in s.indices {
                out.append(s[i])
                guard marked.contains(i) else { continue }
                let mark = Letters.harakat[rng.below(Letters.harakat.count)]
                out.append(mark)
                if mark == "\u{0651}", rng.chance(0.5) { out.append(Letters.harakat[rng.below(3)]) }
            }
            return string(out)
        case .digits:
            guard s.contains(where: { DigitStyle.decimalValue(of: $0) != nil }) else { return nil }
            return string(s.map { scalar -> Unicode.Scalar in
                guard let value = DigitStyle.decimalValue(of: scalar) else { return scalar }
                return Unicode.Scalar((scalar.value < 0x80 ? 0x0660 : 0x30) + value)!
            })
        case .tatweel:
            let positions = s.indices.dropLast().filter { Letters.joinsLeft.contains(s[$0]) && Letters.isArabicLetter(s[$0 + 1]) }
            guard !positions.isEmpty else { return nil }
            let at = positions[rng.below(positions.count)]
            var out = s
            out.insert(contentsOf: Array(repeating: "\u{0640}", count: 1 + rng.below(3)), at: at + 1)
            return string(out)
        }
    }

    /// Whether writers use `form` in place of `word`: at least `minimumCount` times, and at
    /// least a tenth as often, so بعد does not become البعد ("the distance") nor أمام الأمام.
    private func usable(_ form: String, for word: String) -> Bool {
        let count = vocabulary.count(form)
        return count >= minimumCount && count * 10 >= vocabulary.count(word)
    }

    private func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// The Arabic letter classes the rules need.
enum Letters {
    static let alefHamzas: Set<Unicode.Scalar> = ["\u{0623}", "\u{0625}", "\u{0622}"]
    /// Fatha, damma, kasra (the first three, which may follow a shadda), sukun, shadda.
    static let harakat: [Unicode.Scalar] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0652}", "\u{0651}"]
    /// Letters readers do not vowel: alef and its seats, alef maksura.
    static let takesNoHaraka: Set<Unicode.Scalar> = ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}", "\u{0649}"]
    /// Dual-joining letters: only after these can a tatweel stretch the join to the next letter.
    static let joinsLeft: Set<Unicode.Scalar> = Set(
        [0x0626, 0x0628, 0x0649, 0x064A].map { Unicode.Scalar($0)! }
            + (0x062A...0x062E).map { Unicode.Scalar($0)! }
            + (0x0633...0x063A).map { Unicode.Scalar($0)! }
            + (0x0641...0x0647).map { Unicode.Scalar($0)! })

    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x063A).contains(scalar.value) || (0x0641...0x064A).contains(scalar.value)
    }
}
