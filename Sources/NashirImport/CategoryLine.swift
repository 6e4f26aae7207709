import Foundation

/// Where a blog theme names the story's category instead of printing a label over its headline:
/// a field of the meta line under it («بواسطة admin / 29 سبتمبر، 2018 / منوعات»), a line of its
/// own there («في رياضة»), a statement after the copy («التصنيفات: أخبار دولية», «Posted in اقتصاد»),
/// or the category alone under the copy.
enum CategoryLine {
    /// Openings of a statement that names the category, wherever it stands on the page.
    static let statements = ["التصنيفات", "التصنيف", "التصنيفات:", "التصنيف:", "التسميات:", "القسم:", "الفئة:", "الأقسام:", "مصنفة كـ", "مصنف في", "مصنف في:", "مصنف تحت:", "مصنف تحت", "مصنفة تحت:", "مصنفة تحت", "مصنفة في:", "مصنفة في", "تحت تصنيف:", "المحور:", "نشر في",
                             "منشور في", "نشرت في", "Posted in", "Filed under", "Categories:", "Category:", "Categories", "Category", "Publié dans"] + entryStatements

    /// Fields of the head block naming the category, which elsewhere name other things: Joomla's
    /// «المجموعة: شؤون دولية» (a tournament's group further down).
    static let headFields = ["المجموعة:"]

    /// Openings of a line of the head block that names the category: «في رياضة», Pelican's «In رياضة.».
    static let headOpenings = ["في", "في:", "In"]

    /// A category printed alone among the first lines of `lines` after `lastParagraph` («أخبار
    /// عربية» over «المصدر: …») that the page's `menu` (what stands over the headline) lists too;
    /// not the site's name, first on the page, which closes its footer as often.
    static func alone(in lines: [String], after lastParagraph: String, menu: ArraySlice<String>) -> String? {
        guard let end = lines.lastIndex(of: lastParagraph) else { return nil }
        // The share buttons and their heading between the copy and the entry's footer do not count.
        let after = lines.indices.dropFirst(end + 1).filter { !PageChrome.isInterface(lines[$0]) && !lines[$0].hasSuffix(":") }.prefix(3)
        for index in after {
            let line = lines[index]
            if PageTextChrome.isTagsHeading(line) { return nil }
            // The post's signed meta row under the copy, its fields parted («أرسلت بواسطة admin في … · التصنيف: أخبار عربية · 3 تعليقات»).
            if BylineLine.opens(line), let name = metaField(line) { return name }
            // «اقتصاد، مختارات المحرر»: the story's categories, the first of them one the menu lists.
            let first = firstListed(line, separators: ",،")
            if first != line, menu.contains(first), isName(first), first != menu.first { return first }
            // «في دولية», «نُشر في: رياضة»: the entry's statement of its category, alone under the copy.
            if let name = named(line, after: statements + headOpenings), PageTextChrome.words(line, in: 2...6), !PageTextChrome.endsSentence(line),
               name != menu.first, !PageChrome.homeLabels.contains(name) { return name }
            // The site's name is first on the page, or named by the menu's link to its «about» page («عن دفتر»).
            // (A hashtag over the next is the first tag: «#كرة_القدم», «#رياضة».)
            guard PageTextHead.isSectionLabel(line), !isHashtag(line), line != menu.first, !menu.contains("عن " + line), !PageChrome.homeLabels.contains(line) else { continue }
            // An article's footer names its category, then its tags on one line («تقنية», «فيسبوك، مسنجر، تطبيقات»)
            // or a hashtag a line («دولي», «#سوريا»).
            if menu.contains(line) || index + 1 < lines.endIndex && (PageTextChrome.tagList(lines[index + 1]) != nil || isHashtag(lines[index + 1]) || isTagPair(lines[index + 1])) { return line }
        }
        return nil
    }

