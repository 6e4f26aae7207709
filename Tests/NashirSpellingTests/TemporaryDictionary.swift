import Foundation

/// An affix file and a word list in a fresh temporary folder, removed when the value goes.
final class TemporaryDictionary {
    let url: URL
    var affixPath: String { url.appendingPathComponent("test.aff").path }
    var dictionaryPath: String { url.appendingPathComponent("test.dic").path }

    init(affix: String, words: [String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-hunspell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try affix.write(toFile: affixPath, atomically: true, encoding: .utf8)
        try (["\(words.count)"] + words).joined(separator: "\n").appending("\n").write(toFile: dictionaryPath, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
