import ArabicText
import Foundation
import NashirDomain

/// The shapes a page dump gives inside and around the copy that are not paragraphs: buttons in
/// Latin letters, repeated lines, other stories listed with their dates, and the story's own
/// subheadings. Like `PageTextChrome`, by shape, so themes never seen are read too.
enum PageTextBody {
    /// Lines that carry no letter or digit (an icon's invisible mark, a separator), and a line
    /// that is not a sentence repeated right after itself (an image's alt text over the same
    /// caption). A repeated sentence stays: it is the copy's error, for the copy desk to flag.
    static func dropNoise(_ lines: inout [String]) {
        var result: [String] = []
        // A press release's «###» is kept: it tells where the copy ends.
        for line in lines where line.contains(where: { $0.isLetter || $0.isNumber }) || isEndMark(line) {
            if result.last == line, !PageTextChrome.endsSentence(line) { continue }
            result.append(line)
        }
        lines = result
    }

    /// «- إعلان -», «- Advertisement -»: an ad slot's label between dashes.
    static func isAdLabel(_ line: String) -> Bool {
        let dashes: Set<Character> = ["-", "–", "—"]
        guard let first = line.first, let last = line.last, dashes.contains(first), dashes.contains(last), line.count > 2 else { return false }
        return PageTextChrome.words(String(line.dropFirst().dropLast()), in: 1...2)
    }

    /// A photo's credit or note: «© REUTERS / SHOKRY HUSSIEN», «© رويترز», «صورة من الأرشيف.»,
    /// «تصوير: …». Never copy, wherever it stands.
    static func isPhotoCredit(_ line: String) -> Bool {
        if (line.hasPrefix("©") || line.hasPrefix("(©")) && PageTextChrome.words(line, in: 1...8) && !PageTextChrome.endsSentence(line) { return true }
        if PageTextChrome.words(line, in: 1...4) && (line.contains("أرشيف") || artCredits.contains(where: line.hasPrefix)) { return true }
        // «صورة من بي بي سي عربي، استخدمت بتصريح.»: a picture used with leave.
        if PageTextChrome.words(line, in: 3...14), line.hasPrefix("صورة") || line.hasPrefix("الصورة"),
           ["بتصريح", "بإذن", "باذن"].contains(where: line.contains) { return true }
        // «(صورة: Korea.net)»: the same credit in brackets.
        if line.hasPrefix("("), line.hasSuffix(")"), PageTextChrome.words(line, in: 2...5), artCredits.contains(where: line.dropFirst().hasPrefix) { return true }
        // A stock library's name alone, spelt in Arabic («شترستوك», «غيتي إيميجز»).
        if stockLibraries.contains(line.trimmingCharacters(in: .init(charactersIn: "()© "))) { return true }
        if isDatedCaption(line) { return true }
        // A caption that names its photographer after it («لقطة عامة للمنطقة. تصوير: جون ستانماير»).
        if PageTextChrome.words(line, in: 3...14), let field = line.firstRange(of: /\S\s*[.،,]?\s+(تصوير|عدسة|الصورة|صورة)\s?:\s*\S/),
           field.lowerBound > line.startIndex, !line[field.upperBound...].contains(".") { return true }
        // «صورة: وكالة الصحافة الفرنسية عبر Getty Images»: a longer field names the agency and its seller.
        if PageTextChrome.words(line, in: 5...10) && artCredits.contains(where: line.hasPrefix) && !PageTextChrome.endsSentence(line) { return true }
        // A caption closing on its picture agency after a dash, in Latin letters («… — Getty Images», «… - AFP»).
        guard PageTextChrome.words(line, in: 2...16), !PageTextChrome.endsSentence(line),
              let dash = line.ranges(of: " — ").last ?? line.ranges(of: " – ").last ?? line.ranges(of: " - ").last else { return false }
        let credit = line[dash.upperBound...].split(separator: " ")
        return (1...3).contains(credit.count) && credit.contains(where: { pictureAgencies.contains(String($0)) }) && credit.allSatisfy { $0.allSatisfy(\.isASCII) }
    }

