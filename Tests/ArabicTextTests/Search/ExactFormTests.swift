@testable import ArabicText
import Foundation
import PropertyBased
import Testing

/// A headline's exact forms carry the stems the headline is indexed under, so a query's
/// exact form ranks a match and never widens one: a search may count its matches by the
/// stems alone.
@Suite struct ExactFormTests {
    /// The stems of `headline`'s exact terms missing from its index terms.
    static func strayStems(of headline: String) -> [String] {
        let indexed = Set(ArabicAnalyzer.terms(in: headline))
        return SearchForms.exactText(headline).split(separator: " ").compactMap { term in
            let stem = term.dropFirst().prefix { $0 != "\u{0640}" }
            return indexed.contains(String(stem)) ? nil : String(stem)
        }
    }

    @Test func madeUpHeadlinesCarryTheirExactFormsStems() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(ExcerptReadingTests.pieces.count - 1)).array(of: 0...20)) { pieces in
            let headline = pieces.map { ExcerptReadingTests.pieces[$0] }.joined(separator: " ")
            #expect(Self.strayStems(of: headline).isEmpty, "«\(headline)»")
        }
    }

    @Test func realHeadlinesCarryTheirExactFormsStems() throws {
        let texts = try Corpus.sampleFields(every: 9)
        try #require(Corpus.directory == nil || !texts.isEmpty)
        // Every field as a headline: titles, and the longer texts' wider run of words.
        for text in texts {
            let stray = Self.strayStems(of: String(text.prefix(400)))
            #expect(stray.isEmpty, "\(stray) in «\(text.prefix(80))»")
        }
    }
}
