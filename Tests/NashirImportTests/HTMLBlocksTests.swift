import NashirDomain
import Testing

@testable import NashirImport

@Suite struct HTMLBlocksTests {
    @Test func paragraphsKeepEmphasisStrongAndSafeLinksOnly() {
        let body = HTMLBlocks.body(fromHTML: """
            <p>قال <strong>المتحدث</strong> إن <em>الاتفاق</em> <a href="https://example.com/a">نُشر</a>.</p>
            <p><a href="javascript:alert(1)">رابط</a> خطير</p>
            """)
        #expect(body.blocks == [
            .paragraph(RichText(runs: [
                TextRun("قال "), TextRun("المتحدث", strong: true), TextRun(" إن "), TextRun("الاتفاق", emphasis: true),
                TextRun(" "), TextRun("نُشر", link: "https://example.com/a"), TextRun("."),
            ])),
            .plainParagraph("رابط خطير"),
        ])
    }

    @Test func looseTextAndLineBreaksBecomeParagraphs() {
        let body = HTMLBlocks.body(fromHTML: "الفقرة الأولى<br><br>الفقرة   الثانية\n<div>الثالثة</div> الرابعة")
        #expect(body.blocks.map(\.text) == ["الفقرة الأولى", "الفقرة الثانية", "الثالثة", "الرابعة"])
    }

    @Test func headingsQuotesListsAndTablesMapToTheirBlocks() {
        let body = HTMLBlocks.body(fromHTML: """
            <h2>خلفية</h2>
            <blockquote><p>لن نتراجع</p><footer>— الوزير</footer></blockquote>
            <ol><li>أولا</li><li><b>ثانيا</b> <ul><li>فرع</li></ul></li><li> </li></ol>
            <table><tr><th>الفريق</th><th>النقاط</th></tr><tr><td>الأهلي</td><td>30</td></tr></table>
            """)
        #expect(body.blocks == [
            .subheading("خلفية"),
            .quote("لن نتراجع", source: "الوزير"),
            .list(["أولا", RichText(runs: [TextRun("ثانيا", strong: true), TextRun(" فرع")])], ordered: true),
            .plainParagraph("الفريق – النقاط"),
            .plainParagraph("الأهلي – 30"),
        ])
    }

    @Test func scriptsFormsAndPicturesLeaveNoTextButPicturesAreReported() {
        let body = HTMLBlocks.body(fromHTML: """
            <script>var x = "<p>لا</p>";</script><style>p{}</style>
            <figure><img src="https://cdn.example.com/1.jpg" alt="صورة"><figcaption>تعليق</figcaption></figure>
            <p>النص<img src="/2.jpg"></p><form><input value="بحث"></form>
            <noscript><img src="https://cdn.example.com/1.jpg"></noscript>
            """)
        #expect(body.blocks == [.plainParagraph("النص")])
        #expect(body.imageSources == ["https://cdn.example.com/1.jpg", "/2.jpg"])
    }

    @Test func entitiesAreDecodedAndDoublyEscapedMarkupIsReadAgain() {
        #expect(HTMLBlocks.body(fromHTML: "<p>&laquo;السلام&raquo; &amp; الأمن&nbsp;&#1605;</p>").blocks == [.plainParagraph("«السلام» & الأمن م")])
        let twice = HTMLBlocks.body(fromHTML: "&lt;p&gt;فقرة &lt;strong&gt;مهمة&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;ثانية&lt;/p&gt;")
        #expect(twice.blocks.map(\.text) == ["فقرة مهمة", "ثانية"])
        #expect(twice.blocks.allSatisfy { !HTMLBlocks.looksLikeMarkup($0.text) })
    }

    /// A rule between parts of the copy stays one; rules over nothing or doubled draw nothing more.
    @Test func rulesBetweenCopyBecomeDividers() {
        let body = HTMLBlocks.body(fromHTML: "<hr><p>الخبر.</p><hr><hr class=\"wp-block-separator\"><p>ملاحظة المحرر.</p><hr>")
        #expect(body.blocks == [.plainParagraph("الخبر."), .divider, .plainParagraph("ملاحظة المحرر.")])
    }

    @Test func embedsKeepTheirAddress() {
        let body = HTMLBlocks.body(fromHTML: """
            <iframe src="https://www.youtube.com/embed/abc"></iframe>
            <blockquote class="twitter-tweet"><p>نص التغريدة</p>&mdash; حساب <a href="https://twitter.com/x/status/1">1 يناير</a></blockquote>
            """)
        #expect(body.blocks == [.embed(url: "https://www.youtube.com/embed/abc"), .embed(url: "https://twitter.com/x/status/1")])
    }

    @Test(arguments: [
        ("<b>عاجل:</b> انفجار في <i>بيروت</i>", "عاجل: انفجار في بيروت"),
        ("سطر<br/>ثان", "سطر ثان"),
        ("&lt;b&gt;عنوان&lt;/b&gt;", "عنوان"),
        ("نص بلا وسوم", "نص بلا وسوم"),
        ("3 &lt; 5", "3 < 5"),
    ])
    func plainTextIsOneCleanLine(html: String, expected: String) {
        #expect(HTMLBlocks.plainText(fromHTML: html) == expected)
    }

    @Test func blocksPassArticleValidation() throws {
        let body = HTMLBlocks.body(fromHTML: "<p><a href='relative.html'>نسبي</a> و<a href='/news/1'>داخلي</a></p><ul><li></li></ul>")
        let content = ArticleContent(
            origin: ArticleOrigin(source: "test", key: "1"), slug: "s", section: Section(slug: "news", name: "أخبار"),
            headline: "عنوان", body: body.blocks)
        try content.validate()
        #expect(body.blocks == [.paragraph(RichText(runs: [TextRun("نسبي و"), TextRun("داخلي", link: "/news/1")]))])
    }
}
