import Foundation
import NashirDomain
import Testing
@testable import NashirImport

/// WordPress's own text rules, one at a time.
@Suite struct WordPressTextTests {
    static let autop: [(String, String)] = [
        ("سطر أول\nسطر ثان", "<p>سطر أول<br />\nسطر ثان</p>"),
        ("فقرة أولى\n\nفقرة ثانية", "<p>فقرة أولى</p>\n<p>فقرة ثانية</p>"),
        ("فقرة\r\n\r\n\r\nأخرى", "<p>فقرة</p>\n<p>أخرى</p>"),
        ("نص<br><br>نص آخر", "<p>نص</p>\n<p>نص آخر</p>"),
        ("مقدمة\n<h2>عنوان</h2>\nخاتمة", "<p>مقدمة</p>\n<h2>عنوان</h2>\n<p>خاتمة</p>"),
        ("<ul>\n<li>أ</li>\n<li>ب</li>\n</ul>", "<ul>\n<li>أ</li>\n<li>ب</li>\n</ul>"),
        ("<pre>a\n\nb</pre>", "<pre>a\n\nb</pre>"),
        ("  \n ", ""),
    ]

    @Test(arguments: autop)
    func classicContentGetsWordPressParagraphs(input: String, expected: String) {
        #expect(WordPressAutop.apply(input) == expected)
    }

    static let shortcodes: [(String, String)] = [
        ("قبل [embed]https://youtu.be/x1[/embed] بعد", "قبل \n\nhttps://youtu.be/x1\n\n بعد"),
        ("[youtube https://www.youtube.com/watch?v=abc&t=1]", "\n\nhttps://www.youtube.com/watch?v=abc&t=1\n\n"),
        (#"[caption id="a" width="300"]<img src="x.jpg"> تعليق الصورة[/caption]"#, #"<img src="x.jpg">"#),
        (#"أ [gallery ids="1,2"] ب"#, "أ  ب"),
        (#"[video src="https://old.example.com/v.mp4"][/video]"#, ""),
        ("[su_box title=\"x\"]نص داخلي[/su_box]", "نص داخلي"),
        ("[[embed]] حرفيًا", "[[embed]] حرفيًا"),
        ("المرجع [1] والمرجع [نص]", "المرجع [1] والمرجع [نص]"),
        ("[column][row]متداخل[/row][/column]", "متداخل"),
    ]

    @Test(arguments: shortcodes)
    func shortcodesAreResolvedOrDropped(input: String, expected: String) {
        var captions: [String] = []
        var media: [String] = []
        #expect(WordPressShortcodes.resolve(input, captions: &captions, media: &media) == expected)
    }

    @Test func captionsAndGalleryFilesAreKeptAside() {
        var captions: [String] = []
        var media: [String] = []
        _ = WordPressShortcodes.resolve(#"[caption]<a href="b.jpg"><img src="s.jpg"></a> ساحة[/caption][gallery ids="7, 8"][audio mp3="https://x/a.mp3"]"#, captions: &captions, media: &media)
        #expect(captions == ["ساحة"])
        #expect(media == ["id:7", "id:8", "https://x/a.mp3"])
    }

    @Test func blockCommentsAndPageMarkersGo() {
        let text = "<!-- wp:paragraph {\"align\":\"right\"} -->\n<p>نص</p>\n<!-- /wp:paragraph --><!--more--><!--nextpage-->"
        #expect(WordPressShortcodes.removingBlockComments(text) == "\n<p>نص</p>\n\n\n")
        #expect(WordPressShortcodes.hasBlocks(text) && !WordPressShortcodes.hasBlocks("<p>نص</p>"))
    }

    @Test func anAddressAloneOnALineIsAnEmbedAndOneInTextIsNot() {
        let segments = WordPressContent.segments("نص فيه https://a.example/x رابط\nhttps://www.youtube.com/watch?v=1\n<p>https://vimeo.com/2</p>\nختام")
        #expect(segments == [.html("نص فيه https://a.example/x رابط\n"), .embed("https://www.youtube.com/watch?v=1"), .embed("https://vimeo.com/2"), .html("\nختام")])
    }

    @Test(arguments: [("publish", ArticleStatus.published), ("future", .published), ("draft", .draft), ("pending", .inReview), ("private", .draft)])
    func statusesMapToNashirs(wordpress: String, status: ArticleStatus) {
        #expect(WXRMapping.status(wordpress) == status)
    }

    @Test(arguments: ["trash", "auto-draft", "inherit", ""])
    func trashAndRevisionsAreNotImported(wordpress: String) {
        #expect(WXRMapping.status(wordpress) == nil)
    }

    @Test func localTimesUseTheOffsetMostPostsShow() {
        func item(_ local: String, _ gmt: String) -> WXRItem {
            var item = WXRItem(line: 1)
            (item.postDate, item.postDateGMT) = (local, gmt)
            return item
        }
        let items = [item("2024-01-01 14:00:00", "2024-01-01 12:00:00"), item("2024-07-01 15:00:00", "2024-07-01 12:00:00"),
                     item("2024-07-02 15:00:01", "2024-07-02 12:00:00"), item("2024-07-03 10:00:00", "0000-00-00 00:00:00")]
        let dates = WordPressDates(items: items, fallback: TimeZone(identifier: "UTC")!)
        #expect(dates.offset == 3 * 3600)
        #expect(dates.date(of: items[3]) == WordPressDates.mysql("2024-07-03 07:00:00"))
        let none = WordPressDates(items: [items[3]], fallback: TimeZone(identifier: "Africa/Tripoli")!)
        #expect(none.offset == 2 * 3600)
        var dated = WXRItem(line: 1)
        dated.pubDate = "Wed, 15 May 2024 07:00:00 +0000"
        #expect(none.date(of: dated) == WordPressDates.mysql("2024-05-15 07:00:00"))
    }
}
