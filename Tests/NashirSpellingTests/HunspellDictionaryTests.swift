import NashirSpelling
import Testing

@Suite(.needsArabicDictionary) struct HunspellDictionaryTests {
    private var dictionary: HunspellDictionary { arabicDictionary! }

    @Test(arguments: ["الحكومة", "وزير", "ليبيا", "والحكومة", "بالحكومة", "الرئيس", "المتحدة", "إسرائيل"])
    func commonWordsAreCorrect(word: String) {
        #expect(dictionary.isCorrect(word))
    }

    @Test(arguments: [("الحكومةة", "الحكومة"), ("وززير", "وزير"), ("طرابلسس", "طرابلس")])
    func misspellingsAreRejectedWithTheIntendedWordSuggested(misspelt: String, intended: String) {
        #expect(!dictionary.isCorrect(misspelt))
        #expect(dictionary.suggestions(for: misspelt).contains(intended))
    }

    @Test func concurrentUseAnswersLikeSerialUse() async throws {
        let serial = try #require(uncachedArabicDictionary)
        let expected = mixedWords.map { serial.isCorrect($0) }
        let expectedSuggestions = ["وززير", "الحكومةة"].map { serial.suggestions(for: $0) }
        // More handles than cores and no memo, so every answer comes from a handle under contention.
        let shared = try HunspellDictionary(
            affixPath: "/usr/share/hunspell/ar.aff", dictionaryPath: "/usr/share/hunspell/ar.dic", handles: 3, cacheLimit: 0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<12 {
                group.addTask {
                    let rotated = Array(mixedWords[task...] + mixedWords[..<task])
                    let answers = rotated.map { shared.isCorrect($0) }
                    #expect(answers == Array(expected[task...] + expected[..<task]))
                    if task % 4 == 0 {
                        // Hunspell stops its slower suggestion searches on a CPU-time budget (clock(), the
                        // whole process's time), so under load it may offer fewer: never others, never
                        // without the word meant.
                        let suggestions = ["وززير", "الحكومةة"].map { shared.suggestions(for: $0) }
                        for (offered, serialOffered) in zip(suggestions, expectedSuggestions) {
                            #expect(Set(offered).isSubset(of: serialOffered), "\(offered) against \(serialOffered)")
                        }
                        #expect(suggestions[0].contains("وزير") && suggestions[1].contains("الحكومة"))
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test(arguments: [0, 3, 200_000])
    func theMemoDoesNotChangeAnswers(cacheLimit: Int) throws {
        let uncached = try #require(uncachedArabicDictionary)
        let memoised = try HunspellDictionary(
            affixPath: "/usr/share/hunspell/ar.aff", dictionaryPath: "/usr/share/hunspell/ar.dic", handles: 1, cacheLimit: cacheLimit)
        let expected = mixedWords.map { uncached.isCorrect($0) }
        #expect(expected.contains(true) && expected.contains(false))
        // Twice, so the second pass answers from the memo where there is one (and across clears with 3).
        #expect(mixedWords.map { memoised.isCorrect($0) } == expected)
        #expect(mixedWords.map { memoised.isCorrect($0) } == expected)
    }
}
