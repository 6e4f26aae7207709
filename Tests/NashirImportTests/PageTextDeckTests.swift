import NashirDomain
import Testing

@testable import NashirImport

/// A deck under the headline's stamp that the page sets apart from the copy, on sites never
/// tuned on (a share bar or the copy's credit under it, a summary cut from the lead).
@Suite struct PageTextDeckTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let stamp = [headline, "15/04/2018 - 17:10"]
    static let deck = "الحكومة تفتتح أكبر مستشفى حكومي في العاصمة بعد سنوات من التأخير في أعمال البناء."

    /// Share buttons between a sentence and the next paragraph: the sentence is the deck.
    @Test func aShareBarUnderTheDeck() throws {
        let content = try parse(Self.stamp + [Self.deck, "مشاركة", "Facebook", "Twitter", "WhatsApp"] + Self.copy)
        #expect(content.highlights == [Self.deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The copy's credit under a sentence and the photo («الكومبس – وكالات»): what stands over it is the deck.
    @Test func theCopysCreditUnderTheDeck() throws {
        let content = try parse(Self.stamp + [Self.deck, "صورة أرشيفية", "Foto: AFP/TT", "الكومبس – وكالات"] + Self.copy)
        #expect(content.highlights == [Self.deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A summary cut from the lead and run into its next sentence («… سرير.وقال الوز») is no paragraph.
    @Test func aSummaryCutFromTheLead() throws {
        let cut = Self.copy[0] + "وقال الوز"
        let content = try parse(Self.stamp + [cut] + Self.copy)
        #expect(content.highlights == [cut])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A photo's caption or an ad's label after the first paragraph leaves it the copy's.
    @Test func aPhotoOrAnAdAfterTheLeadLeavesItCopy() throws {
        for between in [["(أرشيفية)"], ["صورة أرشيفية", "© رويترز"], ["- إعلان -"], ["إعلان", "مشاركة"]] {
            let content = try parse(Self.stamp + [Self.deck] + between + Self.copy)
            #expect(content.body.map(\.text) == [Self.deck] + Self.copy, "\(between)")
        }
    }

    /// The copy's credit over the page's tools (print, send, the type's size) under a sentence
    /// sets that sentence apart as the deck.
    @Test func aCreditOverThePagesTools() throws {
        let lines = ["عربي وعالمي", Self.headline, Self.deck, "وكالات", "طباعة", "إرسال لصديق", "حجم الخط", "أ+", "أ-"] + Self.copy
        let content = try parse(lines)
        #expect(content.highlights == [Self.deck])
        #expect(content.body.map(\.text) == Self.copy)
    }
}
