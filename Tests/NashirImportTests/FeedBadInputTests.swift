import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// Hostile and broken feeds fail with FILE:LINE:COLUMN and yield nothing.
@Suite struct FeedBadInputTests {
    private func failure(_ name: String, importer: FeedImporter = FeedImporter()) throws -> ImportError {
        let error = try #require(throws: ImportError.self) { try FeedFixtures.read(name, importer: importer) }
        return error
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        let error = try failure("malformed.xml")
        #expect(error.description == "\(FeedFixtures.path("malformed.xml")):5:67: malformed XML: Opening and ending tag mismatch: item line 5 and itme")
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let error = try failure("malformed.json")
        #expect(error.description == "\(FeedFixtures.path("malformed.json")):5:34: malformed JSON: expected «,» or «}» after a member, found «\"»")
    }

    @Test func anXXEAttemptIsRefusedBeforeAnythingIsRead() throws {
        let error = try failure("xxe.xml")
        #expect(error.line == 3)
        #expect(error.problem.hasPrefix("refused: the DOCTYPE declares the entity \"xxe\""))
        #expect(!error.description.contains("root:x:0"))
    }

    @Test func billionLaughsIsRefusedAtOnce() throws {
        let started = ContinuousClock.now
        let error = try failure("billion-laughs.xml")
        #expect(error.line == 3)
        #expect(error.problem.contains("\"lol\""))
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func anItemWithoutATitleFailsTheFileUnlessSkipping() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("untitled.xml", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>t</title>
            <item><title>عنوان</title><description>نص</description><guid>1</guid></item>
            <item><description>نص بلا عنوان</description><guid>2</guid></item>
            <item><title>بلا نص</title><guid>3</guid></item>
            <item><title>تاريخ</title><description>نص</description><guid>4</guid><pubDate>someday</pubDate></item>
            </channel></rss>
            """)
        let reader = ArticleFileReader(format: .feed, registry: .standard(feed: FeedImporter()))
        let error = try #require(throws: ImportError.self) { try reader.read(path: path) }
        #expect(error == ImportError(file: path, line: 4, problem: "the item \"2\" has no title"))
        let skipping = ArticleFileReader(format: .feed, registry: .standard(feed: FeedImporter(skipInvalid: true)))
        let read = try skipping.read(path: path)
        #expect(read.drafts.map(\.content.origin.key) == ["1"])
        #expect(read.skipped.map(\.description) == [
            "\(path):4: the item \"2\" has no title",
            "\(path):5: the item \"3\" has no body (no content and no description)",
            "\(path):6: pubDate: \"someday\" is not a date",
        ])
    }

    @Test func aWithdrawnAgencyItemIsNotImported() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("killed.json", #"{"uri": "urn:x:1", "pubstatus": "canceled", "headlines": [{"value": "خبر"}], "bodies": [{"value": "نص"}]}"#)
        let reader = ArticleFileReader(format: .feed, registry: .standard(feed: FeedImporter()))
        let error = try #require(throws: ImportError.self) { try reader.read(path: path) }
        #expect(error.problem.contains("canceled"))
    }

    @Test(arguments: [
        (#"<?xml version="1.0"?><html><body/></html>"#, "is XML, but its root element <html> is not RSS, Atom or NewsML-G2"),
        (#"{"uri": "x", "headline": " ", "body_text": "نص"}"#, "the item \"x\" has no title"),
        (#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#, "is a JSON Feed feed without items"),
    ])
    func documentsThatAreNotFeedsAreNamed(_ text: String, _ problem: String) throws {
        let error = try #require(throws: ImportError.self) { try FeedImporter().read(text, file: "f") }
        #expect(error.problem == problem)
    }

    @Test func theBytesEntryRefusesOversizedFeeds() throws {
        let error = try #require(throws: ImportError.self) {
            try FeedImporter(maxBytes: 1000).read(bytes: Array(repeating: 0x20, count: 2000), file: "https://x/feed", charset: nil)
        }
        #expect(error.problem == "is 2000 bytes; the limit is 1000 bytes")
    }
}