    /// A picture's caption closing on the month it was taken («صورة من الأرشيف، أغسطس 2018.»,
    /// «مشهد عام، مايو 2018.»): a few words, a comma, a month and its year.
    static func isDatedCaption(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...7), let comma = line.lastIndex(where: { $0 == "،" || $0 == "," }) else { return false }
        let tail = line[line.index(after: comma)...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        guard let year = tail.split(separator: " ").last, year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        let month = tail.dropLast(4).split(separator: " ")
        return (1...2).contains(month.count) && (PageTextChrome.months + PageTextChrome.hijriMonths).contains(where: { $0.split(separator: " ")[0] == month[0] })
    }

    /// Who made the story's pictures, by their field: «تصوير: …», «تصميم: حبر.», «رسوم: …».
    private static let artCredits = ["صورة:", "الصورة:", "تصوير:", "تصميم:", "رسوم:", "رسم:", "غرافيك:", "إنفوغرافيك:", "انفوغرافيك:"]
    private static let stockLibraries: Set<String> = ["شترستوك", "شاترستوك", "غيتي", "غيتي إيميجز", "غيتي إيمجز", "جيتي إيميجز", "جيتي إيمجز", "آي ستوك", "Shutterstock", "Getty Images", "iStock"]
    private static let pictureAgencies: Set<String> = ["Getty", "AFP", "Reuters", "EPA", "AP", "Shutterstock", "Anadolu", "Xinhua", "iStock"]

    /// Removes the writer's box that closes the copy: «عن رامي حداد» over who they are («صحفي في
    /// قسم رياضة بموقع نبض المدينة، …»), or who they are alone when the line says what they cover
    /// («محرر في الرصيف، مهتم بشؤون الاقتصاد.», «كتبه وليد الزعبي الذي يعيش ويعمل في باريس …»).
    static func dropWriterBox(_ lines: inout [String]) {
        // The post links under the box («السابق») go with the rest of the interface anyway.
        while lines.count > 2, let last = lines.last, PageChrome.isChrome(last) { lines.removeLast() }
        guard lines.count > 2, let last = lines.last else { return }
        // «نبذة عن الكاتب»: the box's heading may name what it holds.
        let about = { (line: String) in
            (line.hasPrefix("عن ") || line.hasPrefix("نبذة عن ")) && PageTextChrome.words(line, in: 2...5) && !PageTextChrome.endsSentence(line)
        }
        // Under «عن …» the copy's last paragraph may follow a subheading («عن أسباب الأزمة»): only
        // who someone is or what they cover goes («فريق صغير من الصحفيين المستقلين يتابع …»).
        if about(lines[lines.count - 2]), PageTextChrome.words(last, in: 3...40), PageTextHead.isWriterBio(last) || saysWhatTheyCover(last) {
            lines.removeLast(2)
        } else if about(last) {
            lines.removeLast()
        } else if isWriterNote(last) {
            lines.removeLast()
            if let above = lines.last, about(above), lines.count > 1 { lines.removeLast() }
        }
    }

