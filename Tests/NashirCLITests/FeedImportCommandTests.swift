import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// `nashir import --format feed|auto` end to end, through the built binary.
@Suite struct FeedImportCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() throws { folder = try TemporaryDirectory() }

    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/NashirImportTests/Fixtures/Feeds")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    private func count() async throws -> Int {
        try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total
    }

    static func rss(title: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>وكالة</title>
        <item><title>\(title)</title><guid>wire-1</guid><link>https://wire.example/1</link><description>\(body)</description></item>
        <item><title>خبر ثان</title><guid>wire-2</guid><description>نص الخبر الثاني.</description></item>
        </channel></rss>
        """
    }

    @Test func aFeedArrivesOnTheIncomingListAndReimportingUpdatesIt() async throws {
        let path = try folder.write("wire.xml", Self.rss(title: "عنوان أول", body: "النص الأول."))
        let first = try await NashirProcess.run(["import", "--db", db, "--format", "feed", "--json", path])
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["headline"] as? String == "عنوان أول")
        #expect(first.stderr.contains("wire.xml: 2 created, 0 updated, 0 unchanged"), "\(first.stderr)")
        let stored = try #require(try await folder.store().article(origin: ArticleOrigin(source: "وكالة", key: "wire-1")))
        #expect(stored.content.status == .incoming)
        #expect(stored.content.sourceURL == "https://wire.example/1")
        #expect(stored.content.credit == "وكالة")

        // The agency re-sends the item with a corrected headline: same article, updated.
        try folder.write("wire.xml", Self.rss(title: "عنوان مصحح", body: "النص الأول."))
        let again = try await NashirProcess.run(["import", "--db", db, path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("wire.xml: 0 created, 1 updated, 1 unchanged"), "\(again.stdout)")
        #expect(try await count() == 2)
        #expect(try await folder.store().article(origin: ArticleOrigin(source: "وكالة", key: "wire-1"))?.content.headline == "عنوان مصحح")
    }

    @Test(arguments: ["rss-windows-1256.xml", "rss-iso-8859-6.xml", "atom.xml", "jsonfeed.json", "ninjs2.json", "ninjs3.json", "newsml-g2.xml"])
    func autoImportsEveryFixture(_ name: String) async throws {
        let result = try await NashirProcess.run(["import", "--db", db, Self.fixture(name)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(name): "), "\(result.stdout)")
        #expect(try await count() > 0)
    }

    @Test func sectionSourceAndPublishRouteTheItems() async throws {
        let result = try await NashirProcess.run(["import", "--db", db, "--format", "feed", "--section", "sport", "--source", "رياضة.كوم", "--publish", Self.fixture("jsonfeed.json")])
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try #require(try await folder.store().article(origin: ArticleOrigin(source: "رياضة.كوم", key: "sport-501")))
        #expect(stored.content.section == Section(slug: "sport", name: "رياضة"))
        #expect(stored.content.status == .published)
        let unknown = try await NashirProcess.run(["import", "--db", db, "--format", "feed", "--section", "nowhere", Self.fixture("jsonfeed.json")])
        #expect(unknown.status != 0 && unknown.stderr.contains("no section \"nowhere\""))
    }

    static let badFeeds: [(name: String, message: String)] = [
        ("malformed.xml", "malformed.xml:5:67: malformed XML: Opening and ending tag mismatch"),
        ("malformed.json", "malformed.json:5:34: malformed JSON: expected «,» or «}» after a member"),
        ("xxe.xml", "xxe.xml:3:"),
        ("billion-laughs.xml", "billion-laughs.xml:3:"),
    ]

    @Test(arguments: 0..<badFeeds.count)
    func badFeedsExitWith65AndWriteNothing(_ index: Int) async throws {
        let bad = Self.badFeeds[index]
        for format in ["feed", "auto"] {
            let result = try await NashirProcess.run(["import", "--db", db, "--format", format, Self.fixture(bad.name)])
            #expect(result.status == 65)
            #expect(result.stderr.contains(bad.message), "stderr: \(result.stderr)")
            #expect(!result.stderr.contains("root:x:0:0"))
        }
        #expect(try await count() == 0)
    }

    @Test func oneBadItemFailsTheWholeFeedUnlessSkipping() async throws {
        let path = try folder.write("partial.xml", Self.rss(title: "", body: "نص بلا عنوان."))
        let strict = try await NashirProcess.run(["import", "--db", db, path])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("partial.xml:3: the item \"wire-1\" has no title"), "\(strict.stderr)")
        #expect(try await count() == 0)
        let skipping = try await NashirProcess.run(["import", "--db", db, "--skip-invalid", path])
        #expect(skipping.status == 0)
        #expect(skipping.stdout.contains("1 created, 0 updated, 0 unchanged, 1 skipped"), "\(skipping.stdout)")
        #expect(try await count() == 1)
    }
}
