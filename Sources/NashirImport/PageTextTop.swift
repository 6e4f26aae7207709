import ArabicText
import Foundation

/// The page's top over the story: the menus, the top bar's dates, a ticker of other stories and
/// a trail, taken off so the section label and the headline come first.
extension PageTextChrome {
    /// Lines of the page's top before the section label: menus (runs of labels), search
    /// prompts, dates. The last label of a run is kept as the section, the last two when the
    /// headline itself is short enough to look like a label. Returns what it dropped.
    @discardableResult
    static func dropLeading(_ lines: inout [String]) -> LeadingDrop {
        // A trail from the home page over the headline closes the page's top, whatever stands
        // above it (a ticker's titles, a menu's odd items), since the headline comes before any
        // copy. A ticker's titles cut short («… الحرارة ..») are no copy, nor is a trail ending in the headline.
        // Lines with no Arabic letter over an Arabic story are its site's: a tagline in French, a
        // date in digits; the headline is Arabic.
        let arabic = { (line: String) in line.unicodeScalars.contains(where: PageTextBody.isArabicLetter) }
        if let top = lines.firstIndex(where: arabic), top > 0, lines.count - top >= 3 { lines.removeFirst(top) }
        // The site's name, first on the page, signs a story under its date too («4 يناير 2014», «بيم ريبورتس»).
        let siteName = lines.first
        let firstCopy = lines.firstIndex {
            isProse($0) && !$0.hasSuffix("..") && !$0.hasSuffix("…") && PageTextBody.breadcrumbSection($0) == nil
        } ?? lines.count
        separateTrail(&lines, before: firstCopy)
        if let trail = lines[..<firstCopy].lastIndex(where: { PageTextBody.breadcrumbSection($0) != nil }), trail > 0, trail + 1 < firstCopy {
            lines.removeFirst(trail)
        }
        // The links taken off the top, the home page's among them, are a menu too: its last item may stay.
        var links = 0
        var home = false
        while let first = lines.first {
            // A breadcrumb ends in the section, and nothing above it is the story's.
            if let section = PageTextBody.breadcrumbSection(first) {
                lines[0] = section
                // A trail ending in the headline printed lower, under the side menus and widgets
                // (Joomla's main menu, a poll): what stands between is theirs.
                if let title = PageTextBody.trailSteps(first[...]).last?.trimmingCharacters(in: .init(charactersIn: "…. ")), words(title, in: 4...maxListedTitleWords),
                   let again = lines.indices.dropFirst(2).prefix(80).first(where: { lines[$0].hasPrefix(title) && PageTextHead.isHeadlineLike(lines[$0]) }) {
                    lines.removeSubrange(1..<again)
                }
                // The section printed again as a label under the trail is one; the search box's
                // buttons between the trail and the headline are neither («بحث»).
                if lines.count > 2, lines[1] == section { lines.remove(at: 1) }
                while lines.count > 3, PageChrome.isChrome(lines[1]) { lines.remove(at: 1) }
                return LeadingDrop()
            }
            guard PageChrome.isChrome(first) || isDateLine(first) || (isLabel(first) && first.hasSuffix(":")) else { break }
            // «اقتصاد 2017/03/02 08:05»: themes print the section label and the date together.
            if isDateLine(first), let label = labelBeforeDate(first) {
                lines[0] = label
                break
            }
            links += PageChrome.isChrome(first) ? 1 : 0
            home = home || PageChrome.homeLabels.contains(first)
            lines.removeFirst()
        }
        // A top bar's date may stand among its menus; one closing the run is the story's own.
        var run = lines.prefix { (isLabel($0) || isDateLine($0) || PageChrome.isChrome($0)) && !DatelineParser.isWholeLine($0) }.count
        // A notice closing the run is the page's, not the menu's last item (a forum's welcome to
        // guests under its trail): the label over it is. So is a link back to the list («عودة»).
        while run > 2, run < lines.count, endsSentence(lines[run - 1]) && PageChrome.isChrome(lines[run - 1]) || PageChrome.backLinks.contains(lines[run - 1]) {
            lines.remove(at: run - 1)
            run -= 1
        }
        // A kind of text closing a trail («الرئيسية», «الأخبار», «دولي», «بيان صحفي») names no
        // section: the step over it does.
        if run >= 3, run < lines.count, PageChrome.textKinds.contains(lines[run - 1]), PageTextHead.isSectionLabel(lines[run - 2]) {
            lines.remove(at: run - 1)
            run -= 1
        }
        // A topic's title over its starter («بدأ بواسطة …») closes the run, however short the title.
        if let started = lines.prefix(run).firstIndex(where: PageChrome.isTopicStarter), started >= 3 { run = started - 1 }
        // The headline's own block may close the run too: its credit, byline or bracketed agency
        // under a short headline («رياضة», «أحلام الفتى القناص», «العرب - وكالات», «(رويترز)»).
        let end = run
        var signed = false
        var stamped = false
        // The page's buttons under the stamp («A+», «A-», «طباعة») belong to the headline's block too,
        // and so does a photo's bracketed credit under the buttons («(مواقع التواصل)»).
        // Unless a headline signed or dated under it follows the run: then a credit's word closing
        // the run is the trail's last step («الرئيسية», «اخبار وتقارير», «متابعات», headline, «الكاتب: …»).
        let headlineBelow = end + 1 < lines.count && PageTextHead.isHeadlineLike(lines[end])
            && (isStamp(lines[end + 1]) || BylineLine.opens(lines[end + 1]))
        let footer = { (line: String) in !headlineBelow && isHeadlineFooter(line) }
        var shortened = true
        while shortened {
            shortened = false
            var buttons = run
            // (A stamp in Latin letters reads as a button: «Mar 4, 2018».)
            while buttons > 0, PageChrome.isInterface(lines[buttons - 1]), !isDateLine(lines[buttons - 1]) { buttons -= 1 }
            if buttons < run, buttons > 2, isDateLine(lines[buttons - 1]) || PageChrome.isCounter(lines[buttons - 1]) || footer(lines[buttons - 1]) {
                run = buttons
            }
            // Under a stamp, its fields' labels too («المصدر:», «التاريخ:»).
            while run > 0, isDateLine(lines[run - 1]) || PageChrome.isCounter(lines[run - 1]) || run > 2 && footer(lines[run - 1])
                    || stamped && run > 2 && isFieldLabel(lines[run - 1])
                    || !stamped && run > 3 && lines[run - 1] == siteName && isDateLine(lines[run - 2]) {
                signed = signed || footer(lines[run - 1])
                stamped = true
                shortened = true
                run -= 1
            }
        }
        // A blog's links to its pages («الرئيسية», «عن المدونة», «الأرشيف») may end in one no list
        // names («المشاريع») right over the headline: the menu's last item, not a section of the post's.
        guard run >= 3, run < lines.count else {
            let blogMenu = home && links >= 2 && lines.count > 2 && PageTextHead.isSectionLabel(lines[0]) && PageTextHead.isHeadlineLike(lines[1])
            return LeadingDrop(lastItem: blogMenu ? lines[0] : nil)
        }
        // Copy right under the stamps: the run's last label is the headline, the one above it the section.
        // A meta block's fields may follow the run («المصدر:», «إيمان سرور - الشارقة», «التاريخ:», «24 مارس 2018»).
        var copyStart = end
        // (A stamp counted back from the visit may head them, and a credit or a photo's caption close them:
        // «منذ 5 ساعات و 57 دقيقه», «الخميس 18 أكتوبر 2018 11:00 صباحاً», «عدن بوست - متابعات», «(أرشيفية)».)
        while copyStart < lines.count, isStamp(lines[copyStart]) || isFieldLabel(lines[copyStart])
                || copyStart == end && isRelativeTime(lines[copyStart])
                || copyStart > end && (PageTextHead.isCredit(lines[copyStart]) || PageTextHead.isCaption(lines[copyStart])) {
            copyStart += 1
        }
        // (A question of a few words there is the headline under its date, not copy.)
        let stampedCopy = copyStart > run && copyStart < lines.count && PageTextHead.opensCopy(lines[copyStart])
        // A columnist's name closing the run stands under the opinion section's label, the menu's
        // item printed again over the column: both stay.
        // (A name has two words or more; one word, or an item the menu lists, is the category under a trail's «مقالات».)
        let columnist = run >= 3 && PageTextHead.opinionLabels.contains(lines[run - 2]) && lines[..<(run - 2)].contains(lines[run - 2])
            && !lines[..<(run - 2)].contains(lines[run - 1]) && words(lines[run - 1], in: 2...4)
        let keep = signed || stampedCopy || PageTextHead.opensCopy(lines[run]) || columnist ? 2 : 1
        // A ticker's label closing the menu («عاجل») makes what follows it its titles, not the menu's.
        let tickerClosesMenu = run - keep > 0 && PageChrome.tickerLabels.contains(lines[run - keep - 1])
        let badge = isBadgeAgain(lines[run - keep], under: lines[..<(run - keep)])
        // A menu's link printed again a step or three over the run's end opens a trail («الرئيسية», …,
        // «الرئيسية», «المقالات», «أحداث عالمية»; a forum's «المنتديات»): its last step, which the menu
        // never printed, is the section.
        // (A date box's month under its day closes no trail: «25», «أيار».)
        let trail = keep == 1 && run >= 4 && !lines[..<(run - 1)].contains(lines[run - 1]) && !isDatePart(lines[run - 1])
            && ((run - 4)..<(run - 1)).contains { step in lines[..<step].contains(lines[step]) }
        // So does a label under the top bar's date that the menu never lists («…», «بحث», «الجمعة 6 أبريل 2018», «الشرق الأوسط»).
        let dated = keep == 1 && run >= 3 && isDateLine(lines[run - 2]) && !lines[..<(run - 2)].contains(lines[run - 1]) && !isDatePart(lines[run - 1])
        lines.removeFirst(run - keep)
        // The kept label is the section unless it is the menu's own button («بحث») or a
        // ticker's label («آخر الأخبار»), which tells that other stories' titles follow.
        var drop = LeadingDrop(menu: true)
        if keep == 1, lines.count > 2, PageChrome.isChrome(lines[0]) {
            drop.tickerLabel = PageChrome.tickerLabels.contains(lines[0])
            lines.removeFirst()
        } else if keep == 1 || !columnist {
            // Over a short headline too, the kept label is the menu's last item («تكنولوجيا», «كبرياء البطولة»).
            drop.lastItem = keep == 1 && (badge || trail || dated) ? nil : lines[0]
            drop.tickerLabel = tickerClosesMenu
        }
        return drop
    }

