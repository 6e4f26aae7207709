import Foundation
import NashirDomain
import Testing

/// Inline marks in the one JSON shape of a block, and the links validation lets through.
@Suite struct RichTextTests {
    static let marked = RichText(runs: [TextRun("قال "), TextRun("الوزير", emphasis: true), TextRun(" إن "), TextRun("الاتفاق", link: "/news/7")])

    @Test func aPlainParagraphKeepsItsOldShapeAndAMarkedOneAddsRuns() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(Block.paragraph("نص")), as: UTF8.self)
        #expect(plain == #"{"text":"نص","type":"paragraph"}"#)
        let json = String(decoding: try encoder.encode(Block.paragraph(Self.marked)), as: UTF8.self)
        #expect(json.contains(#""text":"قال الوزير إن الاتفاق""#))
        #expect(json.contains(#"{"emphasis":true,"text":"الوزير"}"#) && json.contains(#"{"link":"\/news\/7","text":"الاتفاق"}"#))
        #expect(try JSONDecoder().decode(Block.self, from: Data(json.utf8)) == .paragraph(Self.marked))
    }

    @Test func listItemsCarryTheirRunsBesideThePlainItems() throws {
        let block = Block.list([Self.marked, "بند"], ordered: false)
        let data = try JSONEncoder().encode(block)
        #expect(String(decoding: data, as: UTF8.self).contains(#""items":["قال الوزير إن الاتفاق","بند"]"#))
        #expect(try JSONDecoder().decode(Block.self, from: data) == block)
    }

    @Test func runsThatSpellOtherWordsThanTheTextAreRefused() throws {
        let json = #"{"type":"paragraph","text":"نص قديم","runs":[{"text":"نص جديد","strong":true}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Block.self, from: Data(json.utf8)) }
        let runsOnly = #"{"type":"paragraph","runs":[{"text":"نص "},{"text":"جديد","strong":true}]}"#
        #expect(try JSONDecoder().decode(Block.self, from: Data(runsOnly.utf8)).text == "نص جديد")
    }

    @Test func adjacentRunsWithTheSameMarksBecomeOne() {
        let text = RichText(runs: [TextRun("أ", strong: true), TextRun("ب", strong: true), TextRun(""), TextRun(" ج")])
        #expect(text.runs == [TextRun("أب", strong: true), TextRun(" ج")])
        #expect(RichText(runs: [TextRun(" أ "), TextRun("ب ", emphasis: true)]).trimmed().runs == [TextRun("أ "), TextRun("ب", emphasis: true)])
    }

    @Test(arguments: [
        ("https://example.com/a", true), ("http://example.com", true), ("mailto:desk@example.com", true), ("/news/12", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("data:text/html,x", false), ("//evil.example", false),
        ("/\\evil.example", false), ("https://", false), ("https://a b", false), ("https://a\u{202E}b", false), ("vbscript:x", false), ("", false),
    ])
    func onlyWebAndMailAddressesAndSitePathsMayBeLinked(address: String, allowed: Bool) {
        #expect(TextRun.isAllowedLink(address) == allowed)
    }

    @Test func validationNamesTheBlockWithAForbiddenLink() {
        let content = ArticleContent(
            origin: ArticleOrigin(source: "t", key: "k"), slug: "s", section: Section(slug: "news", name: "أخبار"), headline: "خبر",
            body: [.paragraph("فقرة"), .quote(RichText(runs: [TextRun("انقر", link: "javascript:alert(1)")]), source: nil)])
        #expect(throws: ArticleValidationError(field: "body[1]", problem: #"links to "javascript:alert(1)", which is not a web address or a path on this site"#)) {
            try content.validate()
        }
    }
}
