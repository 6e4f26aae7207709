import Foundation
@testable import NashirWeb
import PropertyBased
import Testing

/// The article page's JSON-LD, written directly, is byte for byte what `JSONEncoder` writes
/// (sorted keys, slashes unescaped) for any text: quotes, backslashes, control characters,
/// Arabic, emoji, a `</script>`; with optional fields present or left out.
@Suite struct JSONTextTests {
    static let pieces: [String] = [
        "وزير الدفاع", "«حفتر»", "\"", "\\", "/", "</script>", "<!--", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\n", "\r", "\t", "\u{1F}",
        "\u{7F}", "\u{2028}", "\u{200F}", "🇱🇾", "é", "https://example.com/a?b=c&d", " ", "",
    ]

    static func text(_ chosen: [Int]) -> String { chosen.map { pieces[$0] }.joined() }

    static func reference(_ model: StructuredData.NewsArticle) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self)
    }

    @Test func anyArticleIsWrittenAsJSONEncoderWritesIt() async {
        let words = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...6)
        await propertyCheck(count: 300, input: words.array(of: 8...8), Gen.int(in: 0...7)) { texts, present in
            let t = texts.map(Self.text)
            // `present`'s bits choose which optional fields are there.
            let has = { (bit: Int) in present & (1 << bit) != 0 }
            let model = StructuredData.NewsArticle(
                headline: t[0], description: has(0) ? t[1] : nil, articleSection: t[2], mainEntityOfPage: t[3],
                datePublished: has(1) ? "2020-01-02T03:04:05.000Z" : nil, dateModified: "2021-01-02T03:04:05.000Z",
                keywords: has(2) ? [t[4], t[5]] : nil,
                image: has(0) ? [StructuredData.NewsArticle.Image(url: t[6], width: 1200, height: has(1) ? 800 : nil)] : nil,
                author: has(1) ? [StructuredData.NewsArticle.Person(name: t[7], url: has(2) ? t[3] : nil)] : nil,
                publisher: .init(name: t[2], url: t[3], logo: has(2) ? StructuredData.NewsArticle.Image(url: t[6], width: nil, height: nil) : nil))
            let written = model.text
            #expect(written == (try? Self.reference(model)), "\(texts)")
            #expect((try? JSONSerialization.jsonObject(with: Data(written.utf8))) != nil)
        }
    }

    @Test func controlCharactersAreEscapedAsJSONAsks() {
        #expect(JSONText.string("a\"b\\c/d\u{1}\n") == #""a\"b\\c/d\u0001\n""#)
    }
}
