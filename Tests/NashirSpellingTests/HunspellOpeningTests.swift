import Foundation
import NashirSpelling
import Testing

/// Opening dictionaries the tests write themselves, so these run with or without hunspell-ar.
@Suite struct HunspellOpeningTests {
    @Test func aMissingAffixFileIsNamed() {
        #expect(throws: HunspellError.missingFile(path: "/nonexistent/xx.aff")) {
            try HunspellDictionary(affixPath: "/nonexistent/xx.aff", dictionaryPath: "/nonexistent/xx.dic")
        }
    }

    @Test func aMissingWordListIsNamed() throws {
        let folder = try TemporaryDictionary(affix: "SET UTF-8\n", words: [])
        let missing = folder.url.appendingPathComponent("absent.dic").path
        let error = #expect(throws: HunspellError.self) {
            try HunspellDictionary(affixPath: folder.affixPath, dictionaryPath: missing)
        }
        #expect(error == .missingFile(path: missing))
        #expect(error?.description.hasPrefix(missing + ":") == true)
    }

    @Test func aLanguageTheSystemLacksNamesItsAffixFile() {
        #expect(throws: HunspellError.missingFile(path: "/usr/share/hunspell/zz-nashir.aff")) {
            try HunspellDictionary.system(language: "zz-nashir")
        }
    }

    @Test func aDictionaryNotInUTF8IsRefused() throws {
        let folder = try TemporaryDictionary(affix: "SET ISO8859-1\n", words: ["abc"])
        #expect(throws: HunspellError.unsupportedEncoding("ISO8859-1", affixPath: folder.affixPath)) {
            try HunspellDictionary(affixPath: folder.affixPath, dictionaryPath: folder.dictionaryPath)
        }
    }

    @Test func aSmallUTF8DictionaryAnswersInArabic() throws {
        let folder = try TemporaryDictionary(affix: "SET UTF-8\nTRY يةوزرحكمال\n", words: ["الحكومة", "وزير"])
        let dictionary = try HunspellDictionary(affixPath: folder.affixPath, dictionaryPath: folder.dictionaryPath)
        #expect(dictionary.isCorrect("الحكومة"))
        #expect(dictionary.isCorrect("وزير"))
        #expect(!dictionary.isCorrect("وززير"))
        #expect(dictionary.suggestions(for: "وززير") == ["وزير"])
    }
}
