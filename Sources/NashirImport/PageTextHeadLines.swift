import ArabicText
import Foundation

/// What a single line over the copy is: a headline's shape, a credit signing it, a photo's
/// caption, a ticker's titles joined on one line.
extension PageTextHead {
    /// A line that can be a headline or a sub-headline: a few words to a long line, not a
    /// sentence of copy, not a date, a byline, a button, a widget's call or a breadcrumb.
    static func isHeadlineLike(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 4...PageTextChrome.maxListedTitleWords) && !line.hasSuffix(".") && !line.hasSuffix(":")
            && !PageTextChrome.isDateLine(line) && !PageChrome.isChrome(line) && !PageTextBody.isButton(line)
            && BylineLine.name(in: line) == nil && !BylineLine.opensLabelled(line) && !BylineLine.isDated(line) && !isBreadcrumb(line) && PageTextBody.breadcrumbSection(line) == nil && line.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
            && !isCaption(line) && !line.contains("©") && !isCredit(line) && !isJoinedList(line) && !isGreeting(line)
    }

    /// A poster's greeting over a forum post's copy («السلام عليكم ورحمة الله وبركاته»): never its title.
    static func isGreeting(_ line: String) -> Bool {
        let bare = ArabicNormalizer.normalize(line.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)))
        return PageTextChrome.words(line, in: 2...6) && ["السلام عليكم", "بسم الله الرحمن الرحيم"].contains(where: { bare.hasPrefix(ArabicNormalizer.normalize($0)) })
    }

    /// A ticker's titles or a menu's items copied onto one line between bars: two parts of three
    /// words or more, or four parts of any length («中文 | English | … | العربية»).
    static func isJoinedList(_ line: String) -> Bool {
        guard line.contains(" | ") else { return false }
        let parts = line.split(separator: " | ")
        return parts.count >= 4 || parts.count >= 2 && parts.allSatisfy { PageTextChrome.words(String($0), upTo: 3) >= 3 }
    }

    /// «العربية.نت ـ محمد جراح», «كازان - د ب أ», «المسلة – متابعة – وكالات»: the outlet or the
    /// city and the writer or the agency, a few words each side of a dash.
    static func isCredit(_ line: String) -> Bool {
        let dashed = line.split(separator: /\s[-–—ـ]\s/)
        // A slash parts them too when a credit's word stands in them («عدن تايم / وكالات :»).
        let slashed = line.trimmingCharacters(in: .init(charactersIn: " :")).split(separator: /\s\/\s/)
        let parts = dashed.count == 1 && slashed.count > 1 ? slashed : dashed
        // A site's name may hold digits («الإمارات 71 - متابعات») when a credit's word closes it; a date does not.
        let credited = parts.contains { PageTextChrome.collectiveCredits.contains($0.trimmingCharacters(in: .whitespaces)) || $0.trimmingCharacters(in: .whitespaces) == "خاص" }
        if parts == slashed, !credited { return false }
        // With a credit's word, the site's name may be longer («جي بي سي نيوز - وكالات»).
        let nameWords = credited ? 5 : 3
        return (2...3).contains(parts.count) && parts.allSatisfy { PageTextChrome.words(String($0), in: 1...nameWords) } && PageTextChrome.words(line, in: 0...(nameWords + 5))
            && !PageTextChrome.endsSentence(line) && (!line.contains(where: \.isNumber) || credited && !PageTextChrome.isDateLine(line))
    }

    /// A photo's caption ends with its credit in brackets: «جانب من الاجتماع (أ.ب)», «مشهد من العمل (Getty)»,
    /// or with what the photo is after a dash: «جانب من الحدث - صورة أرشيفية».
    static func isCaption(_ line: String) -> Bool {
        if let dash = line.ranges(of: " - ").last ?? line.ranges(of: " – ").last ?? line.ranges(of: " — ").last {
            let note = String(line[dash.upperBound...]).trimmingCharacters(in: .whitespaces)
            // «مشهد عام للمدينة — أ ف ب», «… — Getty Images»: the photo's agency after the dash.
            if PageTextChrome.words(note, in: 1...3), ["صورة", "أرشيف", "ارشيف", "تصوير"].contains(where: note.contains) || PageTextBody.isAgencyName(note)
                || PageTextBody.isButton(note) && !line.hasSuffix(".") { return true }
        }
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let credit = line[line.index(after: open)..<line.index(before: line.endIndex)]
        // A headline's note of what the story holds («… (فيديو)», «… (صور)») is no photo's credit.
        if mediaNotes.contains(ArabicNormalizer.normalize(credit.trimmingCharacters(in: .whitespaces))) { return false }
        return PageTextChrome.words(String(credit), in: 1...3) && !credit.contains(where: \.isNumber)
    }

    /// What a headline's brackets say the story holds («فيديو», «صور»), folded: no photo's credit.
    static let mediaNotes = Set(["فيديو", "صور", "صورة", "بالفيديو", "بالصور", "فيديو وصور", "صور وفيديو", "تحديث", "تحيين", "محدث", "مباشر",
                                 "إنفوجراف", "انفوغراف", "فيديوغراف", "تقرير", "حوار", "خاص"].map(ArabicNormalizer.normalize))
}
