import Foundation
import NashirDomain

/// The section label over the headline, in the shapes themes print it: a trail a step a line, a
/// label over a date or a count, a trail left by the page's top.
extension PageTextParser {
    /// The section label over the headline, taken off `lines`; the default when there is none.
    func takeSection(_ lines: inout [String]) -> Section {
        // A trail printed a step a line under the page's title banner, ending in the headline
        // again («عنوان», «الرئيسية», «أخبار عربية», «عنوان»): its last step is the section. The
        // menu's last item may be left over the banner.
        for start in 0...1 where lines.count >= start + 5 && PageChrome.homeLabels.contains(lines[start + 1]) && (start == 0 || PageTextHead.isSectionLabel(lines[0])) {
            guard let again = lines[(start + 3)..<min(lines.count, start + 6)].firstIndex(of: lines[start]),
                  lines[(start + 2)..<again].allSatisfy(PageTextHead.isSectionLabel) else { continue }
            let label = lines[again - 1]
            lines.removeSubrange((start + 1)...again)
            lines.removeFirst(start)
            return Section(slug: TextCleaning.slug(for: label), name: label)
        }
        // A date or a reading time over the headline is its stamp, never a section («أبريل 26, 2018»,
        // «منذ 40 دقيقة», «دقيقة واحدة للقراءة»).
        // A date box's month, over its day and year, is no section either («مارس», «3», «2018»).
        while lines.count >= 3, PageTextChrome.isDateLine(lines[0]) || PageTextChrome.isRelativeTime(lines[0]) || PageChrome.isCounter(lines[0])
                || PageTextChrome.isDatePart(lines[0]) {
            lines.removeFirst()
        }
        // The meta row's count between the label and the headline («صحة», «0», «عنوان»).
        while lines.count >= 4, Self.isLabel(lines[0]), PageChrome.isCounter(lines[1]) { lines.remove(at: 1) }
        // «أخبار» over «عربي» over the headline: a trail printed a step a line; a headline is
        // rarely two words, so the second label is the section.
        // Under «الرأي» the label is the columnist's name, over the column's headline.
        // (Not when a byline under the headline names another writer: «مقالات», «قضايا راهنة», headline, «بقلم: يونس الوكيلي».)
        let signedBelow = lines.count >= 4 && lines.dropFirst(3).prefix(3).contains { BylineLine.name(in: $0).map { $0 != lines[1] } ?? false }
        let opinion = !signedBelow && lines.first.map { PageTextHead.opinionLabels.contains($0) } ?? false
        // Unless the second is a short headline over its stamp and the copy («رياضة», «ثورة», «لكم - وكالات - 14 فبراير, 2018»).
        // (Its counts may stand between: «عدد المشاهدات: 1531».)
        // So may a deck too long for any headline («نظرية المؤامرة», «حين يعتقد الفرد …», «يوسف منصور»).
        var stamp = 2
        // (A headline may trail off in two dots, «… "يوم المرأة المسلمة"..»: a title still.)
        let trailsOff = lines.count > 2 && lines[2].hasSuffix("..") && PageTextHead.isHeadlineLike(String(lines[2].dropLast(2)))
        if lines.count >= 6, PageTextChrome.isProse(lines[2]), !PageTextHead.isHeadlineLike(lines[2]), !trailsOff {
            stamp = Self.isLabel(lines[3]) && PageTextChrome.isStamp(lines[4]) ? 4 : 3
        }
        // (Under a deck, the share buttons too: a byline's name over a date has a short headline's shape.)
        let afterStamp = lines.indices.dropFirst(stamp + 1).first {
            !PageTextChrome.isStamp(lines[$0]) && !PageChrome.isCounter(lines[$0]) && (stamp == 2 || !PageChrome.isInterface(lines[$0]))
        }
        let stamped = lines.count >= stamp + 2 && PageTextChrome.isStamp(lines[stamp]) && afterStamp.map { PageTextChrome.isProse(lines[$0]) } == true
        if lines.count >= 4, Self.isLabel(lines[0]), Self.isLabel(lines[1]), Self.wordCount(lines[1]) <= 2, !Self.isLabel(lines[2]),
           PageTextHead.isSectionLabel(lines[1]), !opinion, !stamped {
            lines.removeFirst()
        }
        if opinion, lines.count >= 4, Self.isLabel(lines[1]), Self.wordCount(lines[1]) <= 3, !Self.isLabel(lines[2]) {
            lines.remove(at: 1)
        }
        // A trail left over the headline by the page's top («الرئيسية › أخبار العالم») gives its last step.
        if lines.count >= 4, Self.isLabel(lines[0]), PageTextBody.breadcrumbSection(lines[1]) != nil { lines.removeFirst() }
        if lines.count >= 3, let crumb = PageTextBody.breadcrumbSection(lines[0]) { lines[0] = crumb }
        // «أخبارك » أخبار اقتصادية»: a trail from the site's name, not its home, gives its last step too.
        if lines.count >= 3, PageTextHead.isBreadcrumb(lines[0]), let step = PageTextBody.trailSteps(lines[0][...]).last { lines[0] = step }
        // A theme's bullet or dash before the label («• رياضة», «- عربي ودولي»).
        if let first = lines.first, ["• ", "· ", "- "].contains(where: first.hasPrefix) { lines[0] = String(first.dropFirst(2)) }
        // A hashtag over the headline is a tag, the post's topic («#العدالة_المناخية»), no label.
        if lines.count >= 3, lines[0].hasPrefix("#"), Self.isLabel(lines[0]) { lines.removeFirst() }
        if lines.count >= 4, lines[1].hasPrefix("#"), Self.isLabel(lines[1]), Self.isLabel(lines[0]) { lines.remove(at: 1) }
        // A field («المصدر : وكالات») is no label.
        // (A short line over its signed stamp and the copy is the headline: «صلاح وشر الإصابات», «نُشر بتاريخ … بواسطة …».)
        guard lines.count >= 3, Self.isLabel(lines[0]), !lines[0].contains(":"), !PageTextChrome.weekdays.contains(lines[0]),
              !(BylineLine.isDated(lines[1]) && PageTextChrome.isProse(lines[2])), !PageTextHead.isGreeting(lines[0]),
              !Self.isLabel(lines[1]) || lines[1].count > lines[0].count || stamped || PageChrome.isTopicStarter(lines[2])
              // A date between the label and the headline is its stamp («الشؤون الإقليمية», «7 يوليو 2018», headline).
              || PageTextChrome.isDateLine(lines[1]) && lines.count >= 4 && PageTextHead.isHeadlineLike(lines[2]) else { return defaultSection }
        var label = lines.removeFirst()
        // Over the headline a theme names the category after «في» («في المنطقة»).
        if let name = CategoryLine.named(label, after: ["في"]) { label = name }
        return Section(slug: TextCleaning.slug(for: label), name: label)
    }
}
