import ArabicText
import Foundation

/// Where a whole page's story begins. Above its headline a page prints a top bar, a ticker of
/// other headlines, the site's name and its menus, in any order a theme likes; under it, the
/// byline, dates, counters and share buttons, then the copy. So the headline is found from the
/// copy upwards, not from the page's top down.
enum PageTextHead {
    /// Drops everything above the headline block that stands over the copy, keeping the label
    /// right above it as the section, when menus stand above that block and the page's first
    /// line is not already the headline, or when what a menu left under it is plainly not the
    /// story's (a ticker, a trail, a notice). `leading` says what `PageTextChrome.dropLeading`
    /// took off the top already. Returns whether the label kept closes a menu (the menu's last
    /// item, not a label of the story's own).
    @discardableResult
    static func dropAboveHeadline(_ lines: inout [String], after leading: PageTextChrome.LeadingDrop = .init()) -> Bool {
        // A blog's or a newsletter's title and description with no menu, then the post's date over
        // its headline («قصاصات صحفية», «ما نقرأه ونحتفظ به من الصحف كل يوم», «أغسطس 6, 2018», headline).
        // Its date may be gone with the page's Latin buttons («February 3, 2018»): then its description
        // is a sentence, or a notice in Latin letters, no headline's shape.
        // Under a menu that ends on the blog's title (Blogger's navbar), the headline stands over the copy or its stamp.
        if !leading.menu || leading.lastItem == lines.first, lines.count > 3, let headline = (2..<min(lines.count - 1, 7)).first(where: { isMasthead(lines, over: $0) }),
           !leading.menu || PageTextChrome.isProse(lines[headline + 1]) || PageTextChrome.isStamp(lines[headline + 1]) {
            lines.removeFirst(PageTextChrome.isDateLine(lines[headline - 1]) || labelsBoard(lines, over: headline) ? headline - 1 : headline)
            return false
        }
        guard var copy = firstCopy(lines) else { return false }
        // A forum post's copy opens under its poster's greeting, whatever its first line's shape
        // («السلام عليكم ورحمة الله وبركاته», «نشر هذا المقال بالتعاون مع …»).
        if copy >= 2, isGreeting(lines[copy - 2]) { copy -= 1 }
        // A title printed twice in a row but for a link, then signed, is the headline (a forum's topic
        // under the trail ending in it), whatever buttons and counts under its byline read like a
        // headline («الرد على هذا الموضوع», «الأعضاء», «6393 مشاركة»).
        let signedTwice = (2..<max(2, copy - 1)).first { at in
            isHeadlineLike(lines[at]) && PageTextChrome.words(lines[at], upTo: 4) >= 4 && lines[max(0, at - 3)..<at].contains(lines[at])
                && BylineLine.opens(lines[at + 1])
        }
        // A forum's post header names the topic it opens («موضوع: <title> <date>»): the title printed
        // over it, under the forum's top, is the headline.
        let page = lines
        if signedTwice == nil, let title = (1..<max(1, copy)).lazy.compactMap({ at in topicNamed(page[at]).flatMap { rest in
            page[..<at].firstIndex { isHeadlineLike($0) && PageTextChrome.words($0, upTo: 3) >= 3 && rest.hasPrefix($0) } } }).first {
            // (A trail's last step right over it, the board, stays as the section.)
            lines.removeFirst(title > 0 && isSectionLabel(lines[title - 1]) ? title - 1 : title)
            return false
        }
        // Or its heading names the topic over the thread's buttons and the first post, which prints
        // the title again right over its copy («الموضوع: <title>», «الرد على الموضوع», «عضو جديد», …,
        // <title>): what stands between is the forum's, the board right over the heading the section.
        // (A greeting may stand between the title and the copy: «السلام عليكم ورحمة الله وبركاته».)
        if signedTwice == nil, copy >= 2, let (heading, echo) = (max(1, copy - 3)..<copy).reversed().lazy.compactMap({ echo in
               (0..<echo).last(where: { topicNamed(page[$0]) == page[echo] }).map { ($0, echo) } }).first,
           echo - heading >= 2, isHeadlineLike(page[echo]) {
            lines.removeSubrange(heading..<echo)
            lines.removeFirst(heading > 0 && isSectionLabel(lines[heading - 1]) ? heading - 1 : heading)
            return false
        }
        // The title over its topic's starter, however short («اللقب في الملعب», «بدأ بواسطة …»), the board over it.
        if let started = lines[..<copy].firstIndex(where: PageChrome.isTopicStarter), started >= 2,
           PageTextChrome.words(lines[started - 1], in: 2...PageTextChrome.maxListedTitleWords), !PageChrome.isChrome(lines[started - 1]) {
            lines.removeFirst(isSectionLabel(lines[started - 2]) ? started - 2 : started - 1)
            return false
        }
        // A trail from the site's name, printed again under its logo, a step a line down to the
        // headline (a forum's «منتديات …», «منتديات …», «المنتديات العامة», «منتدى الفن والمشاهير», title),
        // whatever boxes and buttons stand between the title and the copy: its last step is the section.
        if signedTwice == nil, copy > 3, let again = lines[1..<3].firstIndex(of: lines[0]) {
            let steps = lines[(again + 1)..<copy].prefix(while: isSectionLabel)
            if (1...3).contains(steps.count), steps.endIndex < copy, isHeadlineLike(lines[steps.endIndex]) {
                lines.removeFirst(steps.endIndex - 1)
                return false
            }
        }
        // A short title right under the site's own links, signed and dated over the copy («تواصل»,
        // «صلاح وشر الإصابات», «نُشر بتاريخ 8 أبريل، 2018 بواسطة أم عبد الله»): a blog's post under its menu.
        if copy >= 3, BylineLine.isDated(lines[copy - 1]), PageTextChrome.words(lines[copy - 2], in: 1...3), PageChrome.isInterface(lines[copy - 3]),
           !PageChrome.isInterface(lines[copy - 2]), !PageTextChrome.isDateLine(lines[copy - 2]), !PageTextChrome.endsSentence(lines[copy - 2]) {
            lines.removeFirst(copy - 2)
            return false
        }
        // A trail from the home page over a short headline and its stamp heads the story's block,
        // whatever headline-like titles stand above it («الرئيسية», «رياضة», «مانشستر.. مانشستر», «22 آذار، 2018»).
        if signedTwice == nil, let above = trailOverShortHeadline(lines, copy: copy) {
            lines.removeFirst(above + 1)
            return false
        }
        // So does a section label over a short headline and its stamp under other stories'
        // titles («…الفطر», «رياضة», «ماذا أصاب الظفرة؟», «الجمعة، 09 آذار 2018 8:57 م»).
        if signedTwice == nil, let label = labelOverShortHeadline(lines, copy: copy) {
            lines.removeFirst(label)
            return false
        }
        let top = lines.count > 1 && isSectionLabel(lines[0]) ? 1 : 0
        guard top < copy else { return false }
        // The first line heads the story when no menu stands between it and the copy.
        let firstHeads = isHeadlineLike(lines[top]) && !hasMenu(lines[top..<copy])
        var index = copy - 1
        // Under the headline: labels, dates, counters, buttons, bylines.
        while index >= 0, !isHeadlineLike(lines[index]) { index -= 1 }
        guard index > 0 else { return false }
        // A title's shape under the headline's signed stamp (XOOPS's «الأخبار من CNN بالعربية» under
        // «أرسلت بواسطة المحرر في …», a deck) is no headline: the headline stands over the stamp.
        if index >= 2, BylineLine.isDated(lines[index - 1]), isHeadlineLike(lines[index - 2]) { index -= 2 }
        if let signedTwice { index = signedTwice }
        // Themes print the headline again over the copy (an image's title): the first one heads the block.
        if let first = lines[..<index].firstIndex(of: lines[index]) {
            // A forum prints the topic's title in its top's trail, a step a line, and again over
            // the first post, under the login box and the poster's details: the trail's steps read
            // like titles («منتديات الجلفة لكل الجزائريين و العرب», «منتدى الأخبار و المستجدات», «الأخبار العالمية»).
            let trail = (2...4).contains(first) && index - first > 6 && isSectionLabel(lines[first - 1])
                && lines[..<first].allSatisfy { PageTextChrome.words($0, upTo: 7) <= 6 && !PageTextChrome.endsSentence($0) }
            index = first
            // With no menu over it, what stands above its first print is the page's top, not the
            // story's (the site's name, a ticker's one line); a section label right over it stays.
            if !leading.menu, first > 1, !hasMenu(lines[..<first]), trail || !lines[..<first].contains(where: isHeadlineLike) {
                lines.removeFirst(isSectionLabel(lines[first - 1]) ? first - 1 : first)
                return false
            }
        }
        // A photo's caption over the copy reads like a headline: the story's own stands above
        // the byline or the dated line between them («عنوان», «رامي درويش», «4 يونيو 2018», «جانب من الدمار»).
        if let headline = headlineOverCaption(lines, caption: index) { index = headline }
        // A writer's name and who they are under the headline («هشام الشريف», «مدون مصري مهتم
        // بريادة الأعمال»): the description reads like a headline, the headline stands over the name.
        // (A title right under a ticker's label is the ticker's, and the label under it the story's
        // section over a headline opening with a writer's word: «عاجل», title, «ثقافة وفن», «روائي أمريكي شهير ينسحب …».)
        // (A think tank signs its comment with two or more writers, each under their name: «جوست هلترمان», «مدير برنامج …».)
        // The date may stand over the first name («17 آب/أغسطس 2018»).
        while index >= 2, isWriterBio(lines[index], roles: true), PageTextChrome.isLabel(lines[index - 1]), PageTextChrome.words(lines[index - 1], in: 2...3) {
            var above = index - 2
            if above > 0, PageTextChrome.isDateLine(lines[above]) { above -= 1 }
            // (A deck may stand there, longer than a title or with a dash: «طائرة نقل عسكرية من طراز سي - 130، …».)
            let deck = above > 0 && PageTextChrome.words(lines[above], upTo: 9) >= 8 && !PageTextChrome.isDateLine(lines[above]) && isHeadlineLike(lines[above - 1])
            guard isHeadlineLike(lines[above]) || deck, above < 1 || !PageChrome.tickerHeadings.contains(lines[above - 1]) else { break }
            index = above
        }
        // A flag over the headline marks the story on the home page; its category stands above the flag.
        if index >= 2, PageChrome.storyFlags.contains(lines[index - 1]), isSectionLabel(lines[index - 2]) {
            lines.remove(at: index - 1)
            index -= 1
        }
        // The headline heads its block: sub-headlines and a deck stand under it.
        let blockEnd = index
        while index > 0, isHeadlineLike(lines[index - 1]), !endsTrail(lines, at: index - 1) { index -= 1 }
        // A blog's name and description over its pages' links («الصفحة الرئيسية», «من نحن»): the
        // home page's link under the first line tells a masthead from the story's headline.
        // Its pages' links may be labels no list names («الأرشيف»), two or more of them (one is a
        // trail's step under a ticker's title), and a stamp or the photo's caption may stand over the headline.
        // The search box may stand between the description and the links («بحث …»).
        let home = index > top + 2 && PageChrome.isInterface(lines[top + 1]) && PageChrome.homeLabels.contains(lines[top + 2]) ? top + 2 : top + 1
        let pageLinks = lines[min(home + 1, index)..<index]
        if firstHeads, index > home, PageChrome.homeLabels.contains(lines[home]), !PageChrome.tickerLabels.contains(lines[0]),
           pageLinks.allSatisfy({ PageChrome.isInterface($0) || PageTextChrome.isDateLine($0) })
            || pageLinks.count >= 2 && pageLinks.allSatisfy({ PageChrome.isInterface($0) || PageTextChrome.isDateLine($0) || PageTextChrome.isLabel($0) && !isHeadlineLike($0) || isCaption($0) }) {
            // Steps no interface names, right over the headline, are a trail from the home page
            // printed a step a line under a call («شاهد البث المباشر …», «الرئيسية», «النيل للأخبار», «عربي ودولي»): its last is the section.
            let trail = pageLinks.count <= 3 && !pageLinks.contains(where: { PageChrome.isInterface($0) || PageTextChrome.isDateLine($0) || isCaption($0) })
                && isSectionLabel(lines[index - 1])
            lines.removeFirst(trail ? index - 1 : index)
            return false
        }
        // Under a ticker's label the block is the ticker's titles, the story's headline last
        // («آخر الأخبار», four titles, then the date and the copy).
        let tickerOver = leading.tickerLabel && index == 0 || index > 0 && PageChrome.tickerHeadings.contains(lines[index - 1])
        if tickerOver, blockEnd > index {
            // (A headline too short for a title's shape may follow them, over its label and its stamp:
            // «نظرية المؤامرة», «رياضة», «اليمن العربي», «الأحد 04/مارس/2018 - 05:24 م».)
            let short = blockEnd + 3 < lines.count && PageTextChrome.words(lines[blockEnd + 1], in: 1...3) && !isHeadlineLike(lines[blockEnd + 1])
                && !PageChrome.isChrome(lines[blockEnd + 1]) && !PageTextChrome.isStamp(lines[blockEnd + 1]) && isSectionLabel(lines[blockEnd + 2])
                && lines[(blockEnd + 3)..<min(lines.count, blockEnd + 5)].contains(where: PageTextChrome.isDateLine)
            lines.removeFirst(short ? blockEnd + 1 : blockEnd)
            return false
        }
        var label = index - 1
        // A date, and the story's number, may stand between the section label and the headline
        // («رياضة», «نشر بتاريخ: …», «رمز الخبر: ٨٢٩٠١٥٢٥»); a paper's issue, its Hijri and its Gregorian date too.
        // Under the date, the writer's name and the story's place may stand too («اقتصاد», «15.02.2018»,
        // «عبد الخالق دوسكي», «بغداد», headline): a name of two words or more the menu never lists.
        let signs = (1...2).first { (n: Int) -> Bool in
            guard index - n - 2 >= 0 else { return false }
            let name = lines[index - n]
            let short = lines[(index - n)..<index].allSatisfy { PageTextChrome.isLabel($0) && PageTextChrome.words($0, in: 1...4) && !PageTextChrome.isDateLine($0) }
            let named = PageTextChrome.words(name, in: 2...4) && !lines[..<(index - n)].contains(name)
            return short && named && PageTextChrome.isDateLine(lines[index - n - 1]) && isSectionLabel(lines[index - n - 2])
        } ?? 0
        var stamps = signs
        while stamps < 3 + signs, index - stamps > 1, PageTextChrome.isDateLine(lines[index - stamps - 1]) || PageChrome.isCounter(lines[index - stamps - 1]) {
            stamps += 1
        }
        let dateUnderLabel = stamps > signs && isSectionLabel(lines[index - stamps - 1])
        if dateUnderLabel { label -= stamps }
        // A columnist's name under the opinion section's label: both stay, the label names the section.
        // A menu's item printed again under its last («آراء», «أخبار دولية») is the section, not a name.
        if !dateUnderLabel, label > 0, PageTextChrome.isLabel(lines[label]), PageTextChrome.words(lines[label], in: 2...4), opinionLabels.contains(lines[label - 1]),
           !lines[..<(label - 1)].contains(lines[label]) {
            label -= 1
        }
        // A trail over the headline gives its section («الرئيسية » أخبار » عربي ودولي»).
        // So does one from the site's name, its steps between arrows («أخبارك » أخبار رياضية»).
        let crumb = label >= 0 ? PageTextBody.breadcrumbSection(lines[label]) ?? arrowTrailStep(lines[label]) : nil
        func dropAbove(keepingLabel keep: Bool) {
            if let crumb { lines[label] = crumb }
            if dateUnderLabel { lines.removeSubrange((label + 1)...(label + stamps)) }
            lines.removeFirst(keep ? label : label + 1)
        }
        if !firstHeads, hasMenu(lines[..<index]) {
            let keep = crumb != nil || isSectionLabel(lines[label])
            let closesMenu = keep && crumb == nil && !dateUnderLabel && hasMenu(lines[max(0, label - 2)...label])
                && !PageTextChrome.isBadgeAgain(lines[label], under: lines[..<label])
            dropAbove(keepingLabel: keep)
            return closesMenu
        }
        // The menu is gone (`PageTextChrome.dropLeading`), but a ticker of other stories stood
        // under it, a trail, or a notice and its button (cookies): above the section label that
        // heads the story's own headline.
        guard leading.menu, label > 0 else { return false }
        // A ticker may print its titles on one line between bars.
        let titlesAbove = lines[..<label].count(where: { isHeadlineLike($0) || isJoinedList($0) })
        // A breaking item over the section label is the ticker's, however alone.
        let tickerAbove = leading.tickerLabel || PageChrome.tickerLabels.contains(lines[0]) || lines[..<label].contains(where: PageTextChrome.isBreakingItem)
            || PageChrome.tickerHeadings.contains(lines[0]) && titlesAbove >= 1
        // So is one title between the menu's last item and the label over a dated headline: a
        // trending bar's («الأكثر تداولا», its title, «تكنولوجيا», headline, «13 ماي 2018»).
        let trending = label == 2 && leading.lastItem == lines[0] && blockEnd + 1 < lines.count && PageTextChrome.isStamp(lines[blockEnd + 1])
        let ticker = titlesAbove >= (tickerAbove || trending ? 1 : 2)
        // (A trail of three steps, a step a line: «الرئيسية», «أخبار», «العالم».)
        let trail = crumb != nil || PageChrome.homeLabels.contains(lines[label - 1]) || PageTextBody.breadcrumbSection(lines[label - 1]) != nil
            || label >= 2 && PageChrome.homeLabels.contains(lines[label - 2]) && isSectionLabel(lines[label - 1])
        let notice = !firstHeads && lines[..<label].contains(where: PageTextChrome.endsSentence)
        if crumb != nil || isSectionLabel(lines[label]), ticker || trail || notice {
            dropAbove(keepingLabel: true)
        } else if tickerAbove, titlesAbove >= 1 {
            // A ticker's titles and their times («قبل 5 دقائق») right over the headline.
            dropAbove(keepingLabel: false)
        }
        return false
    }

