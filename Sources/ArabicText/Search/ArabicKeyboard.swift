/// Text typed with the keyboard left on the Latin layout while the reader meant Arabic: the
/// same keys on the standard Arabic (101) layout. `hgvzds` was meant as الرئيس.
public enum ArabicKeyboard {
    /// The Arabic the keys of `text` type, or nil when `text` has other characters than the
    /// keys of the layout and white space, or holds no letter key at all.
    public static func arabic(fromLatinKeys text: String) -> String? {
        var result = ""
        var letters = 0
        for character in text {
            if character.isWhitespace {
                result.append(" ")
            } else if let arabic = keys[Character(character.lowercased())] {
                result += arabic
                letters += 1
            } else {
                return nil
            }
        }
        return letters > 0 ? result : nil
    }

    private static let keys: [Character: String] = [
        "q": "ض", "w": "ص", "e": "ث", "r": "ق", "t": "ف", "y": "غ", "u": "ع", "i": "ه", "o": "خ", "p": "ح",
        "[": "ج", "]": "د", "a": "ش", "s": "س", "d": "ي", "f": "ب", "g": "ل", "h": "ا", "j": "ت", "k": "ن",
        "l": "م", ";": "ك", "'": "ط", "z": "ئ", "x": "ء", "c": "ؤ", "v": "ر", "b": "لا", "n": "ى", "m": "ة",
        ",": "و", ".": "ز", "/": "ظ", "`": "ذ",
    ]
}
