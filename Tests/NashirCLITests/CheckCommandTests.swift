import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// `nashir check` and `nashir import --check` run as a newsroom would run them.
@Suite struct CheckCommandTests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory() }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
    func theSeedsErrorsArePrintedAtTheirLineAndColumnAndTheExitStatusIsOne() async throws {
        let result = try await NashirProcess.run(["check", "--format", "page-text", Fixtures.seedURL.path])
        #expect(result.status == 1)
        // «لن يسعون» on the file's line 14, column 32, with the line and a caret under the verb.
        #expect(result.stdout.contains("\(Fixtures.seedURL.path):14:32: error: بعد «لن» تُحذف نون الأفعال الخمسة: «يسعوا» [grammar.five-verbs]"), "\(result.stdout)")
        #expect(result.stdout.contains("\n    " + String(repeating: " ", count: 31) + "^~~~~\n"))
        // The chrome after the copy is not checked in page-text mode.
        #expect(!result.stdout.contains(":50:"))
    }

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
    func jsonGivesOneObjectPerFindingWithItsKeysInOrder() async throws {
        let result = try await NashirProcess.run(["check", "--json", Fixtures.seedURL.path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 11)
        for line in lines {
            #expect(line.hasPrefix("{\"file\":"), "\(line)")
            let keys = ["\"file\"", "\"line\"", "\"column\"", "\"length\"", "\"rule\"", "\"severity\"", "\"message\"", "\"excerpt\"", "\"suggestion\""]
            let offsets = keys.map { line.range(of: $0)?.lowerBound }
            #expect(!offsets.contains(nil) && offsets.map { $0! } == offsets.map { $0! }.sorted(), "\(line)")
        }
        let glued = try #require(lines.first { $0.contains("\"rule\":\"punctuation.space-after\"") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(glued.utf8)) as? [String: Any])
        #expect(object["line"] as? Int == 38)
        #expect(object["excerpt"] as? String == ".")
        #expect(object["suggestion"] as? String == ". ")
    }

    @Test func cleanCopyExitsZeroAndFailOnLowersTheBar() async throws {
        let clean = try folder.write("clean.txt", "وصل الوفد إلى العاصمة أمس.\nوقال المتحدث إن المحادثات بدأت.\n")
        let ok = try await NashirProcess.run(["check", clean])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.isEmpty)
        let spaced = try folder.write("spaced.txt", "وصل  الوفد إلى العاصمة أمس.\n")
        #expect(try await NashirProcess.run(["check", spaced]).status == 0)
        #expect(try await NashirProcess.run(["check", "--fail-on", "warning", spaced]).status == 1)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/hunspell/ar.dic"), "needs Debian's hunspell-ar"))
    func spellingIsCheckedWhenAsked() async throws {
        let file = try folder.write("typo.txt", "وصل الوفد إلى الحكومةة أمس.\n")
        #expect(try await NashirProcess.run(["check", "--json", file]).stdout.isEmpty)
        let result = try await NashirProcess.run(["check", "--json", "--spelling", file])
        #expect(result.stdout.contains("\"rule\":\"spelling\""), "\(result.stdout)")
        #expect(result.stdout.contains("\"excerpt\":\"الحكومةة\""))
        #expect(result.status == 0, "spelling is a warning")
        let guessed = try await NashirProcess.run(["check", "--json", "--suggest", file])
        #expect(guessed.stdout.contains("هل المقصود"), "--suggest adds Hunspell's guesses: \(guessed.stdout)")
    }

    @Test func windowsLineEndsAreLinesToo() async throws {
        let file = try folder.write("crlf.txt", "وصل الوفد.\r\nوقال إنهم لن يسعون للحرب.\r\n")
        let result = try await NashirProcess.run(["check", file])
        #expect(result.stdout.hasPrefix("\(file):2:14: error:"), "\(result.stdout)")
        #expect(!result.stdout.contains("\r"))
    }

    @Test func jsonLinesRecordsAreCheckedTitleAndBody() async throws {
        let body = "وصل الوفد.\\n\\nوقال إنهم لن يسعون للحرب."
        let file = try folder.write("stories.jsonl", "{\"id\": \"1\", \"title\": \"عنوان سليم\", \"body\": \"\(body)\"}\n")
        let result = try await NashirProcess.run(["check", "--json", file])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["line"] as? Int == 1)
        // Counted from the body's start: «وصل الوفد.» (10), a blank line (2), then «وقال إنهم لن » (13), so the verb starts at 26.
        #expect(object["column"] as? Int == 26)
        #expect(object["excerpt"] as? String == "يسعون")
    }

    static let badFiles: [(name: String, contents: Data, message: String)] = [
        ("binary.txt", Data([0x41, 0x0A, 0x00, 0xFF]), "binary.txt:2: contains binary data"),
        ("latin1.txt", Data([0x41, 0x0A, 0xE9, 0x74, 0xE9]), "latin1.txt:2: is not valid UTF-8"),
        ("long.txt", Data(String(repeating: "كلمة ", count: 2_100_000).utf8), "long.txt:1: a line of 10500000 characters; the checker reads at most 100000 a paragraph"),
        ("broken.jsonl", Data("{\"title\": \"عنوان\"}\n{\"title\": \n".utf8), "broken.jsonl:2: is not a JSON object"),
    ]

    @Test(arguments: 0..<badFiles.count)
    func badInputGetsAClearErrorAndExit65(_ index: Int) async throws {
        let bad = Self.badFiles[index]
        let path = try folder.write(bad.name, bad.contents)
        let result = try await NashirProcess.run(["check", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(bad.message), "\(result.stderr)")
    }

    @Test func theSitesSettingsTurnRulesOffAndAddHouseStyle() async throws {
        let db = folder.path("nashir.sqlite")
        let store = try folder.store()
        var settings = try await store.siteSettings()
        settings.disabledCopyRules = ["grammar.five-verbs"]
        settings.houseStyle = "كورونا=كوفيد-19"
        try await store.updateSiteSettings(settings)
        let file = try folder.write("copy.txt", "قال إنهم لن يسعون للحرب بسبب كورونا.\n")
        let result = try await NashirProcess.run(["check", "--db", db, "--json", file])
        #expect(!result.stdout.contains("grammar.five-verbs"))
        #expect(result.stdout.contains("\"rule\":\"style.house\""), "\(result.stdout)")
        #expect(try await NashirProcess.run(["check", "--db", folder.path("missing.sqlite"), file]).status == 65)
    }

    @Test func importWithCheckReportsFindingsAndStillImports() async throws {
        let db = folder.path("nashir.sqlite")
        let page = try folder.write("page.txt", "سياسة\nالوفد يصل إلى العاصمة\nوصل الوفد إلى العاصمة أمس.\nوقال إنهم لن يسعون للحرب.\n")
        let result = try await NashirProcess.run(["import", "--db", db, "--check", page])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("page.txt:1: error: بعد «لن» تُحذف نون الأفعال الخمسة: «يسعوا» [grammar.five-verbs] «يسعون»"), "\(result.stderr)")
        #expect(try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total == 1)
    }
}