    /// Whether `label`, right under `menu`, is a menu's item printed again as the story's category
    /// badge («الرئيسية», «أخبار عربية», …, «ثقافة», «أخبار عربية»), not the whole menu printed twice.
    static func isBadgeAgain(_ label: String, under menu: ArraySlice<String>) -> Bool {
        menu.indices.contains { index in
            menu[index] == label && (index == menu.startIndex || menu[index - 1] != menu.last)
        }
    }

    /// Drops a line cut short («كأس العالم 2018: ماذا تعرف…») that one of the next lines prints
    /// whole: a trail's last step or a ticker's title, echoing the headline.
    static func dropCutEchoes(_ lines: inout [String]) {
        lines = lines.indices.filter { index in
            let line = lines[index]
            guard line.hasSuffix("…") || line.hasSuffix("..."), PageTextChrome.words(line, in: 2...maxListedTitleWords) else { return true }
            let stem = line.trimmingCharacters(in: .init(charactersIn: "…. "))
            return !lines[(index + 1)..<min(lines.count, index + 4)].contains { $0.count > stem.count + 1 && $0.hasPrefix(stem) && PageTextHead.isHeadlineLike($0) }
        }.map { lines[$0] }
    }

    /// A trail copied without its separators ends in the headline printed under it («الرئيسية عربي
    /// <headline>», «عربي», «<headline>»), or in a menu's item («الرئيسية أخبار رياضة»), after a
    /// theme's words or not («أنت هنا: الرئيسية دوليات <headline>»): its steps are put back between
    /// «›» so it reads as one.
    private static func separateTrail(_ lines: inout [String], before end: Int) {
        for index in lines.indices.prefix(end) {
            let line = PageTextBody.trailAfterLabel(lines[index]) ?? lines[index]
            guard let home = PageChrome.homeLabels.first(where: { line.hasPrefix($0 + " ") }) else { continue }
            for headline in lines[(index + 1)..<min(end, index + 4)] where words(headline, in: 4...maxListedTitleWords) && line.hasSuffix(" " + headline) {
                let section = line.dropFirst(home.count).dropLast(headline.count).trimmingCharacters(in: .whitespaces)
                guard isLabel(section), words(section, in: 1...3) else { continue }
                lines[index] = "\(home) › \(section) › \(headline)"
                return
            }
            // Without the headline, the trail ends in an item the menu above it lists.
            let rest = line.dropFirst(home.count).trimmingCharacters(in: .whitespaces)
            guard words(rest, in: 1...4), isLabel(rest) else { continue }
            let items = lines[..<index].filter { isLabel($0) && !PageChrome.homeLabels.contains($0) && (rest == $0 || rest.hasSuffix(" " + $0)) }
            guard let item = items.max(by: { $0.count < $1.count }) else { continue }
            let between = rest.dropLast(item.count).trimmingCharacters(in: .whitespaces)
            lines[index] = ([home] + (between.isEmpty ? [] : [between]) + [item]).joined(separator: " › ")
            return
        }
    }