    /// The line over the section of a trail that stands over the copy with only its steps, a
    /// headline too short to look like one, and that headline's stamps and buttons between them.
    private static func trailOverShortHeadline(_ lines: [String], copy: Int) -> Int? {
        guard let home = lines[..<copy].lastIndex(where: PageChrome.homeLabels.contains) else { return nil }
        var end = copy
        // A name over the date is its byline, the site's own or a writer's («صراحة نيوز», «27 شباط 2018»).
        while end > home + 1, PageTextChrome.isStamp(lines[end - 1]) || PageChrome.isCounter(lines[end - 1]) || PageChrome.isInterface(lines[end - 1])
                || end - 1 > home + 2 && PageTextChrome.words(lines[end - 1], in: 2...4) && PageTextChrome.isLabel(lines[end - 1]) && PageTextChrome.isDateLine(lines[end]) {
            end -= 1
        }
        // A deck may stand between the headline and its stamps: a long line, no title.
        var decked = false
        if end > home + 3, PageTextChrome.words(lines[end - 1], upTo: 9) > 8, !isHeadlineLike(lines[end - 1]), PageTextChrome.isLabel(lines[end - 2]) {
            end -= 1
            decked = true
        }
        // The loop stopped at the headline: a label, not a stamp. The trail may pass through the
        // site's news before the section («الرئيسية», «الأخبار», «رياضة», «ثورة»).
        guard end < copy, !decked || end + 1 < copy, (2...3).contains(end - home - 1), lines[(home + 1)..<(end - 1)].allSatisfy(isSectionLabel), !isHeadlineLike(lines[end - 1]),
              PageTextChrome.isLabel(lines[end - 1]) else { return nil }
        return end - 3
    }