    /// Who a writer is and what they cover, in the third person; or their name, then what they are
    /// («إلينا روسي أستاذة الاقتصاد السياسي في جامعة بوكوني»), closing a column.
    private static func isWriterNote(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 3...40) else { return false }
        let words = line.split(separator: " ")
        if words.count <= 30, !line.hasPrefix("و"), !line.contains("\""), !line.contains("«"),
           let role = words.prefix(4).dropFirst(2).firstIndex(where: { PageTextHead.isWriterBio(String($0) + " في", roles: true) }),
           // («عمر الحسيني، باحث متخصص في …»: a comma may part the name from what they are.)
           words[..<role].allSatisfy({ !$0.hasPrefix("ال") && $0.allSatisfy(\.isLetter) }) || words[..<role].last?.hasSuffix("،") == true,
           words.dropFirst(role).contains("في") {
            return true
        }
        if line.hasPrefix("كتبه ") || line.hasPrefix("كتبته ") { return [" الذي ", " التي "].contains(where: line.contains) }
        // A footnote's star before who the writer is: «* ناقد ومترجم من فلسطين.».
        if line.hasPrefix("*"), !line.hasPrefix("**"), PageTextChrome.words(line, in: 2...16), PageTextHead.isWriterBio(line) { return true }
        return PageTextHead.isWriterBio(line) && saysWhatTheyCover(line)
    }

    private static func saysWhatTheyCover(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0.isWhitespace || $0 == "،" || $0 == "," })
        return ["مهتم", "مهتمة", "يتابع", "تتابع", "يكتب", "تكتب", "يغطي", "تغطي", "متخصص", "متخصصة"].contains { words.contains(Substring($0)) }
    }

    /// Removes BBC's labelled figures: the credit's line («مصدر الصورة،Getty Images»), then the
    /// caption's label and the caption, on one line or two («التعليق على الصورة،», «…»).
    static func dropLabelledFigures(_ lines: inout [String]) {
        var index = 0
        while index < lines.count {
            guard creditLabels.contains(where: lines[index].hasPrefix), PageTextChrome.words(lines[index], in: 1...8) else {
                index += 1
                continue
            }
            var end = index + 1
            if end < lines.count, let label = captionLabels.first(where: lines[end].hasPrefix) {
                let alone = lines[end].dropFirst(label.count).allSatisfy { $0 == "،" || $0 == "," || $0 == ":" || $0.isWhitespace }
                end += alone && end + 1 < lines.count ? 2 : 1
            }
            lines.removeSubrange(index..<end)
        }
    }

    private static let creditLabels = ["مصدر الصورة", "Image copyright", "Image source"]
    private static let captionLabels = ["التعليق على الصورة", "Image caption"]

    /// A button or a widget's name in Latin letters on an Arabic page («Tweet», «Share on
    /// Facebook»): a few words, no Arabic letter, no sentence.
    static func isButton(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 0...6) && !PageTextChrome.endsSentence(line)
            && !line.unicodeScalars.contains(where: isArabicLetter) && line.contains(where: \.isLetter)
    }

    /// A sentence of the site's interface in a Latin language among Arabic copy («Thanks for
    /// reading نشرة الأسبوع! Subscribe for free …»): three words in four or more are Latin.
    static func isLatinInterface(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count >= 4 else { return false }
        let latin = words.count { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x250 } && !word.unicodeScalars.contains(where: isArabicLetter)
        }
        return latin * 4 >= words.count * 3
    }

    /// Removes buttons above the first sentence of the page, where they sit between the section,
    /// the headline and the copy; below it a Latin line may be a signature («Deutsche Welle»).
    /// So are the links to the previous and next posts there («← عنوان», «عنوان →»).
    static func dropLeadingButtons(_ lines: inout [String]) {
        let firstProse = lines.firstIndex(where: PageTextChrome.isProse) ?? lines.endIndex
        var index = lines.startIndex
        var end = firstProse
        while index < end {
            // A ticker's label in Latin letters («Trending Now») tells the titles under it from the story.
            // So does a trail's first step in Latin letters («Home», «عربي دولي», headline).
            let trailHome = PageChrome.homeLabels.contains(lines[index]) && index + 2 < lines.count
                && PageTextHead.isSectionLabel(lines[index + 1]) && PageTextHead.isHeadlineLike(lines[index + 2])
            // (A bare date in Latin letters under an Arabic line stays: it stamps a short headline, «نيمار وكأس العالم», «Mar 4, 2018».)
            let stamp = index > 0 && PageTextChrome.isDateLine(lines[index]) && !lines[index].contains(":")
                && lines[index - 1].unicodeScalars.contains(where: isArabicLetter)
            if isButton(lines[index]) && !PageChrome.tickerLabels.contains(lines[index]) && !trailHome && !stamp
                || PageTextChrome.isPostLink(lines[index]) {
                lines.remove(at: index)
                end -= 1
            } else {
                index += 1
            }
        }
    }

    /// What follows a theme's words of one to three before a colon («أنت هنا: الرئيسية / عربي»); nil without them.
    static func trailAfterLabel(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":"), PageTextChrome.words(String(line[..<colon]), in: 1...3) else { return nil }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// «الرئيسية » أخبار عربية», «الرئيسية تقارير مصرية»: a breadcrumb's last step, which is the
    /// section; nil when `line` does not start at the site's home.
    static func breadcrumbSection(_ line: String) -> String? {
        if let trail = trailAfterLabel(line), PageChrome.homeLabels.contains(where: { trail.hasPrefix($0) }), let section = breadcrumbSection(trail) { return section }
        guard let home = PageChrome.homeLabels.first(where: { line.hasPrefix($0 + " ") || line.hasPrefix($0 + "»") || line.hasPrefix($0 + ">") || line.hasPrefix($0 + "/") || line.hasPrefix($0 + "›") })
        else { return nil }
        var steps = trailSteps(line.dropFirst(home.count))
        // A last step naming the kind of page («النص الكامل», «تفاصيل الخبر») names no section: the one before it does.
        if steps.count >= 2, let last = steps.last, pageKindSteps.contains(last) { steps.removeLast() }
        guard let last = steps.last else { return nil }
        if PageTextChrome.isLabel(last) { return last }
        // A trail that ends in the story's own title: the step before it is the section.
        guard steps.count >= 2, PageTextChrome.words(last, in: 5...PageTextChrome.maxListedTitleWords),
              PageTextChrome.isLabel(steps[steps.count - 2]) else { return nil }
        return steps[steps.count - 2]
    }

    /// A trail's last step that names the kind of page the story is shown on, not its section.
    static let pageKindSteps: Set<String> = ["النص الكامل", "تفاصيل الخبر", "تفاصيل", "التفاصيل", "عرض الخبر", "قراءة الخبر", "قراءة المقال",
                                             "نص الخبر", "الخبر", "المقال", "مقال", "خبر"]

    /// The steps of a trail, split at its separators («›», «»», «/», «>», «|»).
    /// A «» pair quotes a word («غرامة الحد «الآسيوية».. من يتحملها؟»): its closing mark parts no steps.
    static func trailSteps(_ text: Substring) -> [String] {
        // (YaBB points its steps the other way: «منتديات صدى الوادي ‹ الأخبار والأحداث ‹ الأخبار الرياضية».)
        let separators = text.contains("«") ? "›‹>/|\\" : "»›‹>/|\\"
        return text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The body's blocks: paragraphs, the story's own subheadings, and the rules the page drew
    /// between lines of copy (`rules`: the few lines under each rule, whichever the copy kept).
    static func blocks(_ lines: [String], rules: [[String]] = []) -> [Block] {
        // A rule stands over the first of its lines the copy kept, though a box the reader
        // skipped («إعلان», «اقرأ أيضاً: …») stood between them.
        let ruled = Set(rules.compactMap { under in under.first(where: lines.contains) })
        return lines.indices.flatMap { index -> [Block] in
            let block = block(at: index, of: lines)
            return index > 0 && ruled.contains(lines[index]) ? [.divider, block] : [block]
        }
    }

    /// The lines under each rule drawn with marks alone («-----», «* * *», «×××») below a line of
    /// the page (a run of rules counts once), taken before the rules, which hold no words, are
    /// dropped as noise.
    static func linesUnderRules(_ lines: [String]) -> [[String]] {
        lines.indices.dropFirst().filter { index in isRule(lines[index]) && !isRule(lines[index - 1]) }
            .map { rule in Array(lines[(rule + 1)...].lazy.filter { !isRule($0) }.prefix(4)) }
    }

    /// Three marks or more of a rule and nothing else: «-----», «_____», «* * *», «×××», «ـــــ».
    static func isRule(_ line: String) -> Bool {
        let marks = line.filter { !$0.isWhitespace }
        return marks.count >= 3 && marks.allSatisfy { "-_=*×—–ـ~•·".contains($0) }
    }

    /// A short line that is not a sentence, between two paragraphs of copy: the story's own
    /// subheading («روايات وهمية»), not a paragraph.
    private static func block(at index: Int, of lines: [String]) -> Block {
        let line = lines[index]
        guard index > 0, index + 1 < lines.count, PageTextChrome.words(line, in: 0...maxSubheadingWords),
              !PageTextChrome.endsSentence(line), !line.hasSuffix(":"), !PageTextChrome.isDateLine(line),
              !line.hasPrefix("-"), !line.hasPrefix("•"), !line.hasPrefix("*"),
              PageTextChrome.endsSentence(lines[index - 1]), PageTextChrome.isProse(lines[index + 1])
        else { return Block.plainParagraph(line) }
        return .subheading(line)
    }

    /// Longest subheading, in words.
    static let maxSubheadingWords = 6

    /// A line that names its tags on one line after a label («تاجز: …», «Tags: …») just above
    /// the widgets after the copy: `Label: words` with no sentence in it.
    static func isTagsLine(_ line: String) -> Bool {
        // «الوسوم سوريا إسرائيل الأسد»: the heading and its tags on one line, without a colon.
        if let heading = ["الوسوم ", "وسوم ", "الكلمات المفتاحية ", "كلمات مفتاحية ", "الكلمات الدلالية "].first(where: line.hasPrefix) {
            return PageTextChrome.words(String(line.dropFirst(heading.count)), in: 1...12) && !PageTextChrome.endsSentence(line) && !line.contains(".")
        }
        guard let colon = line.firstIndex(of: ":"), line.index(after: colon) < line.endIndex else { return false }
        let label = line[..<colon]
        // «الوسوم: اليمن، الحديدة»: under a tags heading, commas part the tags.
        let listed = PageTextChrome.isTagsHeading(String(label)) || !line.contains("،")
        return PageTextChrome.words(String(label), in: 1...2) && !PageTextChrome.endsSentence(line)
            && listed && !line.contains(".")
    }

    /// What the source's field names («المصدر : وكالات» → «وكالات»; empty after a bare «المصدر:»),
    /// or nil when `line` is no such field.
    static func sourceField(_ line: String) -> String? {
        line.firstMatch(of: /^(?:المصدر|مصدر الخبر|Source)\s?[:|]\s*(.*)$/).map { String($0.1) }
    }

    /// A press release's or an agency's mark that the copy ends here («###», «-30-», «- انتهى -»):
    /// what follows it is the issuer's boilerplate and the page's widgets.
    static func isEndMark(_ line: String) -> Bool {
        let bare = line.filter { !$0.isWhitespace }
        if bare.count >= 3, bare.allSatisfy({ $0 == "#" }) { return true }
        return ["-30-", "-انتهى-", "(انتهى)", "ـانتهىـ", "–انتهى–", "/انتهى/"].contains(bare)
    }

    /// Who gathered and edited the story, closing it: an agency's bracketed team line
    /// («(إعداد أحمد إلهامي للنشرة العربية - تحرير أحمد صبحي خليفة)») or a note of its sources
    /// («مع معلومات من رويترز ووكالة الصحافة الفرنسية»).
    static func isSourcingNote(_ line: String) -> Bool {
        if line.hasPrefix("("), line.hasSuffix(")"), PageTextChrome.words(line, in: 2...25) {
            let inside = line.dropFirst()
            // (A blog's note of where it took the story from: «(نقلاً عن بي بي سي عربي)».)
            return ["إعداد", "تحرير", "ترجمة", "تغطية صحفية", "شارك في التغطية", "نقلاً عن", "نقلا عن", "نقلًا عن"].contains(where: inside.hasPrefix)
                || line.contains("للنشرة العربية")
        }
        if ["مع معلومات من ", "بمعلومات من ", "مع معلومات وكالات"].contains(where: line.hasPrefix) && PageTextChrome.words(line, in: 2...12) && !line.hasSuffix(":") {
            return true
        }
        // The translator's credit under a column: «ترجمة من الفرنسية: حميد العربي», «ترجمة: مايسة كامل Translated by: Maysa Kamel».
        if ["ترجمة من ", "ترجمة: ", "ترجمة : ", "Translated by"].contains(where: line.hasPrefix), line.contains(":"), PageTextChrome.words(line, in: 2...12),
           !PageTextChrome.endsSentence(line) { return true }
        // «ساهمت وكالة فرانس برس في إعداد هذا التقرير.»: who helped to write it.
        if line.hasPrefix("ساهم"), line.contains("في إعداد هذا") || line.contains("في اعداد هذا"), PageTextChrome.words(line, in: 4...16) { return true }
        // «ترجمة -وبتصرّف- للخبر المنشور على موقع فرانس 24.»: a translation's note naming its source.
        let folded = ArabicNormalizer.normalize(line)
        if folded.hasPrefix("ترجمه"), folded.prefix(40).contains("بتصرف"), PageTextChrome.words(line, in: 2...20) { return true }
        // An investigation's production note: «أُنجز هذا التحقيق بدعم من شبكة … (أريج) وبإشراف الزميل …».
        return PageTextChrome.words(line, in: 4...50) && productionNotes.contains(where: folded.hasPrefix)
    }

    private static let productionNotes = ["أنجز هذا التحقيق", "أعد هذا التحقيق", "أنتج هذا التحقيق", "أنجز هذا التقرير بدعم", "أنجز هذا التحقيق بدعم"]
        .map(ArabicNormalizer.normalize)

    /// «--(بترا)», «(رويترز)»: the agency named alone in brackets on the copy's last line, maybe
    /// after the editors' initials («ع.ش/ م.س (د ب أ)», «ص.ش/ ع.ش (أ ف ب، رويترز)»), which are
    /// returned too; or the source's field («المصدر: رويترز»).
    static func agencyCredit(_ lines: inout [String]) -> (credit: String, initials: String?)? {
        // «المصدر: سي إن إن بالعربية»: the source's field closing the copy.
        if lines.count >= 2, let last = lines.last, let source = sourceField(last),
           PageTextChrome.words(source, in: 1...5), !PageTextChrome.endsSentence(last) {
            lines.removeLast()
            return (source, nil)
        }
        guard lines.count >= 2, let last = lines.last,
              let match = last.wholeMatch(of: /([^()]*?)[\s\-–—]*\(([^()]+)\)[\s\-–—.]*/) else { return nil }
        let credit = String(match.2).trimmingCharacters(in: .whitespaces)
        let initials = String(match.1).trimmingCharacters(in: .whitespaces)
        let agencies = credit.split(whereSeparator: { $0 == "،" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...4).contains(agencies.count), agencies.allSatisfy({ PageTextChrome.words($0, in: 1...3) && $0.allSatisfy { $0.isLetter || $0 == " " } }),
              agencies.count == 1 || !initials.isEmpty || agencies.allSatisfy(isAgencyName),
              initials.isEmpty || BylineLine.isInitials(initials) else { return nil }
        lines.removeLast()
        return (credit, initials.isEmpty ? nil : initials)
    }

    /// An agency by its spaced initials («أ ف ب», «د ب أ») or its name («رويترز»): a bracketed list
    /// of them closing the copy is its credit («(أ ش أ، أ ف ب)»), not a list of places.
    static func isAgencyName(_ name: String) -> Bool {
        let letters = name.split(separator: " ")
        return letters.count >= 2 && letters.allSatisfy { $0.count == 1 }
            || ["رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول", "واس", "وام", "سانا", "كونا", "بترا", "قنا", "بنا", "العمانية", "شينخوا", "سبوتنيك"].contains(name)
    }

    /// A share bar printed as one line («طباعة Email فيسبوك تويتر Whats App»): most of its words
    /// are buttons, in Latin letters or in the list of known ones, and none ends a sentence.
    static func isButtonRow(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 3, !PageTextChrome.endsSentence(line), !line.contains("،") else { return false }
        let buttons = words.count { isButton($0) || PageChrome.lines.contains($0) }
        return buttons * 3 >= words.count * 2
    }

    /// A list item of the copy: themes draw their widgets' bullets, copy types its dashes.
    static func isListItem(_ line: String) -> Bool {
        ["- ", "– ", "• ", "* "].contains(where: line.hasPrefix) && PageTextChrome.words(line, upTo: 3) >= 3
    }

    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0620...0x064A).contains(scalar.value) || (0x066E...0x06D3).contains(scalar.value)
    }
}
