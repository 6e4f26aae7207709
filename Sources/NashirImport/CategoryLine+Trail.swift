import Foundation

/// A breadcrumb that runs to the story's own title («أخبار الواحة » أخبار العالم » <headline>»,
/// «أنت هنا: الرئيسية » رياضة » <headline>»): the step before the title is the section.
extension CategoryLine {
    /// The step before `headline` in a trail on the `page` that ends in it; nil when no trail does,
    /// or when that step is the site's home or its name.
    static func trailEnding(in headline: String, on page: [String]) -> String? {
        for line in page where line != headline {
            if let step = stepBefore(headline, in: line), step != page.first { return step }
        }
        return nil
    }

    /// Replaces a trail that ends in the title printed on the next line by the step before the
    /// title, so the section stands over the headline as a label does; a trail whose step before
    /// the title is the home or the site's name goes.
    static func splitTrailOverTitle(_ lines: inout [String]) {
        // A forum's pager may stand between them (PunBB's «صفحات: 1»): it goes with the trail.
        if let at = lines.indices.dropLast(2).first(where: { trailTitle(lines[$0]) == lines[$0 + 2] && isPager(lines[$0 + 1]) }) {
            lines.remove(at: at + 1)
        }
        guard let at = lines.indices.dropLast().first(where: { trailTitle(lines[$0]) == lines[$0 + 1] }) else { return }
        if let step = stepBefore(lines[at + 1], in: lines[at]), step != lines.first {
            lines[at] = step
        } else {
            lines.remove(at: at)
        }
    }

    /// The steps of a trail of two steps or more that ends in a title, the title last; nil for any other line.
    private static func titledTrail(_ line: String, titleWords: Int = 3) -> [String]? {
        let steps = PageTextBody.trailSteps(Substring(PageTextBody.trailAfterLabel(line) ?? line))
        guard steps.count >= 2, let last = steps.last, PageTextChrome.words(last, upTo: 4) >= titleWords,
              steps.dropLast().allSatisfy({ PageTextChrome.words($0, in: 1...5) && !PageTextChrome.endsSentence($0) }) else { return nil }
        return steps
    }

    /// A list's pager: «صفحات: 1», «الصفحة 1 من 3», «Pages: 1».
    private static func isPager(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 2...5) && line.contains(where: \.isNumber)
            && ["صفحات", "الصفحات", "صفحة", "الصفحة", "Pages", "Page"].contains(where: { line.hasPrefix($0 + ":") || line.hasPrefix($0 + " ") })
    }

    /// The last step of a trail on one line from the site's name, first on the `page`, over the
    /// headline, down to the story's board (a forum's «منتديات صدى الوادي ‹ الأخبار والأحداث ‹ الأخبار الرياضية»).
    static func trailFromSiteNameLine(on page: [String], before headline: String) -> String? {
        guard let site = page.first, let end = page.firstIndex(of: headline), end > 1 else { return nil }
        for line in page[1..<end] where line.hasPrefix(site + " ") {
            let steps = PageTextBody.trailSteps(Substring(line))
            guard steps.count >= 3, steps.first == site, let last = steps.last,
                  steps.dropFirst().allSatisfy({ PageTextHead.isSectionLabel($0) && PageTextChrome.words($0, in: 1...4) }) else { continue }
            return last
        }
        return nil
    }

    /// The title a trail ends in.
    private static func trailTitle(_ line: String) -> String? {
        titledTrail(line)?.last
    }

    /// (Matched against the headline itself, the title may be short: «الرياضة » كلنا العراق».)
    private static func stepBefore(_ title: String, in line: String) -> String? {
        guard let steps = titledTrail(line, titleWords: 1), steps.last == title else { return nil }
        // Two steps are the home or the site's name and the title: no section between them.
        guard steps.count >= 3 else { return nil }
        let step = steps[steps.count - 2]
        guard !PageChrome.homeLabels.contains(step), PageTextHead.isSectionLabel(step) else { return nil }
        return step
    }
}