    /// Whether the lines over `headline` (and its date) are a masthead: a name first, then its
    /// description (a title's shape or a short sentence), its buttons or its notices in Latin letters.
    /// Whether the line over `headline` is a board's or a section's name that a trail on the
    /// page runs through to the headline (ProBoards' «منتديات صدى الخليج › أخبار الرياضة › title»,
    /// split over the title already).
    private static func labelsBoard(_ lines: [String], over headline: Int) -> Bool {
        headline > 2 && isSectionLabel(lines[headline - 1]) && !lines[..<(headline - 1)].contains(lines[headline - 1])
            && lines[headline - 2].unicodeScalars.contains(where: PageTextBody.isArabicLetter) == false
    }

    private static func isMasthead(_ lines: [String], over headline: Int) -> Bool {
        guard headline + 1 < lines.count, isHeadlineLike(lines[headline]), PageTextChrome.words(lines[0], in: 1...4),
              !PageTextChrome.endsSentence(lines[0]), !PageTextChrome.isDateLine(lines[0]), !PageChrome.tickerHeadings.contains(lines[0]) else { return false }
        let dated = PageTextChrome.isDateLine(lines[headline - 1])
        // (A forum's board may stand right over the title, its trail's last step: «أخبار الرياضة».)
        let boarded = !dated && headline > 2 && labelsBoard(lines, over: headline)
        let between = lines[1..<(dated || boarded ? headline - 1 : headline)]
        // A headline signed under it tells it from the description over it as a date does (Thesis's
        // «يوميات الخبر», «مدونة شخصية في متابعة الأخبار والتعليق عليها», headline, «بقلم حسن عبد الرحمن في 13 أكتوبر 2018»).
        let signed = BylineLine.opens(lines[headline + 1])
        guard !between.isEmpty, dated || signed || between.contains(where: { PageTextChrome.endsSentence($0) || PageChrome.isInterface($0) && $0.allSatisfy(\.isASCII) }) else { return false }
        // A section's headline and date over a deck have the same shape, but that headline speaks of
        // what the copy says; a description does not.
        let words = PageTextChrome.words(lines[headline])
        let copy = Set(lines[(headline + 1)..<min(lines.count, headline + 4)].flatMap { ArabicAnalyzer.terms(in: $0) })
        let arabic = between.filter { $0.unicodeScalars.contains(where: PageTextBody.isArabicLetter) }
        // (Undated, a sentence over the headline is a description however it overlaps the copy: a
        // writer's «صحفي. أكتب عن السياسة والاقتصاد …» over a post on politics.)
        guard !dated && !signed || arabic.allSatisfy({ Set(ArabicAnalyzer.terms(in: $0)).intersection(copy).count <= 1 }) else { return false }
        // (Signed only, the byline stands between the headline and its copy: a description shares
        // no words with the headline either, where a headline over its deck does: «هيومان رايتس ووتش: …».)
        // Nor with the copy itself, under the byline's stamp and buttons.
        let titled = Set(ArabicAnalyzer.terms(in: lines[headline]))
            .union(lines[(headline + 1)...].drop(while: { !PageTextChrome.isProse($0) }).prefix(3).flatMap { ArabicAnalyzer.terms(in: $0) })
        guard dated || !signed || arabic.allSatisfy({ Set(ArabicAnalyzer.terms(in: $0)).intersection(titled).count <= 1 }) else { return false }
        // The blog's own links under its description (its home, its notice, its profiles) tell it from a deck,
        // however long the headline under them.
        let linked = between.contains(where: { PageChrome.homeLabels.contains($0) || PageChrome.isCopyright($0) || PageChrome.isInterface($0) && $0.allSatisfy(\.isASCII) })
        // A description is a line or two; more sentences are a story's copy over another's title.
        guard between.count(where: { !PageChrome.isInterface($0) && !PageTextBody.isLatinInterface($0) }) <= 2 else { return false }
        return between.contains(where: { !PageChrome.isInterface($0) }) && between.allSatisfy { line in
            // A name in Latin letters («Rana Kh.») is the writer's under a newsletter's title.
            PageChrome.isInterface(line) || PageTextBody.isLatinInterface(line)
                || PageTextChrome.words(line, in: 1...6) && !line.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
                // Over the post's date, a description may be a phrase («متابعات إخبارية يومية»).
                || (isHeadlineLike(line) || (PageTextChrome.endsSentence(line) || dated) && PageTextChrome.words(line, in: 3...15))
                    // (A headline never closes on a full stop: a sentence so closed over the post's date is
                    // the description, however short the headline under it: Blogger's «ما يصلنا من أخبار، ننقله لكم كما هو مع المصدر.».)
                    && (PageTextChrome.words(line) < words || linked && PageTextChrome.endsSentence(line) || dated && between.count == 1 && line.hasSuffix(".") && PageTextChrome.words(line, upTo: 13) <= 12)
        }
    }

