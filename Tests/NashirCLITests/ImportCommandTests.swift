import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

@Suite struct ImportCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() throws { folder = try TemporaryDirectory() }

    private func articleCount() async throws -> Int {
        try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
    func importingTheSeedTwicePrintsTheSameArticleAndStoresOne() async throws {
        let first = try await NashirProcess.run(["import", "--db", db, "--json", Fixtures.seedURL.path])
        #expect(first.status == 0, "\(first.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? Int == 1)
        #expect(object["headline"] as? String == Fixtures.seedLines[1])
        #expect((object["path"] as? String)?.hasPrefix("/news/1/%D8%A3") == true)
        let second = try await NashirProcess.run(["import", "--db", db, "--json", Fixtures.seedURL.path])
        #expect(second.stdout == first.stdout)
        #expect(second.stderr.contains("1 unchanged"))
        #expect(try await articleCount() == 1)
    }

    @Test func twoDifferentPagesNamedIndexInTwoFoldersBecomeTwoArticles() async throws {
        var paths: [String] = []
        for (site, page) in [("site-a", "سياسة\nالرئيس يستقبل الوزير\nاستقبل الرئيس الوزير أمس.\nوبحثا العلاقات."),
                             ("site-b", "رياضة\nالترجي يفوز بالكأس\nفاز الترجي بالكأس.\nواحتفل الجمهور.")] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(site), withIntermediateDirectories: true)
            paths.append(try folder.write("\(site)/index.txt", page))
        }
        let first = try await NashirProcess.run(["import", "--db", db] + paths)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("site-a/index.txt: 1 created") && first.stdout.contains("site-b/index.txt: 1 created"), "\(first.stdout)")
        #expect(try await articleCount() == 2)
        let again = try await NashirProcess.run(["import", "--db", db, paths[1]])
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
        #expect(try await articleCount() == 2)
    }

    static let badFiles: [(name: String, contents: Data, message: String)] = [
        ("empty.txt", Data(), "empty.txt: is empty"),
        ("binary.txt", Data([0x41, 0x0A, 0x00, 0xFF]), "binary.txt:2: contains binary data"),
        ("latin1.txt", Data([0x41, 0x0A, 0x42, 0x0A, 0xE9, 0x74, 0xE9]), "latin1.txt:3: is not valid UTF-8"),
        ("wall.txt", Data(String(repeating: "نص بلا عنوان ", count: 80).utf8), "wall.txt: no recognisable headline"),
        ("feed.jsonl", Data("{\"id\": \"1\", \"title\": \"عنوان\", \"body\": \"فقرة.\"}\n{\"id\": 2,\n".utf8), "feed.jsonl:2:10: malformed JSON: expected a member name in double quotes, found the end of the document"),
    ]

    @Test(arguments: 0..<badFiles.count)
    func badInputExitsWith65AndWritesNothing(_ index: Int) async throws {
        let bad = Self.badFiles[index]
        let path = try folder.write(bad.name, bad.contents)
        let result = try await NashirProcess.run(["import", "--db", db, path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(bad.message), "stderr: \(result.stderr)")
        #expect(try await articleCount() == 0)
    }

    @Test func aHundredMegabyteFileIsRefused() async throws {
        let path = folder.path("huge.txt")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let result = try await NashirProcess.run(["import", "--db", db, path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("huge.txt: is 100000000 bytes; the limit is"))
        #expect(try await articleCount() == 0)
    }

    @Test func aBatchReportsEachFileAndKeepsTheGoodOnes() async throws {
        let good = try folder.write("good.jsonl", "{\"id\": \"1\", \"source\": \"t\", \"title\": \"عنوان\", \"body\": \"فقرة.\"}\n")
        let bad = try folder.write("bad.jsonl", "{\"id\": \"2\", \"source\": \"t\", \"title\": \"عنوان\", \"body\": \"فقرة.\"}\nnot json\n")
        let result = try await NashirProcess.run(["import", "--db", db, good, bad])
        #expect(result.status == 65)
        #expect(result.stdout.contains("good.jsonl: 1 created"))
        #expect(result.stderr.contains("bad.jsonl:2:1: malformed JSON: expected a value, found «n»"))
        #expect(result.stderr.contains("1 of 2 files imported"))
        #expect(try await articleCount() == 1)
    }

    @Test(arguments: ["import", "export", "serve", "settings"])
    func everyCommandHasHelp(_ command: String) async throws {
        let result = try await NashirProcess.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--db"))
    }

    @Test func settingsRefuseUnknownValues() async throws {
        #expect(try await NashirProcess.run(["settings", "--db", db, "--digits", "roman"]).status != 0)
        #expect(try await NashirProcess.run(["settings", "--db", db, "--time-zone", "Mars/Olympus"]).status != 0)
        let changed = try await NashirProcess.run(["settings", "--db", db, "--digits", "arabic-indic", "--time-zone", "Africa/Tripoli"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("digits: arabic-indic"))
    }
}
