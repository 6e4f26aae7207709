import ArabicText
import Foundation

/// What a single line over the copy is: a headline's shape, a credit signing it, a photo's
/// caption, a ticker's titles joined on one line, a greeting, a forum's topic heading, a writer's
/// description, a trail.
extension PageTextHead {
    /// A line that can be a headline or a sub-headline: a few words to a long line, not a
    /// sentence of copy, not a date, a byline, a button, a widget's call or a breadcrumb.
    static func isHeadlineLike(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 4...PageTextChrome.maxListedTitleWords) && !line.hasSuffix(".") && !line.hasSuffix(":")
            && !PageTextChrome.isDateLine(line) && !PageChrome.isChrome(line) && !PageTextBody.isButton(line)
            && BylineLine.name(in: line) == nil && !BylineLine.opensLabelled(line) && !BylineLine.isDated(line) && !isBreadcrumb(line) && PageTextBody.breadcrumbSection(line) == nil && line.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
            && !isCaption(line) && !line.contains("©") && !isCredit(line) && !isJoinedList(line) && !isGreeting(line)
            // A field naming the category («المحور: العولمة وتطورات العالم المعاصر») is no title.
            && !CategoryLine.statements.contains(where: { $0.hasSuffix(":") && line.hasPrefix($0) })
            // Nor is a credit that no headline opens with («إعداد: وحدة التحقق في أريج», «إشراف: …»).
            && !creditFields.contains(where: { line.hasPrefix($0 + ":") || line.hasPrefix($0 + " :") })
    }

    /// Labels of the credits a story's team signs with, which never open a headline (unlike «تقرير:» or «حوار:»).
    static let creditFields = ["إعداد", "اعداد", "إشراف", "اشراف", "تحرير", "تصوير", "مراجعة", "تدقيق", "تنسيق", "كتابة"]

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
        // A dash spaced on one side only parts a credit's word from the site's name («المشهد العربي- وكالات»).
        let tight = line.split(separator: /\s[-–—ـ]\s/)
        let loose = line.split(separator: /\s*[-–—]\s+|\s+[-–—]\s*/)
        let dashed = tight.count == 1 && loose.count > 1 && loose.contains(where: { PageTextChrome.collectiveCredits.contains($0.trimmingCharacters(in: .whitespaces)) }) ? loose : tight
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

    /// What a forum's post header names after its label («موضوع: …», «الموضوع: …»); nil for other lines.
    static func topicNamed(_ line: String) -> String? {
        guard let label = ["موضوع:", "الموضوع:", "موضوع :", "عنوان الموضوع:", "عنوان المشاركة:"].first(where: line.hasPrefix) else { return nil }
        let rest = line.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// Who a writer is, under their name: «مدون مصري مهتم بريادة الأعمال», «كاتبة وباحثة في الشأن الخليجي».
    /// `roles` adds titles («مدير برنامج …», «كبيرة المحللين …», «… زميل أول في …») that open a think
    /// tank's lines under its writers' names and a column's closing note, but a sentence of copy
    /// about someone else as often: only those places ask for them.
    static func isWriterBio(_ line: String, roles: Bool = false) -> Bool {
        // A footnote's star may mark it, and a comma close its first word («* صحافي، متخصص في …»).
        let note = line.drop { $0 == "*" || $0 == " " }
        guard PageTextChrome.words(String(note), in: 2...20), let first = note.split(separator: " ").first else { return false }
        let word = ArabicNormalizer.normalize(first.trimmingCharacters(in: .init(charactersIn: "،,:")))
        return writerWords.contains(word) || roles && roleWords.contains(word)
    }

    private static let roleWords = Set(["مدير", "مديرة", "كبير", "كبيرة", "مستشار", "مستشارة", "خبير", "خبيرة", "مراسل", "مراسلة", "زميل", "زميلة",
                                          "وزير", "وزيرة", "سفير", "سفيرة", "عضو", "نائب"].map(ArabicNormalizer.normalize))

    private static let writerWords = Set([
        "مدون", "مدونة", "كاتب", "كاتبة", "صحفي", "صحفية", "صحافي", "صحافية", "باحث", "باحثة", "أستاذ", "أستاذة", "محلل", "محللة",
        "روائي", "روائية", "شاعر", "شاعرة", "ناقد", "ناقدة", "قاص", "قاصة", "ناشط", "ناشطة", "إعلامي", "إعلامية", "محرر", "محررة", "أكاديمي", "أكاديمية", "مترجم", "مترجمة",
    ].map(ArabicNormalizer.normalize))

    /// The last step of a trail whose steps stand between arrows («أخبارك » أخبار رياضية»), when it is a label.
    static func arrowTrailStep(_ line: String) -> String? {
        guard line.contains(where: { "»›>".contains($0) }), isBreadcrumb(line), let last = PageTextBody.trailSteps(line[...]).last, isSectionLabel(last) else { return nil }
        return last
    }

    /// «الرئيسية / أخبار / دولي», «أنت هنا: الرئيسية » عربي»: steps of a few words between separators.
    static func isBreadcrumb(_ line: String) -> Bool {
        let steps = PageTextBody.trailSteps(line[...])
        return steps.count >= 2 && steps.allSatisfy { PageTextChrome.words($0, in: 1...PageTextChrome.maxLabelWords) }
    }
}