    /// Where a section label stands over a headline of three words or fewer, its stamp and the
    /// copy, under a title that reads like a headline (a ticker's last): nil elsewhere.
    private static func labelOverShortHeadline(_ lines: [String], copy: Int) -> Int? {
        guard copy >= 3 else { return nil }
        var end = copy
        var dated = false
        while end > 3, PageTextChrome.isStamp(lines[end - 1]) || PageChrome.isCounter(lines[end - 1]) || PageChrome.isInterface(lines[end - 1]) {
            dated = dated || PageTextChrome.isDateLine(lines[end - 1])
            end -= 1
        }
        let headline = lines[end - 1]
        guard dated, end >= 3, isSectionLabel(lines[end - 2]), isHeadlineLike(lines[end - 3]), PageTextChrome.words(headline, in: 1...3),
              !isHeadlineLike(headline), !PageChrome.isChrome(headline), !PageTextBody.isButton(headline), !isSectionLabel(headline) || headline.contains("؟") else { return nil }
        return end - 2
    }

    /// The opinion section's names: a columnist's name stands under them, over the column.
    static let opinionLabels: Set<String> = ["الرأي", "رأي", "آراء", "اراء", "مقالات", "مقالات الرأي", "كتاب وآراء", "أقلام", "وجهات نظر", "مقال"]

