import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// `nashir import --format wxr`, run as a newsroom engineer would after exporting a WordPress site.
@Suite struct WordPressImportCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }
    var export: String { Fixtures.wordPressExport.path }

    init() throws { folder = try TemporaryDirectory() }

    private func articles() async throws -> [ArticleSummary] {
        try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 100), now: Date()).items
    }

    @Test func importingAnExportPrintsEachPostAndImportingItAgainChangesNothing() async throws {
        let first = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", "--json", export])
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.contains { $0["headline"] as? String == "ليبيا تستضيف مؤتمر المصالحة الوطنية" && ($0["path"] as? String)?.hasPrefix("/news/") == true })
        #expect(first.stderr.contains("6 created, 0 updated, 0 unchanged, 3 skipped"), "\(first.stderr)")
        #expect(first.stderr.contains("page 2 «من نحن»"))
        #expect(first.stderr.contains("pictures and files to copy"))

        let again = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", "--json", export])
        #expect(again.status == 0 && again.stdout == first.stdout)
        #expect(again.stderr.contains("0 created, 0 updated, 6 unchanged"), "\(again.stderr)")
        #expect(try await articles().count == 6)
    }

    @Test func aNewerExportOfTheSameSiteUpdatesItsPostsInPlace() async throws {
        #expect(try await NashirProcess.run(["import", "--db", db, "--format", "wxr", export]).status == 0)
        let before = try await folder.store().article(origin: ArticleOrigin(source: "https://old.example.com", key: "101"))
        let edited = try String(contentsOfFile: export, encoding: .utf8)
            .replacingOccurrences(of: "ليبيا تستضيف مؤتمر المصالحة الوطنية]]>", with: "ليبيا تستضيف مؤتمر المصالحة الوطنية الشامل]]>")
        let newer = try folder.write("newer.xml", edited)
        let result = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", newer])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 created, 1 updated, 5 unchanged"), "\(result.stdout)")
        let after = try await folder.store().article(origin: ArticleOrigin(source: "https://old.example.com", key: "101"))
        #expect(after?.id == before?.id && after?.content.headline == "ليبيا تستضيف مؤتمر المصالحة الوطنية الشامل")
        #expect(try await articles().count == 6)
    }

    @Test func brokenXMLIsReportedAtItsLineAndColumnAndWritesNothing() async throws {
        let text = try String(contentsOfFile: export, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let broken = try #require(lines.firstIndex { $0.contains("<wp:post_id>103</wp:post_id>") })
        var damaged = lines
        damaged[broken] = "\t\t<wp:post_id>103</wp:post_idd>"
        let path = try folder.write("broken.xml", damaged.joined(separator: "\n"))
        let result = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", "--json", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let line = broken + 1
        let pattern = try Regex("nashir: error: \(NSRegularExpression.escapedPattern(for: path)):\(line):[0-9]+: .+")
        #expect(result.stderr.contains(pattern), "\(result.stderr)")
        #expect(try await articles().isEmpty)
    }

    @Test func attachmentsAreWrittenForTheMediaDeskWithTheStoriesUsingThem() async throws {
        let list = folder.path("attachments.jsonl")
        let result = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", "--attachments", list, export])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n")
            .map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let lead = try #require(rows.first { $0["role"] as? String == "lead" })
        #expect(lead["url"] as? String == "https://old.example.com/wp-content/uploads/2024/05/tripoli.jpg")
        #expect(lead["source_key"] as? String == "101")
        #expect((lead["article_path"] as? String)?.hasPrefix("/news/") == true && lead["article_id"] is Int)
        #expect(rows.filter { $0["role"] as? String == "attachment" }.count == 2)
        #expect(rows.contains { $0["role"] as? String == "inline" && ($0["url"] as? String)?.hasSuffix("tunis.jpg") == true })
    }

    @Test func authorsBecomeWritersWhoCannotSignInUntilGivenAPassword() async throws {
        for _ in 0..<2 {
            let result = try await NashirProcess.run(["import", "--db", db, "--format", "wxr", "--create-users", export])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let store = try folder.store()
        let users = try await store.users()
        #expect(users.map(\.name) == ["ahmed", "mona.h"])
        #expect(users.map(\.displayName) == ["أحمد السالم", "منى الهاشمي"])
        #expect(users.allSatisfy { $0.role == .writer })
        #expect(try await store.signInRecord(named: "ahmed")?.passwordHash == "!")
        let signIn = try await NashirProcess.run(["user", "reset-password", "--db", db, "--name", "ahmed", "--password-stdin"], input: "كلمة-مرور-طويلة\n")
        #expect(signIn.status == 0, "\(signIn.stderr)")
        #expect(try await store.signInRecord(named: "ahmed")?.passwordHash != "!")
    }
}
