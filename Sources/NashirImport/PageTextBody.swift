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
        for line in lines where line.contains(where: { $0.isLetter || $0.isNumber }) {
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
        return PageTextChrome.words(line, in: 1...4) && (line.contains("أرشيف") || line.hasPrefix("صورة:") || line.hasPrefix("تصوير:") || line.hasPrefix("الصورة:"))
    }

    /// Removes the writer's box that closes the copy: «عن رامي حداد» over who they are («صحفي في
    /// قسم رياضة بموقع نبض المدينة، …»), or who they are alone when the line says what they cover
    /// («محرر في الرصيف، مهتم بشؤون الاقتصاد.», «كتبه وليد الزعبي الذي يعيش ويعمل في باريس …»).
    static func dropWriterBox(_ lines: inout [String]) {
        // The post links under the box («السابق») go with the rest of the interface anyway.
        while lines.count > 2, let last = lines.last, PageChrome.isChrome(last) { lines.removeLast() }
        guard lines.count > 2, let last = lines.last else { return }
        let about = { (line: String) in line.hasPrefix("عن ") && PageTextChrome.words(line, in: 2...5) && !PageTextChrome.endsSentence(line) }
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

    /// Who a writer is and what they cover, in the third person.
    private static func isWriterNote(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 3...40) else { return false }
        if line.hasPrefix("كتبه ") || line.hasPrefix("كتبته ") { return [" الذي ", " التي "].contains(where: line.contains) }
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
            if isButton(lines[index]) && !PageChrome.tickerLabels.contains(lines[index]) || PageTextChrome.isPostLink(lines[index]) {
                lines.remove(at: index)
                end -= 1
            } else {
                index += 1
            }
        }
    }

    /// «الرئيسية » أخبار عربية», «الرئيسية تقارير مصرية»: a breadcrumb's last step, which is the
    /// section; nil when `line` does not start at the site's home.
    static func breadcrumbSection(_ line: String) -> String? {
        // «أنت هنا: الرئيسية / عربي»: a theme's words before the trail.
        if let colon = line.firstIndex(of: ":"), PageTextChrome.words(String(line[..<colon]), in: 1...3) {
            let trail = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if PageChrome.homeLabels.contains(where: { trail.hasPrefix($0) }), let section = breadcrumbSection(trail) { return section }
        }
        guard let home = PageChrome.homeLabels.first(where: { line.hasPrefix($0 + " ") || line.hasPrefix($0 + "»") || line.hasPrefix($0 + ">") || line.hasPrefix($0 + "/") || line.hasPrefix($0 + "›") })
        else { return nil }
        let steps = trailSteps(line.dropFirst(home.count))
        guard let last = steps.last else { return nil }
        if PageTextChrome.isLabel(last) { return last }
        // A trail that ends in the story's own title: the step before it is the section.
        guard steps.count >= 2, PageTextChrome.words(last, in: 5...PageTextChrome.maxListedTitleWords),
              PageTextChrome.isLabel(steps[steps.count - 2]) else { return nil }
        return steps[steps.count - 2]
    }

    /// The steps of a trail, split at its separators («›», «»», «/», «>», «|»).
    static func trailSteps(_ text: Substring) -> [String] {
        text.split(whereSeparator: { "»›>/|\\".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A numbered list of other stories («الأكثر قراءة»: «1 عنوان», «2 عنوان», «3 عنوان»): three
    /// or more lines in a row, each opening with the next number and a space, go with the label
    /// over them. The copy numbers its own lists with a stop or a dash («1- », «1. »).
    static func dropNumberedLists(_ lines: inout [String]) {
        func number(_ line: String) -> Int? {
            let digits = line.prefix(while: \.isNumber)
            guard !digits.isEmpty, line.dropFirst(digits.count).first == " " else { return nil }
            return Int(String(digits.compactMap(\.wholeNumberValue).map(String.init).joined()))
        }
        var drop = IndexSet()
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, let value = number(lines[end]), value == end - start + 1 { end += 1 }
            if end - start >= 3 {
                drop.insert(integersIn: start..<end)
                if start > 0, PageTextChrome.isHeading(lines[start - 1]) { drop.insert(start - 1) }
            }
            start = max(end, start + 1)
        }
        guard !drop.isEmpty, drop.count < lines.count else { return }
        lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }

    /// Other stories listed inside or after the copy, each title with its date («إقرأ أيضاً»,
    /// then a headline over «ديسمبر 25, 2020», twice or more): the pairs and the label over them
    /// go. A single date under a line is left: it may be the story's own.
    static func dropStoryLists(_ lines: inout [String]) {
        var drop = IndexSet()
        for titleFirst in [true, false] {
            let pairs = lines.indices.compactMap { index -> ClosedRange<Int>? in
                guard isListedDate(lines[index]) else { return nil }
                let title = titleFirst ? index - 1 : index + 1
                // Lists print the title first or the date first; a line taken once is not paired again.
                guard lines.indices.contains(title), isListedTitle(lines[title]), !drop.contains(index), !drop.contains(title) else { return nil }
                return min(title, index)...max(title, index)
            }
            var chain: [ClosedRange<Int>] = []
            func close() {
                if chain.count >= 2, let first = chain.first {
                    chain.forEach { drop.insert(integersIn: $0) }
                    if first.lowerBound > 0, PageTextChrome.isHeading(lines[first.lowerBound - 1]) { drop.insert(first.lowerBound - 1) }
                }
                chain.removeAll()
            }
            for pair in pairs {
                if let last = chain.last, pair.lowerBound != last.upperBound + 1 { close() }
                chain.append(pair)
            }
            close()
        }
        guard !drop.isEmpty, drop.count < lines.count else { return }
        lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }

    private static func isListedDate(_ line: String) -> Bool {
        PageTextChrome.isDateLine(line) && !line.hasSuffix(":")
    }

    private static func isListedTitle(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 3...PageTextChrome.maxListedTitleWords) && !PageTextChrome.isDateLine(line)
    }

    /// Other stories offered between two paragraphs of copy: a label («اقرأ أيضاً», «READ ALSO»)
    /// over one to three titles (five words or more, no full stop, no colon), then the copy again. A
    /// subheading is followed by copy at once, and a question of an interview is marked by its
    /// dash or star, so neither is taken for one. With `knownLabelsOnly`, only a box under a
    /// label of the chrome list goes: before the story's top is found, a section label over the
    /// headline has the same shape.
    static func dropInlineRelated(_ lines: inout [String], knownLabelsOnly: Bool = false) {
        var drop = IndexSet()
        var copySeen = false
        var index = lines.startIndex
        while index < lines.count {
            defer { index += 1 }
            if PageTextChrome.isProse(lines[index]) { copySeen = true; continue }
            // A label with a colon introduces the copy's own list, unless it offers other stories.
            let label = lines[index]
            // «اقرأ أيضا..», «اقرأ/ي أيضًا:»: the call alone, in any spelling, heads a box wherever it stands.
            let readAlso = PageChrome.isRelatedLink(label) && PageTextChrome.words(label, in: 1...3)
            // An ad slot's label («إعلان») may stand over the copy's next subheading: it offers no story.
            guard copySeen, readAlso || PageTextChrome.isLabel(label), !PageTextChrome.isDateLine(label),
                  !PageChrome.isAdSlot(label),
                  !knownLabelsOnly || PageChrome.isChrome(label),
                  !label.hasSuffix(":") || PageChrome.isChrome(label) else { continue }
            let offered = lines[(index + 1)...].prefix(while: isOfferedTitle).count
            let titles = min(offered, 3)
            // An ad slot's label may close the box («Advertisement»).
            let ads = lines[(index + 1 + titles)...].prefix(while: PageChrome.isInterface).count
            let next = index + 1 + titles + ads
            guard titles >= 1 else { continue }
            // The copy resumes with prose, or with a short sentence of its own («وأعقبت العواصف صواعق عنيفة.»).
            let resumes = next < lines.count && (PageTextChrome.isProse(lines[next]) || lines[next].hasSuffix(".") && PageTextChrome.words(lines[next], upTo: 4) >= 4)
            if resumes, !isOfferedTitle(lines[next]) {
                drop.insert(integersIn: index..<next)
                index = next - 1
            } else if readAlso, next + 1 < lines.count, PageTextChrome.isLabel(lines[next]), PageTextChrome.isProse(lines[next + 1]) {
                // The copy goes on under a subheading of its own.
                drop.insert(integersIn: index..<next)
                index = next - 1
            } else if readAlso, !PageTextChrome.hasConsecutiveProse(lines[(index + 1 + offered)...]) {
                // The box closes the copy: the page's chrome follows it.
                drop.insert(integersIn: index...(index + offered))
                index += offered
            }
        }
        guard !drop.isEmpty else { return }
        lines = lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }

    private static func isOfferedTitle(_ line: String) -> Bool {
        // A title may end in a quotation («… لوسائل الإعلام "الجديرة بالثقة"»); a quoted sentence
        // of copy opens it after a colon («وقال: "…"»).
        let quoteEnd = line.hasSuffix("»") || line.hasSuffix("\"")
        let quoted = line.firstMatch(of: /:\s*["«“]/) != nil || line.contains(".")
        return PageTextChrome.words(line, in: 5...16) && !PageTextChrome.isDateLine(line) && !line.hasSuffix(".") && !line.hasSuffix(":")
            && !(quoteEnd && quoted) && !["-", "–", "*", "•"].contains(where: { line.hasPrefix($0) })
    }

    /// Widgets inside the copy: three or more lines in a row that are not copy (labels, dates,
    /// other stories' titles, an image's credit over its caption), one of them a label or a date
    /// («قصص مقترحة» over four headlines). A list the copy introduces with a colon stays, and so
    /// does a label closing the run right above copy: it may be the story's next subheading.
    static func dropWidgetRuns(_ lines: inout [String]) {
        var result: [String] = []
        var run: [String] = []
        func flush(next: String?) {
            let marked = run.contains { PageTextChrome.isLabel($0) || PageTextChrome.isDateLine($0) }
            if run.count >= 3, marked, !(result.last?.hasSuffix(":") ?? false) {
                // «قصص مقترحة نهاية» closes the widget its first label opened.
                if let last = run.last, PageTextChrome.isLabel(last), let next, PageTextChrome.isProse(next),
                   !run.dropLast().contains(where: { PageTextChrome.isLabel($0) && last.hasPrefix($0) }) {
                    result.append(last)
                }
            } else {
                result += run
            }
            run.removeAll()
        }
        for index in lines.indices {
            let line = lines[index]
            // Another story's title may be a question; between widget lines it is one of them.
            let askedTitle = !run.isEmpty && index + 1 < lines.count && isWidgetLine(lines[index + 1]) && isQuestionTitle(line)
            if isWidgetLine(line) || askedTitle { run.append(line) } else { flush(next: line); result.append(line) }
        }
        flush(next: nil)
        lines = result
    }

    private static func isQuestionTitle(_ line: String) -> Bool {
        (line.hasSuffix("؟") || line.hasSuffix("?")) && PageTextChrome.words(line, in: 0...PageTextChrome.maxListedTitleWords)
    }

    private static func isWidgetLine(_ line: String) -> Bool {
        !PageTextChrome.isProse(line) && PageTextChrome.words(line, in: 0...PageTextChrome.maxListedTitleWords)
            && !line.hasSuffix(":") && !isListItem(line)
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
        guard let colon = line.firstIndex(of: ":"), line.index(after: colon) < line.endIndex else { return false }
        let label = line[..<colon]
        // «الوسوم: اليمن، الحديدة»: under a tags heading, commas part the tags.
        let listed = PageTextChrome.isTagsHeading(String(label)) || !line.contains("،")
        return PageTextChrome.words(String(label), in: 1...2) && !PageTextChrome.endsSentence(line)
            && listed && !line.contains(".")
    }

    /// «--(بترا)», «(رويترز)»: the agency named alone in brackets on the copy's last line, maybe
    /// after the editors' initials («ع.ش/ م.س (د ب أ)», «ص.ش/ ع.ش (أ ف ب، رويترز)»), which are
    /// returned too; or the source's field («المصدر: رويترز»).
    static func agencyCredit(_ lines: inout [String]) -> (credit: String, initials: String?)? {
        // «المصدر: سي إن إن بالعربية»: the source's field closing the copy.
        if lines.count >= 2, let last = lines.last, let field = last.firstMatch(of: /^(?:المصدر|مصدر الخبر|Source)\s?:\s*(.+)$/),
           PageTextChrome.words(String(field.1), in: 1...5), !PageTextChrome.endsSentence(last) {
            lines.removeLast()
            return (String(field.1), nil)
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
    private static func isAgencyName(_ name: String) -> Bool {
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
