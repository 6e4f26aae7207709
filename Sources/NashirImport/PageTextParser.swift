import ArabicText
import Foundation
import NashirDomain

/// Turns a plain-text dump of an article page (section, headline, highlights, dateline, body,
/// then the theme's chrome) into a draft article.
public struct PageTextParser: Sendable {
    /// The section used when the page does not start with a section label.
    public var defaultSection: Section
    /// Longest line still taken for a highlight, in words (a section label: `PageTextChrome.maxLabelWords`).
    static let maxHighlightWords = 30
    static let maxHighlights = 5

    public init(defaultSection: Section = Section(slug: "news", name: "أخبار")) {
        self.defaultSection = defaultSection
    }

    /// Parses `text`; `key` identifies the page so re-imports update it (`PageTextImporter`
    /// keys a file by its name and headline).
    public func parse(_ text: String, key: String, file: String) throws(ImportError) -> ArticleDraft {
        var lines = text.split(whereSeparator: \.isNewline).map { TextCleaning.line(Self.barredFields(String($0))) }.filter { !$0.isEmpty }
        let rules = PageTextBody.linesUnderRules(lines)
        PageTextBody.dropNoise(&lines)
        PageTextBody.dropArchiveMonths(&lines)
        let page = lines
        // The site's account of itself and its call for gifts are never copy; gone early, they
        // leave the boxes around them as plainly the page's as they are.
        let names = PageChrome.siteNames(on: page, before: "")
        lines.removeAll { PageChrome.isDonationCall($0) || PageChrome.isSiteProfile($0, names: names) }
        CategoryLine.splitTrailOverTitle(&lines)
        PageTextChrome.dropCutEchoes(&lines)
        PageTextBody.dropLabelledFigures(&lines)
        PageTextBody.dropEmbeddedPosts(&lines)
        lines.removeAll(where: PageTextBody.isPhotoCredit)
        PageTextBody.dropLeadingButtons(&lines)
        let leading = PageTextChrome.dropLeading(&lines)
        PageTextChrome.dropTicker(&lines)
        // A read-also box under the first paragraph would hide where the copy begins.
        PageTextBody.dropInlineRelated(&lines, knownLabelsOnly: true)
        let labelClosesMenu = PageTextHead.dropAboveHeadline(&lines, after: leading)
        PageTextBody.dropInlineRelated(&lines)
        lines.removeAll(where: PageChrome.isRelatedLink)
        guard !lines.isEmpty else { throw ImportError(file: file, problem: "no article text left after removing page chrome") }

        var section = takeSection(&lines)
        PageTextChrome.dropBeforeHeadline(&lines)
        let headline = lines.removeFirst()
        // The page's first line printed again over the headline is the site's name (a blog's
        // author badge, a logo's text), not a section.
        // So is a first line over the site's buttons alone that its interface or footer names
        // again («نشرة الأسبوع», «Subscribe», «Sign in», …, «Thanks for reading نشرة الأسبوع! …»).
        // A menu of three links or more between them tells the same, whatever the footer says.
        if page.first == section.name, let end = page.firstIndex(of: headline), end > 1,
           page[1..<end].contains(section.name) || page[1..<end].allSatisfy({ PageChrome.isInterface($0) || PageTextChrome.isDateLine($0) })
               && (end > 3 && page[1..<end].allSatisfy(PageChrome.isInterface)
                   || page[end...].contains(where: { $0.contains(section.name) && (PageTextBody.isLatinInterface($0) || $0.contains("©") || Self.isLatinAround(section.name, in: $0)) })) {
            section = defaultSection
        }
        // An Arabic name alone among the host's lines in Latin letters, over its links to the blog's
        // pages and the post's date, is the blog's (LiveJournal's «كشكول الأخبار» under «Log in»,
        // over «Recent Entries», «Archive», «Mar. 3rd, 2018»), not a section.
        let arabic = { (line: String) in line.unicodeScalars.contains(where: PageTextBody.isArabicLetter) }
        var blogName: String?
        if let first = page.firstIndex(where: arabic), first > 0, let end = page.firstIndex(of: headline),
           end - first > 3, !page[(first + 1)..<end].contains(where: arabic) {
            blogName = page[first]
            if section.name == page[first] { section = defaultSection }
        }
        // A category's heading over its names right over the headline («مصنّف تحت:», «عرب», «العراق»):
        // the first names the section, the others narrow it.
        if let end = page.firstIndex(of: headline), end >= 3, page[end - 1] == section.name,
           let heading = page[max(0, end - 4)..<(end - 1)].lastIndex(where: CategoryLine.isHeading),
           page[(heading + 1)..<end].allSatisfy(Self.isLabel) {
            section = Section(slug: TextCleaning.slug(for: page[heading + 1]), name: page[heading + 1])
        }
        // The site's name over the headline, which the menu's link to its «about» page names («عن دفتر»),
        // or that link itself; or the name atop the page that its copyright line names again.
        if page.prefix(while: { $0 != headline }).contains("عن " + section.name) || section.name.hasPrefix("عن ")
            || page.prefix(3).contains(section.name) && page.contains(where: { $0.contains(section.name) && PageChrome.isCopyright($0) }) {
            section = defaultSection
        }
        // A home page's flag over the headline names no section: the category over the flag does
        // («دولي», «موضوعات رئيسية», headline), or none.
        // (A trail's step of that name, «الرئيسية أخبار عاجلة», is a section of the site's: it stays.)
        if PageChrome.storyFlags.contains(section.name),
           let flagged = page.indices.dropFirst().first(where: { page[$0] == section.name && $0 + 1 < page.count && page[$0 + 1] == headline }) {
            let over = page[flagged - 1]
            section = PageTextHead.isSectionLabel(over) && !PageChrome.storyFlags.contains(over) ? Section(slug: TextCleaning.slug(for: over), name: over) : defaultSection
        }
        // A follow button under the writer's handle («@k_alrashed», «متابعة») is no label either,
        // nor the writer's credential under that button (Quora's «سيف اليمن», «·», «متابعة», «صحفي سابق»).
        if let at = page.firstIndex(of: section.name), at > 0,
           Self.followButtons.contains(section.name) && page[at - 1].hasPrefix("@") || Self.followButtons.contains(page[at - 1]) || PageTextHead.isWriterBio(section.name) {
            section = defaultSection
        }
        // No label of the story's own over the headline: a blog theme names the category elsewhere.
        // So is the page's first line, the blog's title over the post's date, when the post names its category.
        let menuItem = labelClosesMenu || section.name == leading.lastItem || page.first == section.name
        // A trail's generic step («الرئيسية » أخبار») names no section either. The site's name,
        // first on the page, is never the category the head block names (a source line under the date).
        // A menu's link to a kind of media («فيديو», «صور») names no story's section either.
        let mediaLink = PageChrome.isMediaLink(section.name)
        if section == defaultSection || section.name == defaultSection.name || Self.genericSections.contains(section.name) || menuItem || mediaLink, let name = CategoryLine.trailEnding(in: headline, on: page) ?? CategoryLine.trailBetweenEchoes(of: headline, on: page) ?? CategoryLine.trailFromSiteName(under: lines, on: page) ?? CategoryLine.trailFromSiteNameLine(on: page, before: headline) ?? CategoryLine.section(in: lines, page: page) ?? CategoryLine.listedInMeta(lines, menu: page.prefix { $0 != headline })
               ?? (!leading.menu && leading.lastItem == section.name ? CategoryLine.underWriterAndDate(lines) : nil),
           name != page.first, name != blogName {
            section = Section(slug: TextCleaning.slug(for: name), name: name)
        } else if mediaLink {
            section = defaultSection
        }
        let underHeadline = lines
        guard Self.looksLikeHeadline(headline) else {
            throw ImportError(file: file, problem: "no recognisable headline: the first line is \(headline.count) characters of running text")
        }
        // Themes print the headline again (an image's title, a share card's text).
        lines.removeAll { $0 == headline || PageChrome.framesHeadline($0, headline: headline) || PageTextHead.topicNamed($0)?.hasPrefix(headline) == true }
        PageTextBody.dropStoryLists(&lines)
        PageTextBody.dropNumberedLists(&lines)
        PageTextBody.dropFootnotes(&lines)
        // A newsletter's box between paragraphs would read as the widgets closing the copy.
        PageTextBody.dropSignupBoxes(&lines, page: page)

        // The widgets after the copy (tags, sharing, related stories, comments, search), found by
        // their shape; what the shape leaves, the closed list of known chrome still removes.
        var structuralTags: [String] = []
        if let end = lines.dropFirst().firstIndex(where: PageTextBody.isEndMark) { lines.removeSubrange(end...) }
        if let cut = PageTextChrome.trailingStart(lines) {
            structuralTags = PageTextChrome.tags(in: lines[cut...])
            // A theme's tags on one line, with no heading over them («الصين، ليو شياوبو، ألمانيا»).
            if structuralTags.isEmpty, let listed = PageTextChrome.tagList(lines[cut]) { structuralTags = listed }
            lines.removeSubrange(cut...)
        }
        lines.removeAll(where: PageTextBody.isButtonRow)
        if let last = lines.last, lines.count > 1, PageTextBody.isTagsLine(last), BylineLine.name(in: last) == nil { lines.removeLast() }
        let listedTags = Self.stripTrailingChrome(&lines)
        // Cards on the story's topics under the copy, each its name over a sentence defining it
        // («مصر», «مصر دولة عربية في شمال شرق أفريقيا عاصمتها القاهرة …»).
        // (The name may follow a first name: «بوفون», «جانلويجي بوفون حارس مرمى إيطالي …».)
        while lines.count > 3, PageTextChrome.words(lines[lines.count - 2], in: 1...3), Self.isLabel(lines[lines.count - 2]),
              (" " + lines[lines.count - 1].split(separator: " ").prefix(4).joined(separator: " ") + " ").contains(" " + lines[lines.count - 2] + " "),
              PageTextChrome.words(lines[lines.count - 1], upTo: 31) <= 30 {
            lines.removeLast(2)
        }
        if lines.count > 2, let last = lines.last, PageTextChrome.isSpacedTagLine(last, copy: lines.dropLast()) { lines.removeLast() }
        PageTextBody.dropWriterBox(&lines)
        let tags = structuralTags.isEmpty ? listedTags : structuralTags.map { Tag(slug: TextCleaning.slug(for: $0), name: $0) }
        let siteNames = PageChrome.siteNames(on: page, before: headline)
        // (The site's terms and buttons under its note go first: «أعد نشر هذا المقال».)
        while lines.count > 1, let last = lines.last, PageTextBody.isSourcingNote(last) || PageChrome.isSiteNote(last, names: siteNames) || PageChrome.isDisclaimer(last) {
            lines.removeLast()
        }
        let agency = PageTextBody.agencyCredit(&lines)
        let credit = agency?.credit
        var byline = agency?.initials ?? (tags.isEmpty ? PageTextChrome.signature(&lines) : nil)
        // Over the tags, a credit closing the copy signs it too («المسلة – متابعة – وكالات»).
        if byline == nil, lines.count >= 2, let last = lines.last, PageTextHead.isCredit(last), PageTextChrome.isProse(lines[lines.count - 2]) {
            byline = lines.removeLast()
        }

        var highlights: [String] = []
        var dateline: Dateline?
        var leadingByline: String?
        // A byline or a date over the copy closes the headline's block: what stands between them
        // is a deck, however long («- الجيل الذي ... -» over «حوار: آسيا العتروس»), even a sentence.
        var linesAboveByline = Self.headBlockEnd(lines) ?? 0
        // How many deck lines stood over the headline's stamp (a byline, a date), once it is passed.
        var decksOverStamp: Int?
        var captionPassed = false
        let arabicHeadline = headline.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
        while let line = lines.first, highlights.count < Self.maxHighlights, lines.count > 1 {
            if DatelineParser.isWholeLine(line) { break }
            // A forum poster's greeting: the post's copy opens under it.
            if PageTextHead.isGreeting(line) {
                lines.removeFirst()
                break
            }
            // A study opens its copy under its first part's heading («مقدمة»): the copy's first subheading.
            if Self.openingHeadings.contains(line.trimmingCharacters(in: .init(charactersIn: ": "))), PageTextChrome.isProse(lines[1]) { break }
            // A summary's label over the deck or opening it («ملخص:»): the deck, whatever its shape,
            // even under a writer's description taken for one.
            if lines.count > 2, Self.summaryLabels.contains(line.trimmingCharacters(in: .init(charactersIn: ": "))) {
                lines.removeFirst()
                highlights.append(lines.removeFirst())
                continue
            }
            if highlights.isEmpty, Self.summaryLabels.contains(where: { line.hasPrefix($0 + ":") }), PageTextChrome.words(line, in: 4...80) {
                highlights.append(lines.removeFirst())
                continue
            }
            // Under the headline's stamp, a long line over another is the copy's first paragraph,
            // however it ends («… بتشكيل الحكومة الجديدة؟»), when no deck stands under the stamp.
            // A button between them on the page («استمع إلى المقال») sets a deck apart from the copy.
            // A deck over the stamp tells it whatever the next line's shape («… قضاء سنجار عام 1993»).
            // A title's sentence of twenty words or fewer, no comma in it, under the stamp itself is a deck,
            // not the copy («… تنتشر في دوما بعد خروج آخر مقاتلي المعارضة من الغوطة»): under a photo's caption, the copy.
            if let decks = decksOverStamp, highlights.count == decks, PageTextChrome.words(line, upTo: 13) > 12, !PageTextHead.isCaption(line),
               PageTextChrome.isProse(lines[1]) || decks > 0,
               !DeckLine.buttonsBetween(line, lines[1], on: page),
               captionPassed || !Self.isDeckUnderStamp(line) { break }
            // A photo's caption between the stamp and the copy is neither deck nor copy.
            if decksOverStamp != nil, lines.count > 2, PageTextHead.isCaption(line), PageTextChrome.words(line, upTo: 21) <= 20 {
                captionPassed = true
                lines.removeFirst()
                continue
            }
            // A photo's short caption over its credit in Latin letters («في أحد شوارع المدينة.», «Flickr»).
            // (The credit, a Latin word over the copy, may be gone with the buttons: the page still shows it.)
            if lines.count > 2, PageTextChrome.words(line, in: 1...8), !PageTextChrome.isDateLine(line), let at = page.firstIndex(of: line), at + 1 < page.count, Self.isLatinCredit(page[at + 1]) {
                lines.removeFirst(lines[1] == page[at + 1] ? 2 : 1)
                continue
            }
            // A credit signs the headline too («مغرب نت - عمر السيد»), though a paper's issue line may follow it.
            let signer = BylineLine.name(in: line) ?? BylineLine.datedName(line) ?? Self.labelledCredit(line)
            if leadingByline == nil, let name = signer ?? (PageTextHead.isCredit(line) ? line : nil) {
                leadingByline = name
                if signer != nil, decksOverStamp == nil { decksOverStamp = highlights.count }
                lines.removeFirst()
                linesAboveByline = 0
                continue
            }
            // Between the headline and the copy: a date, share buttons, labels.
            // «الموضوع:» over a topic: a label with a colon is not a highlight either.
            // A name with its initial («رامي ن.») ends with a stop and is no sentence either.
            if PageChrome.isChrome(line) || PageTextChrome.isDateLine(line) || PageTextChrome.isRelativeTime(line) || Self.isLabel(line) || PageTextBody.isButton(line)
                || PageTextChrome.words(line, in: 1...3) && !PageTextChrome.isProse(line) && !line.hasSuffix(":")
                || (PageTextChrome.isLabel(line) && line.hasSuffix(":")) || CategoryLine.infoSentences(line) != nil || CategoryLine.filedByWriter(line) != nil
                || CategoryLine.named(line, after: ["In"]) != nil || Self.isBioUnderName(line, on: page)
                || PageTextChrome.words(line, in: 2...8) && CategoryLine.named(line, after: CategoryLine.statements) != nil
                // Under an Arabic headline, a line in Latin letters is the interface's («Publié le 5 juillet 2018 par Yacine B.»).
                || arabicHeadline && PageTextBody.isLatinInterface(line) && !line.unicodeScalars.contains(where: PageTextBody.isArabicLetter) {
                if PageTextChrome.isDateLine(line), decksOverStamp == nil { decksOverStamp = highlights.count }
                lines.removeFirst()
                linesAboveByline -= 1
                continue
            }
            guard Self.looksLikeHighlight(line) || linesAboveByline > 0 else { break }
            highlights.append(lines.removeFirst())
            linesAboveByline -= 1
        }
        if highlights.isEmpty, let copy = DeckLine.retelling(lines, page: page) ?? DeckLine.setApart(lines, page: page) ?? DeckLine.echoedLater(lines) {
            if lines[copy] != lines[0] { highlights.append(lines[0]) }
            lines.removeFirst(copy)
        }
        // The copy opens at a dateline on its own line: a photo's caption over it is no paragraph.
        // A longer line there is the story's deck.
        if let opening = lines.prefix(3).firstIndex(where: DatelineParser.isWholeLine), opening > 0, opening + 1 < lines.count {
            for line in lines[..<opening] where PageTextChrome.words(line, upTo: 26) > 25 && highlights.count < Self.maxHighlights { highlights.append(line) }
            lines.removeFirst(opening)
        }
        if let line = lines.first, let match = DatelineParser.parse(line) {
            dateline = match.dateline
            if match.remainder.isEmpty {
                lines.removeFirst()
                // A dateline on its own line («عمان - رويترز:») may stand over the date, the
                // photo's caption or credit and the page's buttons; the copy starts after them.
                while lines.count > 1, let next = lines.first, !PageTextChrome.isProse(next),
                      Self.isLabel(next) || PageChrome.isChrome(next) || PageTextChrome.isDateLine(next) || PageTextHead.isCaption(next)
                      || PageTextHead.isCredit(next) || PageTextBody.isButton(next) {
                    lines.removeFirst()
                }
            } else {
                lines[0] = match.remainder
            }
        }
        PageTextChrome.dropInnerRuns(&lines)
        PageTextBody.dropWidgetRuns(&lines)
        PullQuote.drop(&lines)
        // The signature is taken: a line in Latin letters alone among Arabic copy is a photo's
        // credit («Globallookpress», «AFP») or a button, never a paragraph.
        let arabicCopy = lines.count { $0.unicodeScalars.contains(where: PageTextBody.isArabicLetter) } * 2 > lines.count
        lines.removeAll { PageChrome.isInterface($0) || arabicCopy && PageTextBody.isLatinInterface($0) }
        // Who the writer signing the headline is, under the copy: their name, then their trade
        // («هبة سليمان صحفي/ة يكتب/تكتب عن الشؤون العربية والدولية.»).
        // (The name may stand plain under the headline: «هبة سليمان», «12 مارس 2018».)
        let headBlock = page.firstIndex(of: headline).map { page[($0 + 1)...].prefix(4) } ?? []
        let signers = (leadingByline.map { [$0] } ?? []) + headBlock.filter { PageTextChrome.words($0, in: 2...3) && Self.isLabel($0) }
        if lines.count > 1, let last = lines.last, let name = signers.first(where: { last.hasPrefix($0 + " ") }),
           PageTextHead.isWriterBio(String(last.dropFirst(name.count + 1)).replacingOccurrences(of: "/ة", with: ""), roles: true) {
            lines.removeLast()
        }
        guard !lines.isEmpty else { throw ImportError(file: file, problem: "the article has a headline but no body paragraphs") }
        if section == defaultSection, let name = CategoryLine.alone(in: underHeadline, after: lines[lines.count - 1], menu: page.prefix { $0 != headline }), name != blogName {
            section = Section(slug: TextCleaning.slug(for: name), name: name)
        }
        // A theme's footer under the copy names the category before the comment count («اقتصاد 3 تعليقات»).
        if section == defaultSection, let last = page.lastIndex(of: lines[lines.count - 1]), last + 1 < page.count,
           let name = CategoryLine.beforeCommentCount(page[last + 1]), name != blogName {
            section = Section(slug: TextCleaning.slug(for: name), name: name)
        }

        let content = ArticleContent(
            origin: ArticleOrigin(source: "page-text", key: key),
            slug: TextCleaning.slug(for: headline), section: section, headline: headline,
            highlights: highlights, dateline: dateline, body: PageTextBody.blocks(lines, rules: rules), tags: tags, byline: leadingByline ?? byline,
            credit: credit)
        return ArticleDraft(content: content)
    }

