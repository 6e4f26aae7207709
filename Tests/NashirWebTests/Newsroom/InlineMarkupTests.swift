import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirWeb

/// Emphasis and links: typed in the editor, kept in the model, printed safely on the page.
@Suite struct InlineMarkupTests {
    @Test func starsAndBracketsTypeEmphasisStrongAndLinks() {
        let text = InlineMarkup.parse("قال *الوزير* إن **الاتفاق** [قريب جدًا](https://example.com/a) اليوم")
        #expect(text.runs == [
            TextRun("قال "), TextRun("الوزير", emphasis: true), TextRun(" إن "), TextRun("الاتفاق", strong: true), TextRun(" "),
            TextRun("قريب جدًا", link: "https://example.com/a"), TextRun(" اليوم"),
        ])
    }

    @Test func marksNestInsideALink() {
        let text = InlineMarkup.parse("[**عاجل:** انفجار في الميناء](/news/12)")
        #expect(text.runs == [TextRun("عاجل:", strong: true, link: "/news/12"), TextRun(" انفجار في الميناء", link: "/news/12")])
        #expect(InlineMarkup.parse(InlineMarkup.text(of: text)) == text)
    }

    @Test func aStarOrBracketWithoutAPartnerIsJustCopy() {
        for copy in ["5 * 3 = 15", "السعر [تقريبي] 20 دينارًا", "ملاحظة*", "[رابط](بلا عنوان مغلق", "**نصف"] {
            #expect(InlineMarkup.parse(copy) == RichText(copy), "\(copy)")
        }
    }

    @Test func literalMarkupCharactersSurviveTheEditorsRoundTrip() {
        let text = RichText(runs: [TextRun("نجمة * و[قوسان](x) و\\ "), TextRun("مائل*", emphasis: true)])
        let typed = InlineMarkup.text(of: text)
        #expect(InlineMarkup.parse(typed) == text, "\(typed)")
    }

    @Test func parenthesesInAnAddressAreWrittenSoTheyDoNotEndIt() {
        let text = RichText(runs: [TextRun("طرابلس", link: "https://ar.wikipedia.org/wiki/طرابلس_(ليبيا)")])
        let back = InlineMarkup.parse(InlineMarkup.text(of: text))
        #expect(back.runs == [TextRun("طرابلس", link: "https://ar.wikipedia.org/wiki/طرابلس_%28ليبيا%29")])
    }

    @Test func theBodyTextCarriesMarksInParagraphsQuotesAndLists() {
        let typed = "فقرة *مهمة*.\n\n> قال [المدرب](/tag/coach)\n— المدرب\n\n- بند **أول**\n- بند ثان"
        let blocks = BodyText.blocks(from: typed)
        #expect(blocks.count == 3 && blocks.allSatisfy(\.hasMarks))
        #expect(BodyText.blocks(from: BodyText.text(of: blocks)) == blocks)
    }

    @Test func marksBecomeEscapedHTMLAndOnlySafeLinksBecomeAnchors() {
        let text = RichText(runs: [
            TextRun("<مائل>", emphasis: true), TextRun(" موقع ", strong: true), TextRun("الوكالة", link: "https://example.com/?a=1&b=\"2\""),
            TextRun(" و"), TextRun("أرشيفنا", link: "/archive"), TextRun(" و"), TextRun("فخ", link: "javascript:alert(1)"),
        ])
        let html = HTMLText.rich(text)
        #expect(html.hasPrefix("<em>&lt;مائل&gt;</em><strong> موقع </strong>"))
        #expect(html.contains(#"<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noopener nofollow">الوكالة</a>"#))
        #expect(html.contains(#"<a href="/archive">أرشيفنا</a>"#))
        #expect(!html.contains("javascript") && html.hasSuffix("وفخ"))
    }
}
