import Foundation
import NashirTestSupport
import Testing

@testable import NashirCopyDesk

/// The seed page's copy (headline to last paragraph) through the whole checker: every error the
/// copy desk should have caught, at its exact span with its fix, and nothing on the other lines.
@Suite(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
struct SeedFindingsTests {
    /// The headline, the three sub-headlines, the dateline and the seventeen paragraphs.
    static func copy() throws -> [String] {
        let lines = try String(contentsOf: Fixtures.seedURL, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let end = try #require(lines.firstIndex(of: "العلامات"))
        return Array(lines[1..<end])
    }

    struct Expected: Equatable, CustomStringConvertible {
        let paragraph: Int, rule: String, excerpt: String, suggestion: String?
        var description: String { "P\(paragraph) [\(rule)] «\(excerpt)» → \(suggestion ?? "-")" }
    }

    static let expected = [
        Expected(paragraph: 5, rule: "names.consistency", excerpt: "خلفية حفتر", suggestion: "خليفة حفتر"),
        Expected(paragraph: 6, rule: "brackets.unbalanced", excerpt: "»", suggestion: nil),
        Expected(paragraph: 6, rule: "grammar.five-verbs", excerpt: "يسعون", suggestion: "يسعوا"),
        Expected(paragraph: 8, rule: "brackets.unbalanced", excerpt: "»", suggestion: "«"),
        Expected(paragraph: 8, rule: "brackets.unbalanced", excerpt: "«", suggestion: nil),
        Expected(paragraph: 10, rule: "sentence.repeated", excerpt: "وشدد الطرفان على استمرار التنسيق المشترك لصد أي محاولة لتحرك معادٍ من قبل قوات «حفتر».", suggestion: nil),
        Expected(paragraph: 13, rule: "sentence.repeated", excerpt: "كما أكد الطرفان على استمرار التنسيق المشترك لصد أي محاولة لتحرك معادٍ من قبل قوات «حفتر» «الخارجة عن القانون والشرعية»، حسب قولهم، للعبث باستقرار ليبيا وأمن مواطنيها.", suggestion: nil),
        Expected(paragraph: 18, rule: "punctuation.space-after", excerpt: ".", suggestion: ". "),
        Expected(paragraph: 19, rule: "punctuation.space-after", excerpt: ".", suggestion: ". "),
        Expected(paragraph: 21, rule: "brackets.inner-space", excerpt: " ", suggestion: ""),
        Expected(paragraph: 21, rule: "brackets.inner-space", excerpt: " ", suggestion: ""),
    ]

    @Test func everyErrorOfTheSeedIsFlaggedAndNothingElse() throws {
        let copy = try Self.copy()
        #expect(copy.count == 22)
        let findings = CopyChecker.standard().check(CopyStory(paragraphs: copy))
        #expect(findings.map { Expected(paragraph: $0.paragraph, rule: $0.rule, excerpt: $0.excerpt, suggestion: $0.suggestion) } == Self.expected)
        // The correct lines, named: the headline, sub-headlines, dateline and the clean paragraphs.
        let flagged = Set(findings.map(\.paragraph))
        #expect(Set(copy.indices).subtracting(flagged) == [0, 1, 2, 3, 4, 7, 9, 11, 12, 14, 15, 16, 17, 20])
    }

    @Test func theSpansPointAtTheTextItself() throws {
        let copy = try Self.copy()
        for finding in CopyChecker.standard().check(CopyStory(paragraphs: copy)) {
            let scalars = Array(copy[finding.paragraph].unicodeScalars)
            let span = String(String.UnicodeScalarView(scalars[finding.offset..<(finding.offset + finding.length)]))
            #expect(span == finding.excerpt)
        }
        // «وأنقرة».وشملت» and «طرابلس).وأضاف»: the full stop, right before the word.
        let glued = CopyChecker.standard().check(CopyStory(paragraphs: copy)).filter { $0.rule == "punctuation.space-after" }
        #expect(glued.map { String(copy[$0.paragraph].unicodeScalars.dropFirst($0.offset).prefix(5)) } == [".وشمل", ".وأضا"])
    }
}
