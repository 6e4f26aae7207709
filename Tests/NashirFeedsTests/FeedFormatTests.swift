import Foundation
import FoundationXML
@testable import NashirFeeds
import NashirXML
import Testing

@Suite struct FeedFormatTests {
    static let item = FeedItem(
        id: "https://news.example/news/1", url: "https://news.example/news/1/خبر", title: "عنوان \u{1}فيه\u{B} محارف تحكم & <وسم>",
        summary: nil, contentHTML: "<p>نص</p>", published: Date(timeIntervalSince1970: 1_600_000_000),
        updated: Date(timeIntervalSince1970: 1_600_000_060), author: nil, section: "أخبار", tags: ["ليبيا"],
        image: FeedImage(url: "https://news.example/media/a.jpg", mediaType: "image/jpeg", length: nil))
    static let feed = Feed(
        title: "ناشر", description: "آخر الأخبار", pageURL: "https://news.example/",
        urls: FeedURLs(rss: "https://news.example/feed.xml", atom: "https://news.example/feed.atom", json: "https://news.example/feed.json"),
        updated: Date(timeIntervalSince1970: 1_600_000_060), items: [item])

    @Test func controlCharactersXMLForbidsAreDroppedAndTheRestEscaped() throws {
        let xml = RSSFeed.xml(Self.feed)
        let document = try XMLDocument(xmlString: xml)
        #expect(try document.nodes(forXPath: "/rss/channel/item/title").first?.stringValue == "عنوان فيه محارف تحكم & <وسم>")
        #expect(XMLOutput.legal("a\u{0}b\u{FFFE}c\td\n") == "abc\td\n")
    }

    @Test func datesAreInTheFormsEachFormatRequires() {
        let date = Date(timeIntervalSince1970: 1_600_000_000)
        #expect(FeedDates.rss(date) == "Sun, 13 Sep 2020 12:26:40 +0000")
        #expect(FeedDates.rfc3339(date) == "2020-09-13T12:26:40Z")
    }

    @Test func anEnclosureOfUnknownLengthSaysZeroAsRSSRequires() throws {
        let document = try XMLDocument(xmlString: RSSFeed.xml(Self.feed))
        let enclosure = try #require(try document.nodes(forXPath: "/rss/channel/item/enclosure").first as? XMLElement)
        #expect(enclosure.attribute(forName: "length")?.stringValue == "0")
        #expect(enclosure.attribute(forName: "type")?.stringValue == "image/jpeg")
    }

    @Test func anAtomEntryWithoutABylineIsCoveredByTheFeedsAuthor() throws {
        let xml = AtomFeed.xml(Self.feed, siteName: "ناشر")
        let document = try XMLDocument(xmlString: xml)
        #expect(try document.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='author']/*[local-name()='name']").first?.stringValue == "ناشر")
        #expect(xml.contains("xml:lang=\"ar\""))
        #expect(xml.contains("<content type=\"html\">&lt;p&gt;نص&lt;/p&gt;</content>"))
    }

    @Test func theNewsSitemapKeepsAtMostAThousandStories() throws {
        let stories = (0..<1_200).map {
            NewsSitemap.Story(url: "https://news.example/news/\($0)", title: "خبر", published: Date(), lastModified: Date())
        }
        let xml = NewsSitemap.xml(stories, publication: "ناشر")
        #expect(xml.components(separatedBy: "<url>").count - 1 == NewsSitemap.maximumArticles)
    }
}
