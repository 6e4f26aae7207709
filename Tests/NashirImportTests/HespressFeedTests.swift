import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// The real RSS feed in ../shared/corpus/feeds, read in place.
@Suite struct HespressFeedTests {
    static let path = Fixtures.shared.appendingPathComponent("corpus/feeds/hespress.xml").path
    static var present: Bool { FileManager.default.fileExists(atPath: path) }

    @Test(.enabled(if: present, "needs ../shared/corpus/feeds/hespress.xml"))
    func tenItemsWithTheirLinksDatesAndPictures() throws {
        let read = try ArticleFileReader(format: .auto).read(path: Self.path)
        #expect(read.format == .feed)
        #expect(read.drafts.count == 10)
        let first = try #require(read.drafts.first).content
        #expect(first.headline == "أسعار البيض \"تتحرك\" قبيل رمضان")
        #expect(first.origin == ArticleOrigin(source: "Hespress - Article Feed", key: first.sourceURL ?? ""))
        // Percent-encoded Arabic addresses are kept byte for byte: decoding them changes the link.
        #expect(first.sourceURL == "https://www.hespress.com/%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d8%a8%d9%8a%d8%b6-%d8%aa%d8%aa%d8%ad%d8%b1%d9%83-%d9%82%d8%a8%d9%8a%d9%84-%d8%b1%d9%85%d8%b6%d8%a7%d9%86-1699907.html")
        #expect(first.publishedAt == Timestamp.parse("2026-02-11T03:14:52Z"))
        #expect(first.leadImageURL == "https://i1.hespress.com/wp-content/uploads/2025/04/oeuf.webp")
        #expect(first.status == .incoming)
        let text = try #require(first.body.first?.text)
        // The footer WordPress adds to every item is not copy.
        #expect(!text.contains("appeared first on"))
        #expect(text.hasSuffix("الطلب…"))
        for draft in read.drafts {
            #expect(draft.content.sourceURL?.hasPrefix("https://www.hespress.com/%d") == true)
            #expect(draft.content.publishedAt.map { $0 >= Timestamp.parse("2026-02-11T00:00:00Z")! && $0 < Timestamp.parse("2026-02-12T00:00:00Z")! } == true)
            #expect(draft.content.leadImageURL?.hasPrefix("https://i1.hespress.com/") == true)
            #expect(draft.content.body.allSatisfy { !$0.text.contains("<") && !$0.text.contains("&") })
        }
        // Every pubDate, to the second, in file order.
        let times = ["03:14:52", "04:00:21", "04:13:25", "05:00:18", "05:20:29", "06:00:00", "06:11:09", "06:30:59", "06:58:45", "07:00:19"]
        #expect(read.drafts.map { $0.content.publishedAt.map(Timestamp.format) } == times.map { "2026-02-11T\($0).000Z" })
    }
}