    /// The headline above the line at `caption` when that line is a photo's caption: what stands
    /// between them is the headline's byline or a dated line, and that headline is not the last of
    /// a ticker's titles. A label right over `caption` may be its section, so then the headline
    /// above must have a section label of its own.
    private static func headlineOverCaption(_ lines: [String], caption: Int) -> Int? {
        guard caption > 0, !PageChrome.tickerHeadings.contains(lines[caption - 1]) else { return nil }
        var index = caption - 1
        var dated = false
        while index >= 0, !isHeadlineLike(lines[index]) {
            let line = lines[index]
            // A deck right under the headline may be a sentence, over the dated line.
            if PageTextChrome.isProse(line), !(dated && index > 0 && isHeadlineLike(lines[index - 1])) { break }
            dated = dated || BylineLine.name(in: line) != nil || (PageTextChrome.isDateLine(line) && line.firstMatch(of: /\d{4}|\d{1,2}\/\d{1,2}\/\d{2}\b/) != nil)
            index -= 1
        }
        // A menu between them means the line above is the site's masthead («صحيفة يومية سياسية …»).
        // So does the home page's link (a blog's description over its pages' links).
        guard dated, index >= 0, isHeadlineLike(lines[index]), !hasMenu(lines[(index + 1)..<caption]),
              !lines[(index + 1)..<caption].contains(where: PageChrome.homeLabels.contains) else { return nil }
        // The headline may have its deck under it («عنوان», «رئيس الوزراء يصدر قرارا …», «كتب …»).
        let top = index > 0 && isHeadlineLike(lines[index - 1]) ? index - 1 : index
        let over = top > 0 ? lines[top - 1] : nil
        if let over, isHeadlineLike(over) || PageChrome.tickerHeadings.contains(over) { return nil }
        // (So may a label over the stamp: «العالم», «8 أبريل، 2018 - 05:13», headline, under a ticker's titles.)
        var label = caption - 1
        while label > index + 1, PageTextChrome.isDateLine(lines[label]) || PageChrome.isCounter(lines[label]) { label -= 1 }
        if isSectionLabel(lines[label]), !(over.map { isSectionLabel($0) || PageTextBody.breadcrumbSection($0) != nil } ?? false) { return nil }
        return index
    }

