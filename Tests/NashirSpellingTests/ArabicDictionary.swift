import Foundation
import NashirSpelling
import Testing

/// Debian's Arabic dictionary, opened once for the suites that need it; nil where hunspell-ar is
/// not installed, and those suites are then skipped.
let arabicDictionary: HunspellDictionary? = try? HunspellDictionary.system(language: "ar")

/// The same dictionary with no memo of answers, as the reference that pools and memos are held to.
let uncachedArabicDictionary: HunspellDictionary? = try? HunspellDictionary(
    affixPath: "/usr/share/hunspell/ar.aff", dictionaryPath: "/usr/share/hunspell/ar.dic", handles: 1, cacheLimit: 0)

extension Trait where Self == ConditionTrait {
    /// Runs only where Debian's hunspell-ar is installed.
    static var needsArabicDictionary: Self {
        .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/hunspell/ar.dic"),
                 "Debian's Arabic dictionary is not installed (apt-get install hunspell-ar)")
    }
}

/// Mostly correct news words with misspellings among them, for comparing answers.
let mixedWords = [
    "قال وزير الخارجية إن الحكومة الليبية ستعقد اجتماعا مع الأمم المتحدة في طرابلس لبحث الأزمة السياسية",
    "والاقتصادية وأكد الرئيس أن المفاوضات مستمرة وززير الحكومةة اللليبية المتحدده طرابلسس ترامب بايدن",
    "وأضاف المتحدث باسم الوزارة أن الانتخابات ستجرى في موعدها رغم الخلافات بين الأطراف",
].joined(separator: " ").split(separator: " ").map(String.init)
