import Foundation

/// A byline or a stamp that names the category among its fields: «كتبها سليم في رياضة»,
/// «بواسطة Karim، الاثنين 12 مارس 2018، 16:42 - اقتصاد», «سُئل … في الرياضة بواسطة …».
extension CategoryLine {
    /// The category in a byline's «في» field before the date: «بقلم هدى الشمري في اقتصاد — 2 مارس 2018»;
    /// or closing it («كتبها سليم في رياضة»).
    static func bylineField(_ line: String) -> String? {
        // (Serendipity's «حررة بواسطة admin في ثقافة في 05:43» names the time after it.)
        // (Ning's «Posted by أم يوسف on May 4, 2018 at 11:49am in أخبار دولية» too.)
        let signed = BylineLine.opens(line) || line.split(separator: " ").dropFirst().first == "بواسطة" || line.hasPrefix("Posted by ")
        guard signed, PageTextChrome.words(line, upTo: 17) <= 16,
              let field = line.firstMatch(of: /\s(?:في|in)\s([^—–\-·|\/،,]+?)(?:\s+[—–\-·|\/]\s|\s+(?:في|at)\s+\d|$)/) else { return nil }
        let name = String(field.output.1).trimmingCharacters(in: .whitespaces)
        return isName(name) ? name : nil
    }

    /// The category between the date and the signer of a question's or a post's stamp
    /// (Question2Answer's «سُئل يوليو 19، 2018 في الرياضة بواسطة ابن_الجنوب (6.3ألف نقاط)»).
    static func betweenDateAndSigner(_ line: String) -> String? {
        guard line.contains("بواسطة"), PageTextChrome.words(line, upTo: 17) <= 16, let match = line.firstMatch(of: /\d{4}\s+في\s+([^،,|()]+?)\s+بواسطة\s/) else { return nil }
        let name = String(match.output.1).trimmingCharacters(in: .whitespaces)
        return isName(name) ? name : nil
    }

    /// The category closing a dated byline after a dash (Dotclear's «بواسطة Karim، الاثنين 12 مارس 2018، 16:42 - اقتصاد»).
    static func afterDatedByline(_ line: String) -> String? {
        guard BylineLine.opens(line), let dash = line.range(of: " - ", options: .backwards),
              PageTextChrome.isDateLine(String(line[..<dash.lowerBound].split(separator: "،").dropFirst().joined(separator: "،"))) else { return nil }
        let name = line[dash.upperBound...].trimmingCharacters(in: .whitespaces)
        return isName(name) ? name : nil
    }

    /// The category of Joomla's article info written as sentences after the byline: «كتب بواسطة
    /// مدار 24 في 26 فبراير 2018. نشر في رياضة.».
    static func infoSentences(_ line: String) -> String? {
        guard BylineLine.opens(line) else { return nil }
        return line.split(separator: ". ").dropFirst().lazy.compactMap { named(String($0), after: statements) }.first
    }
}