    /// A line copy can open with: prose, and a statement rather than a question or a cry, which
    /// a ticker's or a list's title, or a headline, may be («… فرحة الاحتفال!!»), unless longer than any title.
    static func opensCopy(_ line: String) -> Bool {
        PageTextChrome.isProse(line) && (!"؟?!".contains(line.last ?? " ") || PageTextChrome.words(line, upTo: 21) > 20)
    }

    /// The first paragraph of copy: a line of prose with another within the next three lines,
    /// so a cookie notice or a ticker's long item at the top is not taken for it.
    static func firstCopy(_ lines: [String]) -> Int? {
        let opens = opensCopy
        // (A list the copy introduces may stand between them: «… المحاور التالية:», «- الأزمة السورية», ….)
        let listed = { (line: String) in line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasSuffix(":") && PageTextChrome.words(line, upTo: 6) > 5 }
        let followed = lines.indices.first { index in
            guard opens(lines[index]) else { return false }
            let after = lines[(index + 1)...].drop(while: listed)
            return lines[(index + 1)..<min(lines.count, index + 4)].contains(where: PageTextChrome.isProse)
                || after.startIndex > index + 1 && after.prefix(3).contains(where: PageTextChrome.isProse)
        }
        // A story of one paragraph: a long sentence no ticker's title reaches.
        return followed ?? lines.indices.first { opens(lines[$0]) && PageTextChrome.words(lines[$0], upTo: 21) > 20 }
    }

