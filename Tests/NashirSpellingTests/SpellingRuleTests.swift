import NashirCopyDesk
import NashirSpelling
import Testing

@Suite(.needsArabicDictionary) struct SpellingRuleTests {
    // «ترامب» is a name Debian's dictionary lacks: what the newsroom's word list is for.
    private let story = CopyStory(paragraphs: ["قال وزير الخارجية إن الحكومةة الليبية ستجتمع غدا مع المبعوث الأممي ومع ترامب."])

    @Test func misspeltWordsAreWarningsWithSuggestionsWhenAsked() throws {
        let dictionary = try #require(arabicDictionary)
        let spelling = CopyChecker.standard(spelling: dictionary).check(story).filter { $0.rule == "spelling" }
        #expect(spelling.map(\.excerpt) == ["الحكومةة", "ترامب"])
        #expect(spelling.allSatisfy { $0.severity == .warning })
        #expect(spelling.first?.message == "كلمة لا يعرفها المدقق")
        let guessed = CopyChecker.standard(spelling: dictionary, suggestsSpelling: true).check(story).filter { $0.rule == "spelling" }
        #expect(guessed.first?.message.contains("«الحكومة»") == true)
    }

    @Test func aKnownWordIsNotFlagged() throws {
        let dictionary = try #require(arabicDictionary)
        let settings = CopyDeskSettings(knownWords: ["ترامب"])
        let spelling = CopyChecker.standard(settings: settings, spelling: dictionary).check(story).filter { $0.rule == "spelling" }
        #expect(spelling.map(\.excerpt) == ["الحكومةة"])
    }
}
