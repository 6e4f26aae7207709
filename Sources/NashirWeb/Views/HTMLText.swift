/// Text prepared for templates that insert it unescaped: escaped here, with bidi isolation added.
public enum HTMLText {
    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escapes `text` and wraps each run of Latin words or numbers in `<bdi>`, so «CNN»,
    /// «5+5» or «417 كم» keep their order inside right-to-left copy.
    public static func isolatingLatin(_ text: String) -> String {
        var out = ""
        var run = ""
        func flushRun() {
            guard !run.isEmpty else { return }
            // Trailing spaces and punctuation belong to the surrounding Arabic sentence.
            var tail = ""
            while let last = run.last, !isRunCore(last) { tail.insert(last, at: tail.startIndex); run.removeLast() }
            out += "<bdi>" + escape(run) + "</bdi>" + escape(tail)
            run = ""
        }
        for character in text {
            if isRunCore(character) || (!run.isEmpty && isRunJoiner(character)) {
                run.append(character)
            } else {
                flushRun()
                out += escape(String(character))
            }
        }
        flushRun()
        return out
    }

    private static func isRunCore(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.isASCII else { return false }
        return character.isLetter || character.isNumber
    }

    /// Characters that continue a Latin run: «Vue International», «5+5», «2.5», «U.S.».
    private static func isRunJoiner(_ character: Character) -> Bool {
        " .,+-/:%&'".contains(character)
    }
}
