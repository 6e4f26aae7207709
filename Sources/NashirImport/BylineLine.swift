import ArabicText
import Foundation

/// A line that signs the copy above or below it: «كتبت أسماء نصار», «بقلم: محمد علي»,
/// «حوار: آسيا العتروس». Importers keep the name as the article's byline instead of dropping
/// the line with the page's chrome, so the writer's credit survives the move.
enum BylineLine {
    /// The words a byline opens with, with or without a colon after them.
    /// (Drupal's «أرسلت بواسطة …», «Submitted by …» sign its nodes.)
    static let openings: Set<String> = ["كتب", "كتبت", "كتبه", "كتبته", "كتبها", "بقلم", "بواسطة", "ترجمه", "ترجمته", "By", "by", "Par", "par",
                                        "أرسلت بواسطة", "أرسل بواسطة", "Submitted by"]
    /// Words that open a byline only with a colon after them: «تقرير خاص» is a kicker, «تقرير: منى سالم» a byline.
    static let colonOpenings: Set<String> = ["تحرير", "إعداد", "اعداد", "حوار", "أجرى الحوار", "أجرت الحوار", "تقرير", "متابعة", "ترجمة",
                                             "كتب بواسطة", "الكاتب", "الكاتبة", "المحرر", "المحررة", "كتابة"]
    /// Whether `line` credits the translator («ترجمه من الفرنسية سارة قريرة»), not the writer.
    static func isTranslatorCredit(_ line: String) -> Bool {
        translatorOpenings.contains(where: { line.hasPrefix($0 + " ") || line.hasPrefix($0 + ":") }) && name(in: line) != nil
    }

    /// Openings of a translator's credit, which may name the language translated from.
    private static let translatorOpenings: Set<String> = ["ترجمه", "ترجمته", "ترجمة"]
    /// Most words a name (or two names joined by و) takes.
    static let maxNameWords = 5

    /// The name `line` credits, or nil when it is not a byline: an opening, then a few words of
    /// letters alone (no digit, no sentence), which a sentence starting with «كتب» rarely is.
    static func name(in text: String) -> String? {
        // «كُتب بواسطة:»: a theme may vowel its label.
        let line = unvowelled(text)
        for opening in openings.union(colonOpenings) where line.hasPrefix(opening) {
            var rest = line.dropFirst(opening.count)
            guard let next = rest.first, next == ":" || next == " " || next == "：" else { continue }
            let colon = rest.drop(while: \.isWhitespace).first.map { $0 == ":" || $0 == "：" } ?? false
            if colonOpenings.contains(opening), !colon { continue }
            rest = rest.drop { $0 == ":" || $0 == "：" || $0.isWhitespace }
            // A translator's credit names the language first («ترجمه من الفرنسية سارة قريرة»).
            if translatorOpenings.contains(opening), let language = rest.firstMatch(of: /^(?:من|عن) (?:ال|اللغة ال)\S+\s+/) {
                rest = rest[language.range.upperBound...]
            }
            let name = rest.trimmingTrailing { $0.isWhitespace || $0 == "،" || $0 == "-" || $0 == "–" }
            let words = name.split(whereSeparator: \.isWhitespace)
            // «By ريم ع.»: a name may end in an initial and its dot, a sentence does not.
            let initial = words.count > 1 && words.last.map { $0.count == 2 && $0.last == "." } == true
            guard (1...maxNameWords).contains(words.count), name.last != "." || initial,
                  name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || Self.isMark($0) }),
                  // A sentence holds stop words («كتب الرئيس رسالة إلى الأمين العام»); a name does not.
                  // (A kunya opens a name with «أم», which is a stop word elsewhere: «أم عبد الله».)
                  !words.enumerated().contains(where: { index, word in
                      !(index == 0 && words.count > 1 && ["أم", "ام"].contains(word))
                          && ArabicStopWords.contains(ArabicNormalizer.normalize(String(word)), writtenWithYeh: word.hasSuffix("ي"))
                  })
            else { continue }
            return String(name)
        }
        return nil
    }

    /// A byline with its date after «في», as one sentence: «كتب بواسطة نادية الإدريسي في 9 مايو 2018.»
    /// (Joomla's article info), which reads like a sentence of copy.
    static func isDated(_ text: String) -> Bool {
        datedName(text) != nil
    }

    /// The name a byline with its date after «في» credits (`isDated`), or a meta row opening with
    /// the byline, the date after the name («بقلم نادين حداد 18 فبراير، 2018 قراءة في دقيقة واحدة»).
    static func datedName(_ text: String) -> String? {
        // «نُشر بتاريخ 8 أبريل، 2018 بواسطة أم عبد الله»: the stamp first, then who posted.
        if let by = text.range(of: " بواسطة "), PageTextChrome.isDateLine(String(text[..<by.lowerBound])) {
            return name(in: "بواسطة " + text[by.upperBound...])
        }
        guard opens(text) else { return nil }
        if let split = text.range(of: " في ", options: .backwards),
           PageTextChrome.isDateLine(text[split.upperBound...].trimmingCharacters(in: .init(charactersIn: ". "))) {
            return name(in: String(text[..<split.lowerBound]))
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let date = words.firstIndex(where: { $0.contains(where: \.isNumber) }), (2...(maxNameWords + 1)).contains(date),
              PageTextChrome.isDateLine(words[date...].joined(separator: " ")) else { return nil }
        return name(in: words[..<date].joined(separator: " "))
    }

    /// Whether `line` opens with a byline's word, with or without its colon («بواسطة admin»).
    static func opens(_ text: String) -> Bool {
        let line = unvowelled(text)
        return openings.union(colonOpenings).contains { line.hasPrefix($0 + " ") || line.hasPrefix($0 + ":") }
    }

    /// Whether `text` opens with a byline's label and its colon («كتب: دبي - البوابة العربية للأخبار
    /// التقنية»), whatever the credit after it: a line so labelled is never a headline. (Only a
    /// writer's verb: «تقرير: …», «حوار: …» head stories too.)
    static func opensLabelled(_ text: String) -> Bool {
        let line = unvowelled(text)
        return openings.contains { line.hasPrefix($0 + ":") || line.hasPrefix($0 + " :") }
    }

    /// «ع.ش/ م.س», «ح.ز», «ه س / ع أ»: editors' initials, letters and dots, one to three of
    /// them, or single letters spaced in groups between slashes.
    static func isInitials(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "/" || $0.isWhitespace })
        if (1...3).contains(parts.count) && text.contains(".") && parts.allSatisfy({ $0.count <= 5 && $0.allSatisfy { $0.isLetter || $0 == "." } }) {
            return true
        }
        let groups = text.split(separator: "/").map { $0.split(whereSeparator: \.isWhitespace) }
        return (2...3).contains(groups.count) && groups.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) } }
    }

    /// `text` without its vowel marks, which sit inside a letter's character («كُتب» → «كتب»):
    /// themes vowel their labels and stamps.
    static func unvowelled(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    private static func isMark(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
    }
}

private extension Substring {
    func trimmingTrailing(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