    /// Removes the chrome that follows the copy; short lines under a tags heading become tags.
    private static func stripTrailingChrome(_ lines: inout [String]) -> [Tag] {
        var tags: [Tag] = []
        var pendingTags: [String] = []
        while let last = lines.last {
            // The page's stamp after the copy («آخر تحديث الثلاثاء, 22 ماي, 2018 في 20:10») is chrome too.
            // So is the post's signed meta row («أرسلت بواسطة admin في … · التصنيف: أخبار عربية · 3 تعليقات»).
            if PageChrome.isChrome(last) || (PageTextChrome.isDateLine(last) || BylineLine.opens(last) && CategoryLine.metaField(last) != nil) && lines.count > 1 {
                if PageChrome.tagHeadings.contains(last) {
                    tags = pendingTags.reversed().map { Tag(slug: TextCleaning.slug(for: $0), name: $0) }
                }
                pendingTags.removeAll()
                lines.removeLast()
            } else if isLabel(last), lines.count > 1 {
                // Maybe a tag; it is kept unless a tags heading turns up above it.
                pendingTags.append(lines.removeLast())
            } else {
                break
            }
        }
        lines.append(contentsOf: pendingTags.reversed())
        return tags
    }

    /// A social platform's button to follow the writer, under their handle.
    private static let followButtons: Set<String> = ["متابعة", "تابع", "متابعه", "Follow", "متابعة المساحة"]

