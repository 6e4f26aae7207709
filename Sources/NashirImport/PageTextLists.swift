import ArabicText
import Foundation

/// Other stories' titles inside and after the copy: numbered and dated lists, read-also boxes,
/// widget runs. They go, so the copy is the story's own paragraphs.
extension PageTextBody {
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

    /// A study's notes under its copy: a heading («الهوامش», «المراجع») over lines each opening
    /// with its note's mark («(1) …», «[2] …»). The heading and the notes go; the copy cites them.
    static func dropFootnotes(_ lines: inout [String]) {
        // A wiki's references open with their back-link's arrow or number («↑ "…"، arabic.cnn.com، اطّلع عليه بتاريخ …», «1. ^ …»).
        func isNote(_ line: String) -> Bool {
            line.firstMatch(of: /^[(\[][\d٠-٩]{1,3}[)\]]\s*\S/) != nil || line.firstMatch(of: /^([\d٠-٩]{1,3}[.)]\s*)?[↑^]\s*\S/) != nil
        }
        guard let heading = lines.indices.dropFirst().first(where: { notesHeadings.contains(lines[$0].trimmingCharacters(in: .init(charactersIn: ": "))) }),
              heading + 1 < lines.count, isNote(lines[heading + 1]) else { return }
        let notes = lines[(heading + 1)...].prefix(while: isNote).count
        lines.removeSubrange(heading...(heading + notes))
    }

    private static let notesHeadings: Set<String> = ["الهوامش", "هوامش", "الحواشي", "حواشي", "المراجع", "مراجع", "المصادر", "المصادر والمراجع", "المراجع والمصادر", "Notes", "References"]

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
        // A widget's heading over the list («أخبار ذات صلة») is no title, or it would pair with the first date.
        PageTextChrome.words(line, in: 3...PageTextChrome.maxListedTitleWords) && !PageTextChrome.isDateLine(line) && !PageChrome.isChrome(line)
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
            // A share button heads no box either («Email» over a blog's first headline).
            guard copySeen, readAlso || PageTextChrome.isLabel(label), !PageTextChrome.isDateLine(label),
                  !PageChrome.isAdSlot(label), !DeckLine.shareButtons.contains(label.lowercased()),
                  // A byline under a deck heads no box: the photo's caption under it is no title.
                  // Nor does a press release's end mark («# # #»): what follows it is no copy.
                  BylineLine.name(in: label) == nil, !isEndMark(label), !PageChrome.isPosterField(label),
                  !knownLabelsOnly || PageChrome.isChrome(label),
                  !label.hasSuffix(":") || PageChrome.isChrome(label) else { continue }
            // A subheading over the copy's own read-also line heads no box: the line goes by itself.
            if !readAlso, index + 1 < lines.count, PageChrome.isRelatedLink(lines[index + 1]) { continue }
            let offered = lines[(index + 1)...].prefix(while: isOfferedTitle).count
            let titles = min(offered, 3)
            // An ad slot's label may close the box («Advertisement»).
            let ads = lines[(index + 1 + titles)...].prefix(while: PageChrome.isInterface).count
            let next = index + 1 + titles + ads
            // Under the call itself, one title of any shape between paragraphs is the box's («الحبتور والحساوي!!»,
            // «نشطاء: "أكثر من نصف مليون قتيل …"»), though a sentence's: the copy resumes under it.
            if titles == 0, readAlso, !label.hasSuffix(":"), index + 2 < lines.count, PageTextChrome.isProse(lines[index + 2]),
               PageTextChrome.words(lines[index + 1], in: 2...16), !lines[index + 1].hasSuffix("."), !lines[index + 1].hasSuffix(":"), !opensLikeCopy(lines[index + 1]) {
                drop.insert(integersIn: index...(index + 1))
                index += 1
                continue
            }
            guard titles >= 1 else { continue }
            // The copy resumes with prose, or with a short sentence of its own («وأعقبت العواصف صواعق عنيفة.»).
            let resumes = next < lines.count && (PageTextChrome.isProse(lines[next]) || lines[next].hasSuffix(".") && PageTextChrome.words(lines[next], upTo: 4) >= 4)
            if resumes, !isOfferedTitle(lines[next]) {
                drop.insert(integersIn: index..<next)
                index = next - 1
            } else if readAlso, next + 1 < lines.count, PageTextChrome.isProse(lines[next + 1]),
                      PageTextChrome.isLabel(lines[next]) || PageTextChrome.words(lines[next], in: 1...6) && !PageTextChrome.isProse(lines[next])
                      || !PageTextChrome.isProse(lines[next]) && !isOfferedTitle(lines[next]) {
                // The copy goes on under a subheading of its own, or a line of its own that is no
                // sentence, nor the box's title («البشير بن بركة لفرانس 24: "نتوجه للجميع …"»).
                drop.insert(integersIn: index..<next)
                index = next - 1
            } else if readAlso, offered == 1, next < lines.count, !PageTextChrome.isStamp(lines[next]), lines[next...].prefix(4).contains(where: PageTextChrome.isProse) {
                // The call over one title, then the copy's own lines, whatever their shape («في ما يلي خمسة أمور يؤمن بها:»);
                // not the box's next title under the first one's date.
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

    /// Words copy opens its sentences with, a title rarely: «و» on its own or joined to what was
    /// said («وقال», «وأضاف», «و أضاف»), or to a word of no meaning of its own («وفي», «وكان»).
    static func opensLikeCopy(_ line: String) -> Bool {
        guard let first = line.split(separator: " ").first.map({ ArabicNormalizer.normalize(String($0)) }) else { return false }
        if first == "و" { return true }
        guard first.hasPrefix("و"), first.count > 2 else { return false }
        let rest = String(first.dropFirst())
        return speechVerbs.contains(rest) || ArabicStopWords.contains(rest)
    }

    private static let speechVerbs: Set<String> = Set(["قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اشار", "اشارت", "تابع", "تابعت",
                                                       "اوضح", "اوضحت", "ذكر", "ذكرت", "كان", "كانت", "يقول", "تقول",
                                                       "كتب", "كتبت", "صرح", "صرحت", "اعلن", "اعلنت"].map(ArabicNormalizer.normalize))

    private static func isOfferedTitle(_ line: String) -> Bool {
        // A title may end in a quotation («… لوسائل الإعلام "الجديرة بالثقة"»); a quoted sentence
        // of copy opens it after a colon («وقال: "…"»).
        let quoteEnd = line.hasSuffix("»") || line.hasSuffix("\"")
        let quoted = line.firstMatch(of: /:\s*["«“]/) != nil || line.contains(".")
        return PageTextChrome.words(line, in: 5...16) && !PageTextChrome.isDateLine(line) && !line.hasSuffix(".") && !line.hasSuffix(":") && !opensLikeCopy(line)
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
}

extension PageTextBody {
    /// Drops a blog's archive widget: two or more months in a row, each with its year alone
    /// («سبتمبر 2018», «أغسطس 2018»). A story's date names its day; these name pages of the archive.
    static func dropArchiveMonths(_ lines: inout [String]) {
        var keep = [Bool](repeating: true, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, isArchiveMonth(lines[end]) { end += 1 }
            if end - start >= 2 { for index in start..<end { keep[index] = false } }
            start = max(end, start + 1)
        }
        lines = lines.indices.filter { keep[$0] }.map { lines[$0] }
    }

    /// «سبتمبر 2018», «September 2018», «آذار 2018 (12)»: a month, its year, maybe its count of posts.
    private static func isArchiveMonth(_ line: String) -> Bool {
        let words = line.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), words[1].count == 4, words[1].allSatisfy(\.isNumber),
              words.count == 2 || words[2].hasPrefix("(") && words[2].hasSuffix(")") else { return false }
        return PageTextChrome.months.contains(words[0]) || englishMonths.contains(words[0])
    }

    private static let englishMonths: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August",
                                                     "September", "October", "November", "December"]
}
