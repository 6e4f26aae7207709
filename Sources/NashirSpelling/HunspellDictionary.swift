import CHunspell
import Foundation
import NashirCopyDesk
import Synchronization

/// The copy desk's spelling dictionary backed by Hunspell, safe to share across threads: a pool of
/// handles (one per core at most, each behind its own lock) and a memo of `isCorrect` answers.
public final class HunspellDictionary: SpellingDictionary {
    /// Where Debian's hunspell-* packages install their dictionaries.
    public static let systemDirectory = "/usr/share/hunspell"

    private let slots: [HunspellSlot]
    private let cache: SpellingCache
    private let turn = Atomic<UInt>(0)

    /// Opens the dictionary at `affixPath` and `dictionaryPath`, with up to `handles` Hunspell handles
    /// and up to `cacheLimit` remembered answers (0 for none).
    public init(
        affixPath: String, dictionaryPath: String,
        handles: Int = ProcessInfo.processInfo.activeProcessorCount, cacheLimit: Int = 200_000
    ) throws(HunspellError) {
        // Hunspell opens a missing file without a word of complaint and then rejects every word.
        for path in [affixPath, dictionaryPath] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw .missingFile(path: path)
            }
        }
        slots = (0..<max(1, handles)).map { _ in HunspellSlot(affixPath: affixPath, dictionaryPath: dictionaryPath) }
        cache = SpellingCache(limit: cacheLimit)
        // Opening the first handle now makes a dictionary that cannot serve fail here, not on a word.
        // Words arrive as UTF-8 and go to Hunspell as they are, which is right only for a UTF-8 dictionary.
        let encoding = slots[0].withHandle { String(cString: Hunspell_get_dic_encoding($0)) }
        guard encoding == "UTF-8" else { throw .unsupportedEncoding(encoding, affixPath: affixPath) }
    }

    /// The system's dictionary for `language`, e.g. Debian's hunspell-ar for "ar".
    public static func system(language: String = "ar") throws(HunspellError) -> HunspellDictionary {
        try HunspellDictionary(
            affixPath: "\(systemDirectory)/\(language).aff", dictionaryPath: "\(systemDirectory)/\(language).dic")
    }

    public func isCorrect(_ word: String) -> Bool {
        if let known = cache.answer(for: word) { return known }
        let correct = withHandle { handle in word.withCString { Hunspell_spell(handle, $0) != 0 } }
        cache.remember(correct, for: word)
        return correct
    }

    public func suggestions(for word: String) -> [String] {
        withHandle { handle in
            word.withCString { text in
                var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
                let count = Hunspell_suggest(handle, &list, text)
                defer { Hunspell_free_list(handle, &list, count) }
                guard let list else { return [] }
                return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
            }
        }
    }

    /// The first free handle, so handles beyond the first are made only when calls overlap; when
    /// every one is busy, waits on them in turn.
    private func withHandle<Result: Sendable>(_ body: (OpaquePointer) -> Result) -> Result {
        for slot in slots {
            if let result = slot.withHandleIfFree(body) { return result }
        }
        let next = turn.wrappingAdd(1, ordering: .relaxed).oldValue
        return slots[Int(next % UInt(slots.count))].withHandle(body)
    }
}