    /// A trail's step every story passes through («الرئيسية › الأخبار»): no section of the story's own.
    /// (Dotclear's Arabic words its home link «المنزل», left over the headline.)
    private static let genericSections: Set<String> = ["أخبار", "الأخبار", "اخبار", "الاخبار", "News", "المنزل"]

    /// The heading a study's first part goes under.
    private static let openingHeadings: Set<String> = ["مقدمة", "المقدمة", "تمهيد", "مدخل", "توطئة"]

    /// Labels a page puts over or before the story's summary.
    private static let summaryLabels: Set<String> = ["ملخص", "الملخص", "باختصار", "الخلاصة", "خلاصة", "موجز", "الموجز"]

    /// Whether `line` is `name` in Latin words of an interface («Subscribe to دفتر», «دفتر Newsletter»).
    private static func isLatinAround(_ name: String, in line: String) -> Bool {
        let rest = line.replacingOccurrences(of: name, with: " ")
        return rest.contains(where: \.isLetter) && !rest.unicodeScalars.contains(where: PageTextBody.isArabicLetter)
    }

    static func wordCount(_ line: String) -> Int {
        PageTextChrome.words(line)
    }

    /// A section label or a tag: a few words, not a sentence, not a field's label («الموضوع:»).
    static func isLabel(_ line: String) -> Bool {
        PageTextChrome.isLabel(line) && !line.hasSuffix(":")
    }

    private static func looksLikeHeadline(_ line: String) -> Bool {
        line.count <= ArticleContent.maxHeadlineLength && wordCount(line) <= 40
    }
}
