import Foundation

/// A meta line that runs its fields together with nothing between them, the comment count or
/// call among them: «9 أغسطس، 2018 الميزان اترك تعليقاً دولية» under the headline, «اقتصاد 3 تعليقات»
/// under the copy. The category stands after the comments in the first, before them in the second.
extension CategoryLine {
    /// The category after the comment call of a dated meta line under the headline.
    static func afterCommentCall(_ line: String) -> String? {
        guard PageTextChrome.isDateLine(line) || BylineLine.opens(line),
              let match = line.firstMatch(of: /\s(?:اترك تعليق[اًا]*|أضف تعليق[اًا]*|\d+ تعليق(?:ات)?|تعليق واحد|تعليقان|لا توجد تعليقات|لا تعليقات|كن أول من يعلق)\s+(.+)$/)
        else { return nil }
        let name = String(match.1).trimmingCharacters(in: .whitespaces)
        return isSectionName(name) ? name : nil
    }

    /// The category of a meta line copied with its fields glued together, between the date's year
    /// and the comment call («بواسطة فرانس 24يوليو 30, 2018حول العالماترك تعليقاً»).
    static func gluedBeforeCommentCall(_ line: String) -> String? {
        guard BylineLine.opens(line) || PageTextChrome.isDateLine(line),
              let match = line.firstMatch(of: /\d{4}([^\d\s][^\d]{1,40}?)(?:اترك تعليق|أضف تعليق|تعليق واحد|لا توجد تعليقات)/) else { return nil }
        let name = String(match.1).trimmingCharacters(in: .whitespaces)
        return isSectionName(name) ? name : nil
    }

    /// The category before the comment count of the line that closes the copy (Radiate's footer).
    static func beforeCommentCount(_ line: String) -> String? {
        guard let match = line.wholeMatch(of: /(.+?)\s+(?:\d+ تعليق(?:ات)?|تعليق واحد|تعليقان|لا توجد تعليقات|لا تعليقات)/) else { return nil }
        let name = String(match.1).trimmingCharacters(in: .whitespaces)
        return isSectionName(name) && !name.contains("،") && !name.contains(",") ? name : nil
    }

    private static func isSectionName(_ name: String) -> Bool {
        PageTextHead.isSectionLabel(name) && PageTextChrome.words(name, in: 1...3) && !name.contains(":") && !PageTextChrome.isDateLine(name)
    }
}
