import ArabicText
import Foundation

/// Finds a page dump's chrome by its shape rather than its words, so themes never seen are
/// cleaned too: interface text is short label-like lines without sentence punctuation, in runs,
/// around the copy; copy is sentences. `PageChrome`'s list only confirms what the shape says.
enum PageTextChrome {
    /// Longest label, in words: «شارك هذا المقال», «اترك تعليقاً», «بحث عن:».
    static let maxLabelWords = 4
    /// Longest line of a related-articles or most-read list: another story's headline.
    static let maxListedTitleWords = 20

    /// The words of `line`, counted no further than `limit`: enough to compare with it, and a
    /// paragraph is not read to its end to learn it is longer than a label.
    static func words(_ line: String, upTo limit: Int = .max) -> Int {
        var count = 0, inWord = false
        for character in line {
            if character.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// Whether `line` has a number of words in `range`, read no further than one word past it.
    static func words(_ line: String, in range: ClosedRange<Int>) -> Bool {
        range.contains(words(line, upTo: range.upperBound + 1))
    }

    static func endsSentence(_ line: String) -> Bool {
        // A quotation may close after the sentence's own mark («… إلى هذا الحد؟"», «… انتهى.»»).
        let end = line.reversed().drop { "\"»”’)".contains($0) }
        guard let last = end.first else { return false }
        return ".!؟?".contains(last)
    }

    /// A few words that are not a sentence: a section, a tag, a button, a widget's title.
    static func isLabel(_ line: String) -> Bool {
        words(line, in: 0...maxLabelWords) && !endsSentence(line)
    }

    /// Copy: a sentence of some length, or a line too long to be anything but copy; not a
    /// footer's copyright notice («حقوق النشر © 2018 … جميع الحقوق محفوظة.»), nor titles joined by bars.
    static func isProse(_ line: String) -> Bool {
        guard !line.contains("©"), !PageTextHead.isJoinedList(line), CategoryLine.infoSentences(line) == nil,
              !BylineLine.isDated(line) else { return false }
        let count = words(line, upTo: maxListedTitleWords + 1)
        return (count >= 8 && endsSentence(line)) || count > maxListedTitleWords
    }

    /// A widget's heading: a label, often ending in a colon («الوسوم:», «بحث عن:»).
    static func isHeading(_ line: String) -> Bool {
        // A word or two with a full stop is a button's call too («شاركها.»), and a short
        // question a widget's («ما هو رد فعلك؟»), never a paragraph.
        let call = (line.hasSuffix(".") && words(line, in: 1...2)) || ((line.hasSuffix("؟") || line.hasSuffix("?")) && words(line, in: 1...4))
        // An entry's stamp after the copy («آخر تعديل في السبت, 02 حزيران/يونيو 2018 10:43») opens its footer.
        let stamp = isDateLine(line) && !line.hasSuffix(":") && words(line, upTo: 3) >= 3
        return PageChrome.isChrome(line) || ((isLabel(line) || call) && !line.hasPrefix("-") && !line.hasPrefix("•"))
            || isEntryFooter(line) || stamp
    }

    /// The tags on one line, with or without their heading, the category's statement («مصنفة كـ رياضة»)
    /// and the links to the previous and next posts: they close an entry, and no copy follows them.
    static func isEntryFooter(_ line: String) -> Bool {
        tagList(line) != nil || isPostLink(line) || line.contains(":") && isTagsHeading(String(line.prefix { $0 != ":" }))
            // «مواضيع ذات صلة: بريطانيا، روسيا، موسكو»: a widget's heading over the story's topics on one line.
            || line.contains(":") && PageChrome.isChrome(String(line.prefix { $0 != ":" })) && tagList(String(line.drop { $0 != ":" }.dropFirst())) != nil
            // (Vantage's «نُشرت في أخبار دولية ووُسمت بـ …» runs on through the tags.)
            || words(line, in: 2...16) && CategoryLine.named(line, after: CategoryLine.statements) != nil
            // (Thematic's runs on through the tags and the feed's and the trackback's links: 41 words or more.)
            || words(line, in: 4...70) && CategoryLine.opensEntryStatement(line)
            // Blogger's «مرسلة بواسطة سامي نور في 5:44 م», «نشر بواسطة أبو زياد في 7:57 م» under the post.
            || words(line, in: 2...12) && ["مرسلة بواسطة", "مرسل بواسطة", "أرسلت بواسطة", "نشر بواسطة", "نشرت بواسطة", "Posted by"].contains(where: line.hasPrefix)
                && !endsSentence(line)
    }

    /// «→ انطلاق فعاليات معرض الكتاب», «صندوق النقد يرفع توقعاته ←», «المقال السابق: …»: the previous or next post under a blog's story.
    static func isPostLink(_ line: String) -> Bool {
        let arrows: [Character] = ["→", "←", "⟵", "⟶"]
        return (line.first.map(arrows.contains) == true || line.last.map(arrows.contains) == true) && words(line, in: 1...maxListedTitleWords)
            || PageChrome.isNeighbourLink(line) && words(line, in: 2...(maxListedTitleWords + 2))
            // Movable Type's «« لماذا نحب الأخبار السيئة؟» and «عن المدينة التي لا تنام »»: a guillemet
            // set apart by a space, never closed, points the way as an arrow does.
            || words(line, in: 2...maxListedTitleWords) && (line.hasPrefix("« ") && !line.contains("»") || line.hasSuffix(" »") && !line.contains("«"))
            // Dotclear prints both on one line: «« الأول - الثاني »».
            || words(line, in: 4...(2 * maxListedTitleWords)) && line.hasPrefix("« ") && line.hasSuffix(" »") && line.contains(" - ")
    }

    /// A poll's question over its answers («… لمواجهة الإرهاب؟», «نعم», «لا», «لا أدري»).
    static func isPollQuestion(_ line: String, over rest: ArraySlice<String>) -> Bool {
        ["؟", "?"].contains(where: line.hasSuffix) && words(line, in: 3...30)
            && rest.prefix(2).contains { ["نعم", "لا", "Yes", "No", "أوافق", "لا أوافق", "مع", "ضد"].contains($0) }
    }

    /// A heading under which the short lines are the article's tags.
    static func isTagsHeading(_ line: String) -> Bool {
        let bare = line.trimmingCharacters(in: [":", " "])
        // (Greenpeace heads its hashtags «الموضوعات».)
        return PageChrome.tagHeadings.contains(bare) || ["وسوم", "الوسوم", "العلامات", "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدلالية", "كلمات دلالية", "Tags", "tags"].contains(bare)
            || bare == "الموضوعات" && !line.hasSuffix(":")
            || (words(bare, in: 0...3) && (bare.contains("وسوم") || bare.contains("علامات") || bare.contains("كلمات")))
    }

    /// Where the chrome after the copy begins in `lines` (the text below the headline), or nil:
    /// the first widget heading followed by more non-copy lines, after which almost no copy
    /// follows. A list inside the story is followed by its copy, so it stays.
    static func trailingStart(_ lines: [String]) -> Int? {
        let proseWords = lines.map { isProse($0) ? words($0) : 0 }
        // On an Arabic page a sentence in Latin letters is the interface's, no copy («Publié le 5 juillet 2018 par Yacine B.»).
        let arabic = { (line: String) in line.unicodeScalars.contains(where: PageTextBody.isArabicLetter) }
        let arabicPage = lines.indices.contains { proseWords[$0] > 0 && arabic(lines[$0]) }
        var before = 0
        for index in lines.indices {
            // Copy so far: prose, or any sentence of a few words («وقال المدرب إن الفوز مستحق.»).
            defer {
                let copy = proseWords[index] > 0 || (endsSentence(lines[index]) && words(lines[index], upTo: 3) >= 3)
                before += copy && (!arabicPage || arabic(lines[index])) ? words(lines[index]) : 0
            }
            guard before > 0, isHeading(lines[index]) || isPollQuestion(lines[index], over: lines[(index + 1)...]) else { continue }
            let rest = lines[(index + 1)...]
            if isEntryFooter(lines[index]), rest.isEmpty || !rest.prefix(2).allSatisfy(isStatement) { return index }
            let after = proseWords[(index + 1)...].reduce(0, +)
            let proseLinesAfter = proseWords[(index + 1)...].count(where: { $0 > 0 })
            // A heading over dashed items introduces a list of the copy («الجمعة 3 مارس 2017:»).
            if rest.prefix(2).contains(where: PageTextBody.isListItem) { continue }
            // A known widget's call may carry a one-line blurb («اشترك في …» over «احصل على أحدث المقالات …»).
            let blurb = PageChrome.isChrome(lines[index]) && !PageChrome.isAdSlot(lines[index]) && rest.first.map { words($0, in: 0...12) } == true
            let followedByChrome = rest.first.map { !isStatement($0) } ?? PageChrome.isChrome(lines[index]) || blurb
            // A comment form's notices are sentences too, but no more than a couple, and fewer
            // words than the story they follow.
            // Readers' comments are sentences too, but each under its name and time, never two in a row.
            // An ad slot stands between paragraphs: the copy goes on under it when any prose does.
            if PageChrome.isAdSlot(lines[index]), proseLinesAfter > 0 { continue }
            if followedByChrome, proseLinesAfter <= 2 || !hasConsecutiveProse(rest), after < before, !resumesCopy(rest) { return index }
        }
        return nil
    }

    /// Whether the copy goes on within the next few lines: two paragraphs of twelve words or more in a row, one of
    /// them closing on a full stop, that no comment form would print (a subheading over the last
    /// paragraphs, a box of the site's inside the copy: «هل لديك سؤال طبي؟», its call, its button).
    static func resumesCopy(_ rest: ArraySlice<String>) -> Bool {
        let near = Array(rest.prefix(5))
        let paragraph = { (line: String) in
            // A paragraph may lack its full stop; opening as copy does, it is no title («و أضاف أن …»).
            (isProse(line) || PageTextBody.opensLikeCopy(line)) && words(line, upTo: 12) >= 12 && !PageChrome.isChrome(line)
                && !formNoticeWords.contains(where: line.contains)
        }
        if zip(near, near.dropFirst()).contains(where: { paragraph($0) && paragraph($1) && (endsSentence($0) || endsSentence($1)) }) { return true }
        // Or subheadings over paragraphs, two pairs in a row (a player's name over what he brings):
        // a list's teasers are cut short («…») or no sentences.
        let whole = { (line: String) in paragraph(line) && endsSentence(line) && !line.hasSuffix("…") && !line.hasSuffix("..") }
        return near.count >= 4 && isLabel(near[0]) && whole(near[1]) && isLabel(near[2]) && whole(near[3])
    }

    /// Words of a comment form's notices («لن يتم نشر عنوان بريدك الإلكتروني», «احفظ اسمي … في هذا المتصفح»).
    private static let formNoticeWords = ["بريدك", "بريدي", "البريد الإلكتروني", "تعليقك", "تعليقي", "الحقول", "المتصفح", "إلزامي"]

    /// Whether two lines of prose follow each other in `lines`, as paragraphs of copy do.
    static func hasConsecutiveProse(_ lines: ArraySlice<String>) -> Bool {
        zip(lines, lines.dropFirst()).contains { isProse($0) && isProse($1) && (isStatement($0) || isStatement($1)) }
    }

    /// Copy that states: a sentence ending in a full stop, or a line too long for a title.
    /// Other stories' titles may ask or exclaim («…!!», «…؟»), in a row, under a widget's label.
    static func isStatement(_ line: String) -> Bool {
        isProse(line) && (line.hasSuffix(".") || line.hasSuffix(".»") || line.hasSuffix(".\"") || words(line, upTo: maxListedTitleWords + 1) > maxListedTitleWords)
    }

    /// «فيسبوك، مسنجر، تطبيقات، نصائح»: three or more tags of a few words on one line, no
    /// sentence; nil when `line` is not such a list.
    static func tagList(_ line: String) -> [String]? {
        let tags = line.split(whereSeparator: { "،,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        // «الأحد, 15 يوليو 2018, 11:04»: a date parted by commas is no list.
        guard tags.count >= 3, tags.allSatisfy({ words($0, in: 1...3) }), !endsSentence(line), !line.contains("."), !isDateLine(line) else { return nil }
        return tags
    }

    /// «كوريا الشمالية الصين الولايات المتحدة»: a theme's tags parted by spaces alone, names the
    /// `copy` mentions, none of a sentence's little words, no punctuation.
    static func isSpacedTagLine(_ line: String, copy: ArraySlice<String>) -> Bool {
        let tokens = line.split(separator: " ").map(String.init)
        guard (3...10).contains(tokens.count), tokens.allSatisfy({ $0.allSatisfy(\.isLetter) }), !tokens.contains(where: littleWords.contains) else { return false }
        let named = Set(copy.flatMap { ArabicAnalyzer.terms(in: $0) })
        let terms = ArabicAnalyzer.terms(in: line)
        return !terms.isEmpty && terms.allSatisfy(named.contains)
    }

    private static let littleWords: Set<String> = ["في", "من", "على", "إلى", "الى", "عن", "أن", "إن", "ان", "مع", "و", "أو", "ثم", "بعد", "قبل", "هذا",
                                                    "هذه", "التي", "الذي", "لا", "لم", "لن", "قد", "كان", "كما", "بين", "حول", "منذ", "خلال", "حتى", "هو", "هي"]

    /// Tags listed under a tags heading at `start`: the short lines after it, up to the next
    /// widget heading.
    static func tags(in lines: ArraySlice<String>) -> [String] {
        guard let heading = lines.firstIndex(where: isTagsHeading) else { return [] }
        var tags: [String] = []
        let rest = lines[(heading + 1)...]
        for index in rest.indices {
            let line = rest[index]
            if PageChrome.isChrome(line) || line.hasSuffix(":") || !isLabel(line) { break }
            // A label over a longer line heads the next widget («مواضيع قد تهمك» over titles).
            if index + 1 < rest.endIndex, !isLabel(rest[index + 1]) { break }
            tags.append(line)
        }
        return tags
    }


    /// What stands right under a headline and tells it is one: its date or what signs it.
    static func isStamp(_ line: String) -> Bool {
        isDateLine(line) || isHeadlineFooter(line)
    }

    /// A meta block's field label on its own line: «المصدر:», «التاريخ:».
    static func isFieldLabel(_ line: String) -> Bool {
        line.hasSuffix(":") && words(line, in: 1...2)
    }

    /// What signs a headline right under it: a credit («العرب - وكالات»), a byline, the agency alone in brackets.
    static func isHeadlineFooter(_ line: String) -> Bool {
        PageTextHead.isCredit(line) || BylineLine.name(in: line) != nil || BylineLine.isDated(line) || collectiveCredits.contains(line) || deskCredits.contains(line)
            || line.wholeMatch(of: /\(\s*[^()\d]{2,20}\s*\)/) != nil && words(line, in: 1...3)
            || isSlashCredit(line)
    }

    /// The credit of copy gathered from several sources, signing it alone.
    static let collectiveCredits: Set<String> = ["وكالات", "متابعات", "متابعة", "وكالات الأنباء", "وكالات - متابعات", "رصد"]

    /// An institution's desk signing its news under the stamp («المركز الإعلامي»); a menu's item of the same name heads a headline instead.
    static let deskCredits: Set<String> = ["المركز الإعلامي", "المكتب الإعلامي", "الدائرة الإعلامية", "الإدارة الإعلامية", "المكتب الصحفي", "فريق التحرير", "هيئة التحرير", "قسم الأخبار"]

    /// «وكالات/ فلسطين أون لاين», «غزة/ محمد أحمد»: a credit whose slash clings to its first part, not a trail's spaced « / ».
    static func isSlashCredit(_ line: String) -> Bool {
        let parts = line.split(separator: "/")
        return parts.count == 2 && !parts[0].hasSuffix(" ") && parts[1].hasPrefix(" ") && parts.allSatisfy { words(String($0), in: 1...3) }
            && !line.contains(where: \.isNumber) && !endsSentence(line)
    }

    /// A name or an outlet alone after the copy («علي الخلولي», «Deutsche Welle»), or a byline
    /// there («كتب: علي الخلولي»), the editors' initials («ع.ش/ م.س») or a credit («المسلة – متابعة – وكالات»): the signature.
    static func signature(_ lines: inout [String]) -> String? {
        if lines.count >= 2, let last = lines.last, let name = BylineLine.name(in: last), isProse(lines[lines.count - 2]) {
            lines.removeLast()
            return name
        }
        guard lines.count >= 2, let last = lines.last, !PageTextChrome.endsSentence(last),
              (words(last, in: 1...3) || BylineLine.isInitials(last)) && last.allSatisfy({ $0.isLetter || " ./".contains($0) }) || PageTextHead.isCredit(last),
              isProse(lines[lines.count - 2]) || PageTextBody.isListItem(lines[lines.count - 2]) else { return nil }
        return lines.removeLast()
    }

    /// Runs of three or more one- or two-word lines inside the copy: a share bar or a menu.
    static func dropInnerRuns(_ lines: inout [String]) {
        var result: [String] = []
        var run: [String] = []
        func flush() {
            if run.count < 3 { result += run }
            run.removeAll()
        }
        for line in lines {
            if words(line, in: 0...2), !endsSentence(line), !line.hasSuffix(":") { run.append(line) } else { flush(); result.append(line) }
        }
        flush()
        lines = result
    }

    /// A line that only states a date or time: «2020/10/05 - 10:30», «الاثنين 5 أكتوبر 2020».
    /// A stamp counted back from now: «منذ 40 دقيقة», «قبل 5 ساعات», «منذ يومين».
    static func isRelativeTime(_ line: String) -> Bool {
        guard line.hasPrefix("منذ") || line.hasPrefix("قبل") else { return false }
        // (A site may count two units, spelling the last letter as it types it: «منذ 5 ساعات و 57 دقيقه».)
        return line.wholeMatch(of: /(منذ|قبل)\s+([\d٠-٩]+\s+)?(ثانية|ثانيه|ثوان|ثواني|دقيقة|دقيقه|دقائق|دقيقتين|ساعة|ساعه|ساعات|ساعتين|يوم|أيام|ايام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهرين|سنة|سنه|سنوات)(\s+و\s*([\d٠-٩]+\s+)?(ثانية|ثانيه|ثوان|ثواني|دقيقة|دقيقه|دقائق|دقيقتين|ساعة|ساعه|ساعات|ساعتين|يوم|أيام|ايام|يومين))?/) != nil
    }

    static func isDateLine(_ line: String) -> Bool {
        // A forum's post stamp between guillemets («« في: 20 مارس 2018, 05:29:00 مساءاً »»).
        if line.hasPrefix("«"), line.hasSuffix("»"), line.count > 2 {
            return isDateLine(String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces))
        }
        // An agency's stamp closes on its name in brackets and a stop («عمّان، الخميس 1 مارس، 2018 / 10:12 مساءً (ACI MENA).»).
        if line.hasSuffix(")."), let open = line.lastIndex(of: "("), line.distance(from: open, to: line.endIndex) <= 30 {
            let credit = line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)]
            return PageTextChrome.words(String(credit), in: 1...4) && isDateLine(String(line[..<open]).trimmingCharacters(in: .whitespaces))
        }
        // «نُشرت في 19 مارس، 2018 بواسطة أحمد عبد الحميد»: a blog's stamp signs its date.
        if let signed = line.range(of: " بواسطة ") {
            return isDateLine(String(line[..<signed.lowerBound])) && BylineLine.name(in: "بواسطة: " + line[signed.upperBound...]) != nil
        }
        // A meta row parting its fields by bars, one of them the date, none a sentence
        // («بواسطة السفارة الأمريكية في بغداد | 6 مارس, 2018 | المواضيع: أخبار»).
        let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if fields.count >= 2, fields.count <= 5, fields.allSatisfy({ words($0, upTo: 7) <= 6 && !endsSentence($0) }),
           fields.contains(where: { isDateLine($0) }) { return true }
        // Separators between a Hijri and a Gregorian date («… هـ ، 14 أبريل 2018») are not words.
        let tokens = line.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard tokens.count <= 16, line.contains(where: \.isNumber), !endsSentence(line) else { return false }
        // «31 - 07 - 2018»: an aggregator spaces the date's separators.
        let hasNumericDate = line.firstMatch(of: /\d{1,4}\s?[\/.-]\s?\d{1,2}\s?[\/.-]\s?\d{1,4}/) != nil || line.firstMatch(of: /\d{1,2}:\d{2}/) != nil
        // A Hijri date names its year too («التاريخ: 11 جمادى الآخرة 1439 هـ»).
        let hasMonthName = (months + hijriMonths).contains { line.contains($0) } && line.firstMatch(of: /\d{4}/) != nil
        guard hasNumericDate || hasMonthName else { return false }
        // A longer line is a date only when dates, numbers and their words fill it: «العدد 10669
        // الثلاثاء 19 يونيو 2018 الموافق 5 شوال 1439».
        // A short line is one unless four words or more say something else: a headline that names
        // a month («فائض التجارة السعودية يقفز 160% في يونيو 2018»); a meta row parts its fields by bullets or bars.
        let others = tokens.count(where: { !isDateWord(String($0)) })
        if tokens.count <= 8 && (others <= 3 || line.contains(where: { "•|·".contains($0) })) || others <= 1 { return true }
        // A meta row opening with the whole date, then the writer and the comments («10 أكتوبر، 2018 سلمى الدباغ كن أول من يعلق»).
        if tokens.count <= 10, tokens.prefix(3).allSatisfy({ isDateWord(String($0)) }), tokens[1].contains(where: \.isLetter),
           tokens[0].allSatisfy(\.isNumber), tokens[2].contains(where: \.isNumber) { return true }
        // A stamp's words before a date that ends the line: «هذا المحتوى تم نشره يوم 20 أبريل 2018 - 07:02».
        guard let start = tokens.firstIndex(where: { $0.contains(where: \.isNumber) || months.contains(where: $0.hasPrefix) }) else { return false }
        let date = tokens[start...]
        // A share of something is no day («يقفز 160% في يونيو 2018»).
        return start <= 6 && date.count >= 3 && date.allSatisfy { isDateWord(String($0)) && !$0.contains("%") }
    }

    /// A weekday alone: a date split over lines, never a section.
    static let weekdays: Set<String> = ["السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة"]

    /// Month names as dates print them: Gregorian, Maghrebi, Levantine, and English ones.
    static let months = [
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        // An interface in English dates an Arabic post in English («Feb 27, 2018»).
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    /// Hijri month names, which a date line prints with its year.
    static let hijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]

    /// The other words of a date line: weekdays, Hijri months, the stamp's own words.
    static let dateWords: Set<String> = weekdays.union([
        "محرم", "صفر", "ربيع", "الأول", "الآخر", "الثاني", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "القعدة", "الحجة",
        "هـ", "م", "مـ", "ص", "الموافق", "العدد", "رقم", "الساعة",
        "نشر", "نشرت", "عدلت", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "تحديث", "تعديل", "بتوقيت", "GMT", "UTC", "غرينتش", "جرينتش", "غرينيتش",
        "مساء", "صباحا", "صباحاً", "مساءً", "مساءا", "مساءاً",
    ])

    /// A piece of a date split over lines: a month, a weekday or a number alone («أيار», «25»).
    static func isDatePart(_ line: String) -> Bool {
        words(line, in: 1...2) && line.split(separator: " ").allSatisfy { token in
            let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: ":،,()[]|-"))
            return !bare.isEmpty && (bare.allSatisfy(\.isNumber) || months.contains(bare) || weekdays.contains(bare))
        }
    }

    /// A word a date is written with: a number, a month, a weekday, «الموافق», «هـ».
    private static func isDateWord(_ token: String) -> Bool {
        // «نُشر»: a stamp's verb may carry its vowels.
        let bare = BylineLine.unvowelled(token.trimmingCharacters(in: CharacterSet(charactersIn: ":،,()[]|-")))
        // «الأول/أكتوبر»: a Levantine month and its Gregorian name joined by a slash.
        if bare.contains("/"), !bare.contains(where: \.isNumber) {
            return bare.split(separator: "/").allSatisfy { isDateWord(String($0)) }
        }
        return bare.contains(where: \.isNumber) || dateWords.contains(bare) || months.contains(where: { bare.hasPrefix($0) })
    }
}
