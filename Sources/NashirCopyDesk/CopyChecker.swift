/// Runs the copy desk's rules over a story, minus those the site turned off, and returns the
/// findings in reading order.
public struct CopyChecker: Sendable {
    public let rules: [any CopyRule]

    public init(rules: [any CopyRule]) {
        self.rules = rules
    }

    /// Every rule, as configured by `settings`; spelling only with a dictionary, and its guesses
    /// only when `suggestsSpelling`.
    public static func standard(
        settings: CopyDeskSettings = CopyDeskSettings(), spelling: (any SpellingDictionary)? = nil, suggestsSpelling: Bool = false
    ) -> CopyChecker {
        var rules: [any CopyRule] = [
            MissingSpaceAfterPunctuationRule(), SpaceBeforePunctuationRule(), SpaceInsideBracketsRule(), DoubleSpaceRule(),
            LatinPunctuationRule(), UnbalancedBracketsRule(), TatweelRule(), MixedDigitsRule(), FiveVerbsRule(dictionary: spelling), SaidThatRule(),
            RepeatedWordRule(), NameConsistencyRule(), RepeatedSentenceRule(), HouseStyleRule(entries: settings.houseStyle),
        ]
        if let spelling { rules.append(SpellingRule(dictionary: spelling, knownWords: settings.knownWords, suggests: suggestsSpelling)) }
        return CopyChecker(rules: rules.filter { !settings.disabledRules.contains($0.id) })
    }

    /// The ids and Arabic titles of every rule, spelling included, for the settings page.
    public static let catalogue: [(id: String, title: String)] = {
        let all: [any CopyRule] = standard(settings: CopyDeskSettings(houseStyle: []), spelling: NoDictionary()).rules
        return all.map { ($0.id, $0.title) }
    }()

    public func check(_ story: CopyStory) -> [CopyFinding] {
        let paragraphs = story.paragraphs.enumerated().map { ScannedParagraph(index: $0.offset, text: $0.element) }
        return rules.flatMap { $0.check(paragraphs) }.sorted {
            ($0.paragraph, $0.offset, $0.rule) < ($1.paragraph, $1.offset, $1.rule)
        }
    }
}

/// What a site configures of its copy desk.
public struct CopyDeskSettings: Sendable, Equatable {
    /// Rule ids the site turned off.
    public var disabledRules: Set<String>
    public var houseStyle: [HouseStyleEntry]
    /// Names, places and agencies the spelling rule accepts.
    public var knownWords: Set<String>

    public init(disabledRules: Set<String> = [], houseStyle: [HouseStyleEntry] = HouseStyleEntry.defaults, knownWords: Set<String> = []) {
        self.disabledRules = disabledRules
        self.houseStyle = houseStyle
        self.knownWords = knownWords
    }
}

private struct NoDictionary: SpellingDictionary {
    func isCorrect(_ word: String) -> Bool { true }
    func suggestions(for word: String) -> [String] { [] }
}