    /// What `dropLeading` took off a page's top: a menu, and whether a ticker's label closed it.
    struct LeadingDrop {
        var menu = false
        var tickerLabel = false
        /// The menu's last label, kept as the section over the headline; a blog's menu may end
        /// in a page of its own («آراء», «عن المجلة») right over the headline.
        var lastItem: String?
    }

    /// A breaking-news ticker's item: «عاجل | …», «عاجل: …», a title, not a sentence.
    static func isBreakingItem(_ line: String) -> Bool {
        ["عاجل ", "عاجل:", "عاجل|", "عاجل -", "عاجل –"].contains(where: line.hasPrefix) && !endsSentence(line) && words(line, in: 2...maxListedTitleWords)
    }

    /// «عاجل …» lines in a row at the top: the breaking-news ticker over the headline. One such
    /// line alone stays, since a headline may itself open with «عاجل», unless another headline stands signed under it.
    static func dropTicker(_ lines: inout [String]) {
        let ticker = lines.prefix(while: isBreakingItem).count
        // One such line right over a headline signed under it is the ticker's item, not the headline.
        if ticker == 1, lines.count > 3, PageTextHead.isHeadlineLike(lines[1]),
           isStamp(lines[2]) || BylineLine.opens(lines[2]) {
            lines.removeFirst()
            return
        }
        guard ticker >= 2, ticker + 1 < lines.count else { return }
        lines.removeFirst(ticker)
    }