    /// «دونالد ترامب، إسرائيل»: two tags of a few words parted by a comma, no sentence.
    private static func isTagPair(_ line: String) -> Bool {
        let tags = line.split(whereSeparator: { "،,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        return tags.count == 2 && tags.allSatisfy { PageTextChrome.words($0, in: 1...3) && PageTextHead.isSectionLabel($0) } && !PageTextChrome.endsSentence(line)
    }

    /// «#سوريا»: one tag behind its hash mark.
    private static func isHashtag(_ line: String) -> Bool {
        line.hasPrefix("#") && PageTextChrome.words(String(line.dropFirst()), in: 1...3)
    }

    /// The category named in `lines` (what stands under the headline), or nil: the head block's
    /// meta line or «في …» line first, then the first statement, then a label among the meta block's lines.
    static func section(in lines: [String], page: [String] = []) -> String? {
        let head = metaHead(lines)
        for line in head {
            if let name = metaField(line) ?? named(line, after: headOpenings) ?? bylineField(line) ?? infoSentences(line) ?? afterCommentCall(line) ?? gluedBeforeCommentCall(line)
                ?? afterDatedByline(line) ?? named(line, after: headFields) ?? betweenDateAndSigner(line) { return name }
        }
        // (An opening the menu over the story lists as an item of its own names a page of the site,
        // and a box's heading there: RSF's «التصنيف» over «التصنيف العالمي لحرية الصحافة».)
        let top = lines.first.flatMap { page.firstIndex(of: $0) }.map { page[..<$0] } ?? []
        for line in lines where !top.contains(where: { statements.contains($0) && line.hasPrefix($0 + " ") }) {
            if let name = named(line, after: statements) ?? filedInEntry(line) { return name }
        }
        if let name = underHeading(in: lines) { return name }
        // A community's name under its interface's «to» on the `page`, the poster's name and the
        // word gone with the Latin buttons (Lemmy's «abu_omar», «to», «أخبار العالم»).
        if let name = head.first(where: { name in isName(name) && page.firstIndex(of: name).map { $0 > 0 && ["to", "in", "In"].contains(page[$0 - 1]) } == true }) {
            return name
        }
        // Right under the headline, over the byline and the date («منوعات», «بواسطة ريم الزعبي», «18 مايو 2018»).
        // (A translator's credit there signs under the writer's plain name: «كريم الشامي», «ترجمه من الفرنسية حميد العربي».)
        if head.count >= 3, isName(head[head.startIndex]), BylineLine.opens(head[head.startIndex + 1]), !BylineLine.isTranslatorCredit(head[head.startIndex + 1]),
           PageTextChrome.isDateLine(head[head.startIndex + 2]) {
            return head[head.startIndex]
        }
        // Over a plain signature, the site's or the writer's, a category has a section's shape: a
        // word alone, or two joined by «و» («رياضة» or «عربي ودولي», «اليمن العربي», its date).
        if head.count >= 3, isName(head[head.startIndex]), PageTextChrome.words(head[head.startIndex], upTo: 2) == 1 || head[head.startIndex].contains(" و"),
           isName(head[head.startIndex + 1]), PageTextChrome.words(head[head.startIndex + 1], in: 2...3), !head[head.startIndex + 1].contains(" و"),
           PageTextChrome.isDateLine(head[head.startIndex + 2]) {
            return head[head.startIndex]
        }
        // A meta block a field a line: the category between the byline and the date, or the date and a count («بواسطة سامي الدوري», «مال وأعمال», «14 مايو، 2018»).
        for index in head.indices.dropFirst().dropLast() where isName(head[index]) {
            let (above, below) = (head[index - 1], head[index + 1])
            if BylineLine.opens(above) && PageTextChrome.isDateLine(below) || PageTextChrome.isDateLine(above) && BylineLine.opens(below) { return head[index] }
            // On the photo, under the meta line («25 مايو، 2018 سلمى الدباغ تعليق واحد», «رياضة», its caption).
            // (A bracketed credit alone under it is the credit of the caption it is: «من موقع الحدث», «(الصورة: أسوشيتد برس)».)
            if PageTextChrome.isDateLine(above), PageTextHead.isCaption(below), !below.hasPrefix("("), !PageTextChrome.isHeadlineFooter(head[index]) { return head[index] }
            // Between the date and the comment count («27 يونيو، 2018», «دولي», «1 تعليق»).
            // A credit stands there too («وكالات»): it signs the story.
            if PageTextChrome.isDateLine(above), counted(below), !PageTextChrome.isHeadlineFooter(head[index]) { return head[index] }
            // The writer's name between them too («19 أغسطس 2018», «أحمد الزعبي», «الشرق الأوسط», «تعليق واحد»).
            if index - 2 >= head.startIndex, PageTextChrome.isDateLine(head[index - 2]), PageTextChrome.words(above, in: 2...3), counted(below),
               !PageTextChrome.isHeadlineFooter(head[index]) { return head[index] }
        }
        // Last, under the reading time, over the photo's credit that the `page` shows (dropped already)
        // and the copy: «دقيقة واحدة للقراءة», «دولي», «الصورة: أرشيف».
        if head.count >= 3, let last = head.last, isName(last), !PageChrome.isCounter(last), !counted(last), PageChrome.isCounter(head[head.endIndex - 2]), !PageTextChrome.isDateLine(head[head.endIndex - 2]),
           head.endIndex < lines.endIndex, PageTextChrome.isProse(lines[head.endIndex]), !PageTextChrome.isHeadlineFooter(last),
           let at = page.firstIndex(of: last), at + 1 < page.count, PageTextBody.isPhotoCredit(page[at + 1]) {
            return last
        }
        return nil
    }

    /// A blog post's meta block, a field a line: the writer's plain name, the date, then the
    /// category over the copy or the post's tags («طارق الزين», «2018-05-17», «اقتصاد», «مصر»).
    /// Only where the label over the headline is a link to the blog's pages: a magazine prints a
    /// photo's caption there in the same shape («صورة تعبيرية»).
    static func underWriterAndDate(_ lines: [String]) -> String? {
        let head = metaHead(lines)
        guard head.count >= 3, head.count <= 6, PageTextChrome.isLabel(head[head.startIndex]), PageTextChrome.words(head[head.startIndex], in: 2...3),
              !BylineLine.opens(head[head.startIndex]), !PageChrome.isChrome(head[head.startIndex]), PageTextChrome.isDateLine(head[head.startIndex + 1]),
              // (Only names follow it, the post's tags; a button there is the share bar's: «شاركي».)
              head.dropFirst(2).allSatisfy({ isName($0) && !$0.contains(":") && !PageChrome.isChrome($0) && !PageChrome.isInterface($0) && !PageTextChrome.isHeadlineFooter($0) })
        else { return nil }
        return head[head.startIndex + 2]
    }

    /// The category under a statement's heading alone on its line («التصنيفات» over «الوطن العربي»,
    /// Blogger's «التسميات», a split stamp's «في» after the date), not under a widget's heading over
    /// the site's whole list of categories.
    static func underHeading(in lines: [String]) -> String? {
        for index in lines.indices.dropLast() {
            let dated = index > 0 && PageTextChrome.isDateLine(lines[index - 1])
            guard isHeading(lines[index]) || lines[index] == "في" && dated else { continue }
            let names = lines[(index + 1)...].prefix(4).prefix(while: isName)
            if (1...3).contains(names.count) { return names.first }
        }
        return nil
    }

    /// Whether `line` is a statement's opening alone on its line («مصنّف تحت:», «التسميات»).
    static func isHeading(_ line: String) -> Bool {
        headings.contains(BylineLine.unvowelled(line).trimmingCharacters(in: .init(charactersIn: ": ")))
    }

    /// Statements' openings that stand alone over the category.
    /// (EU Neighbours heads its topic field «الموضوع:» over the topic, on a line of its own.)
    private static let headings: Set<String> = Set(statements.map { $0.trimmingCharacters(in: .init(charactersIn: ": ")) }).union(["التسميات", "الموضوع"])

    /// The section after one of `openings`: «التصنيفات رياضة», «Posted in اقتصاد, تقارير» (the first of a list).
    static func named(_ line: String, after openings: [String]) -> String? {
        // Themes vowel the opening («نُشر في العالم»).
        let line = BylineLine.unvowelled(line)
        // («نُشر في: رياضة»: the opening may take a colon.)
        for opening in openings where line.hasPrefix(opening + " ") || line.hasPrefix(opening + ":") || (opening.hasSuffix(":") && line.hasPrefix(opening)) {
            var rest = line.dropFirst(opening.count).trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":")))
            // «مصنفة كـ رياضة موسومة مورينيو»: the tags follow the category on the same line.
            // The entry's sentence goes on to its tags, date and writer («… ووسمها إيران بتاريخ …»).
            if let tags = rest.range(of: #"\s(موسومة|موسوم|الوسوم|وسوم|ووسمها|ووُ?سمت|وتم|بتاريخ|بواسطة|Tagged|and tagged|on|by)\s"#, options: .regularExpression) {
                rest = String(rest[..<tags.lowerBound])
            }
            // «… في أخبار عربية. احفظ الرابط الدائم.»: the sentence ends with the category.
            if let stop = rest.range(of: ". ") ?? (rest.hasSuffix(".") ? rest.range(of: ".", options: .backwards) : nil) {
                rest = String(rest[..<stop.lowerBound])
            }
            // (Over-blog prints the category as a hashtag: «Publié dans #أخبار العالم».)
            let first = firstListed(rest, separators: ",،|·•").trimmingCharacters(in: .init(charactersIn: "#"))
            if isName(first) { return first }
            // A field's label and colon name a category of a few more words («المحور: العولمة وتطورات العالم المعاصر»).
            if opening.hasSuffix(":") || line.dropFirst(opening.count).hasPrefix(":"), PageTextChrome.words(first, in: 4...5),
               PageTextHead.isSectionLabel(first), !first.contains(":") { return first }
        }
        return nil
    }

    /// A `menu` item named inside the byline's meta line, which has no separators between its
    /// fields («بواسطة هبة منصور أخبار عربية 27 مارس، 2018 تعليق واحد»); the longest when several match.
    /// Or one alone under the dated meta row, printed on the photo («2 سبتمبر، 2018 المحرر كن أول من يعلق», «الشرق الأوسط»).
    static func listedInMeta(_ lines: [String], menu: ArraySlice<String>) -> String? {
        let head = metaHead(lines)
        // The site's name over the menu's home link is the writer's there («بواسطة النهار الليبية - مايو 3, 2018»).
        let items = menu.firstIndex(where: PageChrome.homeLabels.contains).map { menu[$0...] } ?? menu
        for index in head.indices.dropFirst() where isName(head[index]) && !PageTextChrome.isHeadlineFooter(head[index]) && !PageChrome.homeLabels.contains(head[index]) {
            // The writer's plain name may stand between the date and the category («29 مايو 2018», «هالة يوسف», «شؤون عربية»).
            var above = index - 1
            if above > head.startIndex, !PageTextChrome.isDateLine(head[above]), PageTextChrome.words(head[above], in: 2...3), PageTextChrome.isDateLine(head[above - 1]) {
                above -= 1
            }
            // (Drupal's «أرسلت بواسطة مراسل المنبر في جمعة, 18/05/2018 - 09:45» dates it too.)
            guard PageTextChrome.isDateLine(head[above]) || BylineLine.isDated(head[above]) else { continue }
            // The menu lists it, or a list further down names it again (the sidebar's categories).
            if items.contains(head[index]) || isListed(head[index], in: lines[head.endIndex...]) { return head[index] }
        }
        // Right under the headline, over its date («دولي», «السبت, 17 مارس 2018 02:47»): an item the menu lists
        // once after its home link (a channel's name in its bar and its trail signs the story: «النيل للأخبار»),
        // and not the site's name atop the page, over the menu («يابلادي»), which signs it too.
        if head.count >= 2, let first = head.first, isName(first), items.contains(first), menu.count(where: { $0 == first }) == 1, !menu.prefix(3).contains(first),
           !PageChrome.homeLabels.contains(first),
           PageTextChrome.isDateLine(head[head.startIndex + 1]) || head.count >= 3 && signs(head[head.startIndex + 1], menu: items) && PageTextChrome.isDateLine(head[head.startIndex + 2]) {
            return first
        }
        for line in head where BylineLine.opens(line) && line.contains(where: \.isNumber) {
            let padded = " " + line + " "
            let named = items.filter { isName($0) && !PageChrome.homeLabels.contains($0) && padded.contains(" " + $0 + " ") }
            if let longest = named.max(by: { $0.count < $1.count }) { return longest }
        }
        return nil
    }

    /// Whether `line`, between a category and its date, is the story's plain signature: the
    /// writer's or the site's own name, which the menu does not list («اقتصاد», «اليمن العربي», «الأحد 13/مايو/2018»).
    private static func signs(_ line: String, menu: ArraySlice<String>) -> Bool {
        isName(line) && PageTextChrome.words(line, in: 2...3) && !menu.contains(line) && !PageChrome.isChrome(line) && !PageChrome.isInterface(line)
    }

    /// The last step of a trail printed a step a line between two printings of the headline
    /// (the page's title banner, «الرئيسية», «اقتصاد», the post's title): the section.
    static func trailBetweenEchoes(of headline: String, on page: [String]) -> String? {
        let echoes = page.indices.filter { page[$0] == headline }
        for (first, next) in zip(echoes, echoes.dropFirst()) where next - first <= 5 {
            // A label and the stamp under the headline, before it is printed again over the copy
            // (headline, «تكنولوجيا», «السبت 07 نيسان 2018 - [ عدد المشاهدة: 2140 ]», headline).
            if next - first >= 3, isName(page[first + 1]), !PageChrome.homeLabels.contains(page[first + 1]),
               page[(first + 2)..<next].allSatisfy({ PageTextChrome.isDateLine($0) || PageChrome.isCounter($0) }) {
                return page[first + 1]
            }
            guard let home = page[(first + 1)..<next].firstIndex(where: PageChrome.homeLabels.contains) else { continue }
            let steps = page[(home + 1)..<next]
            if (1...2).contains(steps.count), steps.allSatisfy(isName) { return steps.last }
        }
        return nil
    }

    /// A trail printed a step a line right under the headline from the site's name, first on the
    /// `page` (a forum's «منتديات شباب الضاد», «الأقسام الإخبارية», «الأخبار العالمية»): its last step.
    static func trailFromSiteName(under lines: [String], on page: [String]) -> String? {
        guard let site = page.first, lines.first == site else { return nil }
        // A forum's trail runs to the board: two steps at most (a category and the board), then its buttons («شاطر»).
        // (The site's name over a place and the date signs a story: «ضفة ثالثة», «باريس», «30 أبريل 2018».)
        let steps = lines.dropFirst().prefix(2).prefix(while: { PageTextHead.isSectionLabel($0) && PageTextChrome.words($0, in: 1...4) && !PageChrome.isChrome($0) })
        guard steps.count == 2, lines.count > 3, !PageTextChrome.isStamp(lines[3]) else { return nil }
        return steps.last
    }

    /// The lines under the headline that hold its meta fields: those before the copy, past a deck
    /// right under the headline («…، برنارد لويس، الذي …», «الرئيسية » الشرق الأوسط » …», «20 ماي 2018»).
    static func metaHead(_ lines: [String]) -> ArraySlice<String> {
        let deck = lines.count > 2 && PageTextChrome.isProse(lines[0]) && !PageTextChrome.isProse(lines[1]) ? 1 : 0
        return lines.dropFirst(deck).prefix { !PageTextChrome.isProse($0) }.prefix(8)
    }

    /// Whether `name` stands in a list of three names or more in `lines` (a categories widget),
    /// not under a tags heading (the story's tags name its people: «الكلمات الدالة :», «نعيمة عاكف»).
    private static func isListed(_ name: String, in lines: ArraySlice<String>) -> Bool {
        lines.indices.contains { index in
            guard lines[index] == name else { return false }
            let run = lines[max(lines.startIndex, index - 2)...min(lines.endIndex - 1, index + 2)]
            var top = index
            while top > lines.startIndex, isName(lines[top - 1]) { top -= 1 }
            let tagged = top > lines.startIndex && PageTextChrome.isTagsHeading(lines[top - 1].trimmingCharacters(in: .init(charactersIn: ": ")))
            return run.count(where: isName) >= 3 && !tagged
        }
    }

    /// The category field of a meta line whose fields («/», «|», «·») include its date or byline.
    static func metaField(_ line: String) -> String? {
        let fields = line.split(separator: /\s[\/|·•]\s/).map { $0.trimmingCharacters(in: .whitespaces) }
        // Ghost's «date / primary tag» has two fields; a blog's «date • writer» does not name the category.
        // (So has Koji's «12 تشرين الأول، 2018  عالم», its gap made a bar.)
        if fields.count == 2, line.contains(" / ") || line.contains(" | "), PageTextChrome.isDateLine(fields[0]), isName(fields[1]) { return fields[1] }
        guard fields.count >= 3, fields.contains(where: { PageTextChrome.isDateLine($0) || BylineLine.name(in: $0) != nil || BylineLine.isDated($0) }) else { return nil }
        let signed = fields.contains(where: BylineLine.opens)
        for (index, field) in fields.enumerated() {
            // Unsigned, a name between the date and the comment count is the writer's (Hemingway:
            // «17 يوليو، 2018 / سامر يوسف / 4 تعليقات»).
            // (Not when a name stands before the date, the writer's: «admin | 5 مارس، 2018 | رياضة | 0 Comments».)
            // A single word there is the category: writers sign with two («12 حزيران، 2018 | عالم | تعليق واحد»).
            // The row's first field, over the date, is the writer's («أحمد النجار · 27 فبراير 2018 · دقيقتان للقراءة»), unless a word alone.
            if !signed, index == 0, fields.count > 1, PageTextChrome.isDateLine(fields[1]), PageTextChrome.words(field, in: 2...3), !field.contains(" و") { continue }
            let writerBefore = index >= 2 && !PageTextChrome.isDateLine(fields[index - 2]) && !counted(fields[index - 2]) && PageTextChrome.words(fields[index - 2], in: 1...3)
            if !signed, index > 0, index + 1 < fields.count, PageTextChrome.isDateLine(fields[index - 1]), counted(fields[index + 1]),
               !writerBefore, PageTextChrome.words(field, upTo: 2) > 1 { continue }
            // «في رياضة»: the field names the category after its preposition, or after a statement («التصنيف: أخبار عربية»).
            if let name = named(field, after: ["في"]) ?? named(field, after: statements) { return name }
            // «فنون وثقافة, أخبار», «أخبار, العالم»: the story's categories, the first that names more than news.
            let listed = field.split(whereSeparator: { $0 == "," || $0 == "،" }).map { $0.trimmingCharacters(in: .whitespaces) }
            if listed.count > 1, let name = listed.first(where: { isName($0) && !generic.contains($0) && !PageChrome.storyFlags.contains($0) }) { return name }
            // (A signed-in editor's link closes the row: «بواسطة admin | نُشرت: 25 يونيو، 2018 | تحرير».)
            if isName(field) && !BylineLine.opens(field) && !PageChrome.isCounter(field) && !counted(field) && !editLinks.contains(field) { return field }
        }
        return nil
    }

    /// A blog's link to edit the post, which its theme prints in the meta row for a signed-in writer.
    private static let editLinks: Set<String> = ["تحرير", "تعديل", "حرر", "Edit", "edit"]

    /// Categories every story of a news site is filed under too.
    private static let generic: Set<String> = ["أخبار", "الأخبار", "News", "Uncategorized", "غير مصنف"]

    /// The first item of a list on one line («اقتصاد، مختارات المحرر» → «اقتصاد»); the line when it lists one.
    private static func firstListed(_ line: String, separators: String) -> String {
        line.split(whereSeparator: separators.contains).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// A section's name: a few words of letters, not a date or a button.
    static func isName(_ text: String) -> Bool {
        // «الدولة: السعودية»: a field and its label name no category.
        PageTextHead.isSectionLabel(text) && PageTextChrome.words(text, in: 1...3) && !text.contains(":")
    }

    /// «تعليق واحد», «3 تعليقات», «لا توجد تعليقات»: a comment count in a meta line.
    private static func counted(_ field: String) -> Bool {
        ["تعليق", "تعليقات", "تعليقان", "comment", "Comment"].contains { field.contains($0) }
    }
}