    /// A menu: three or more section names in a row (the byline, dates, counters and buttons
    /// under a headline are labels too, but not section names).
    static func hasMenu(_ lines: ArraySlice<String>) -> Bool {
        var run = 0
        for line in lines {
            run = isSectionLabel(line) ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// A label that names a section: a few words, not a button, a date, a count or chrome, nor
    /// a byline («كتب أمير صالح»), even with its city or outlet in brackets or quotes (««عكاظ» (الرياض)»).
    static func isSectionLabel(_ line: String) -> Bool {
        PageTextChrome.isLabel(line) && !line.hasSuffix(":") && !PageChrome.isChrome(line) && !PageTextChrome.isDateLine(line)
            && BylineLine.name(in: line) == nil && !isGreeting(line)
            && !PageTextChrome.weekdays.contains(line.filter { !"،, ".contains($0) })
            && !PageTextBody.isButton(line) && line.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
            && !line.contains(where: { $0.isNumber || "()«»\"←→".contains($0) })
    }

    /// Whether `lines[at]`, a label long enough to read as a title («غرب آسيا وشمال أفريقيا»), is
    /// the last step of a trail printed a step a line: the step over it is a menu item printed again.
    static func endsTrail(_ lines: [String], at: Int) -> Bool {
        guard at >= 1, isSectionLabel(lines[at]) else { return false }
        let step = lines[at - 1]
        return (isSectionLabel(step) || PageChrome.homeLabels.contains(step)) && lines[..<(at - 1)].contains(step)
    }
}