    /// The words before a date line's first digit when they are a label of letters alone.
    static func labelBeforeDate(_ line: String) -> String? {
        let head = line.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
        guard words(head, in: 1...3), head.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        // «يناير 23, 2018»: a month before its day is the date's own word.
        if head.split(separator: " ").allSatisfy({ months.contains(String($0)) || dateWords.contains(String($0)) }) { return nil }
        // «الثلاثاء 5 مارس 2024»: a weekday is part of the date.
        let weekdays = ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "آخر تحديث", "نشر في", "تاريخ النشر"]
        return weekdays.contains(where: { head.hasPrefix($0) }) ? nil : head
    }

    /// Lines between the section label and the headline: a date, and a label over a
    /// headline-like line (long, no sentence end), which is a button or a counter, since the
    /// headline is what comes next.
    static func dropBeforeHeadline(_ lines: inout [String]) {
        // A date is never the headline: themes print one between the section and it.
        // A headline naming a month stands over its stamp; a stamp under its label («التاريخ: 11 جمادى
        // الآخرة 1439 هـ») stands over the next one, the Gregorian date, and is never a headline.
        while lines.count >= 3, isDateLine(lines[0]) || PageChrome.isCounter(lines[0]), !isDateLine(lines[1]) || isLabelledStamp(lines[0]) { lines.removeFirst() }
        // Nor is the featured photo's caption printed over it («صورة من الأرشيف (إ ب أ)»).
        while lines.count >= 3, PageTextHead.isCaption(lines[0]), PageTextHead.isHeadlineLike(lines[1]) { lines.removeFirst() }
        // Nor is a basmala heading the page over it.
        while lines.count >= 3, PageTextHead.isGreeting(lines[0]) { lines.removeFirst() }
        // Nor is the source's field over it («المصدر : وكالات»).
        while lines.count >= 3, PageTextBody.sourceField(lines[0]) != nil, words(lines[0], in: 1...6) { lines.removeFirst() }
        // Nor is a side panel's field with a value in Latin letters or digits (PHP-Fusion's «أحدث عضو: abuhadi»).
        while lines.count >= 3, PageTextHead.isHeadlineLike(lines[1]), let colon = lines[0].firstIndex(of: ":"), words(String(lines[0][..<colon]), in: 1...3),
              words(String(lines[0][lines[0].index(after: colon)...]), in: 1...2), !lines[0][colon...].unicodeScalars.contains(where: PageTextBody.isArabicLetter) {
            lines.removeFirst()
        }
        // One word only: a short headline over its sub-headline has the same shape, and over its stamp it is the headline.
        while lines.count >= 3, words(lines[0], in: 1...1), !endsSentence(lines[0]), !isLabel(lines[1]), !endsSentence(lines[1]), !isProse(lines[1]),
              !isStamp(lines[1]) {
            lines.removeFirst()
        }
    }

    /// A stamp or a count under its label of a word or two and a colon («العدد: 4707», «التاريخ: …»).
    private static func isLabelledStamp(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), words(String(line[..<colon]), in: 1...2) else { return false }
        return isDateLine(line) || PageChrome.isCounter(line)
    }
}
