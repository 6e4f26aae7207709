import Foundation
import NashirTestSupport
import Testing

/// `nashir backup` and `nashir restore` as an engineer runs them: the round trip, and refusals
/// that name the file and change nothing.
@Suite struct BackupCommandTests {
    @Test func backupThenRestoreGivesTheSameExport() async throws {
        let folder = try TemporaryDirectory()
        let lines = (1...12).map { #"{"id": "\#($0)", "source": "t", "title": "خبر رقم \#($0)", "body": "فقرة عن طرابلس."}"# }
        let input = try folder.write("in.jsonl", lines.joined(separator: "\n"))
        let db = folder.path("news.sqlite")
        #expect(try await NashirProcess.run(["import", "--db", db, input]).status == 0)
        let backup = try await NashirProcess.run(["backup", "--db", db, folder.path("backup.sqlite")])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("12 articles, 0 accounts"))
        let again = try await NashirProcess.run(["backup", "--db", db, folder.path("backup.sqlite")])
        #expect(again.status == 73 && again.stderr.contains("backup.sqlite: exists already; a backup never overwrites"))

        let restored = folder.path("restored.sqlite")
        let restore = try await NashirProcess.run(["restore", "--db", restored, folder.path("backup.sqlite")])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("restored 12 articles and 0 accounts"))
        let original = try await NashirProcess.run(["export", "--db", db, "--format", "jsonl"]).stdout
        #expect(try await NashirProcess.run(["export", "--db", restored, "--format", "jsonl"]).stdout == original)
        #expect(original.split(separator: "\n").count == 12)

        // Over an existing database only when asked, and never from something that is not a backup.
        let refused = try await NashirProcess.run(["restore", "--db", db, folder.path("backup.sqlite")])
        #expect(refused.status != 0 && refused.stderr.contains("add --force"))
        let junk = try folder.write("junk.sqlite", String(repeating: "not a database ", count: 400))
        let bad = try await NashirProcess.run(["restore", "--db", db, "--force", junk])
        #expect(bad.status == 65 && bad.stderr.contains("junk.sqlite: is damaged or not a SQLite database"))
        #expect(try await NashirProcess.run(["export", "--db", db, "--format", "jsonl"]).stdout == original)
    }
}
