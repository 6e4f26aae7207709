import Foundation
import NashirTestSupport
import Testing

/// Commands given a `postgres://` URL as `--db` work on the server as on a SQLite file; a
/// server that is not there, or a command for files only, is refused by name.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresCommandTests {
    @Test func accountsAndTokensAreKeptOnPostgreSQL() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let added = try await NashirProcess.run(["user", "add", "--db", url, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try await NashirProcess.run(["user", "list", "--db", url])
        #expect(listed.stdout == "omar\teditor\tactive\tomar\n")
        let token = try await NashirProcess.run(["token", "create", "--db", url, "--user", "omar", "--label", "wire script"])
        #expect(token.status == 0 && token.stdout.hasPrefix("nsr_"), "\(token.stderr)")
        #expect(try await NashirProcess.run(["token", "list", "--db", url]).stdout.contains("omar\tactive"))
        let again = try await NashirProcess.run(["user", "add", "--db", url, "--name", "OMAR", "--role", "writer", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
        #expect(again.status != 0 && again.stderr.contains("OMAR"))
    }

    @Test func theSeedImportedIntoPostgreSQLExportsAsFromSQLiteAndIsFoundBySearch() async throws {
        guard Fixtures.hasSeed else { return }
        let folder = try TemporaryDirectory()
        let url = try await PostgresTestServer.freshDatabase()
        let sqlite = folder.path("news.sqlite")
        #expect(try await NashirProcess.run(["import", "--db", sqlite, Fixtures.seedURL.path]).status == 0)
        // SQLite's export imported into PostgreSQL exports the same bytes: nothing lost either way.
        let fromSQLite = try await NashirProcess.run(["export", "--db", sqlite, "--format", "jsonl"]).stdout
        let imported = try await NashirProcess.run(["import", "--db", url, try folder.write("export.jsonl", fromSQLite)])
        #expect(imported.status == 0, "\(imported.stderr)")
        let fromPostgres = try await NashirProcess.run(["export", "--db", url, "--format", "jsonl"])
        #expect(fromPostgres.status == 0 && !fromPostgres.stdout.isEmpty, "\(fromPostgres.stderr)")
        #expect(fromPostgres.stdout == fromSQLite)
        // Typed without hamza, with ال and ة as ه, the headline's words find the story.
        let found = try await NashirProcess.run(["search", "--db", url, "انقره", "التنسيق"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("تؤكدان استمرار التنسيق"), "\(found.stdout)")
    }

    @Test func aServerThatIsNotThereAndAMissingBackupAreRefusedByName() async throws {
        let unreachable = try await NashirProcess.run(["export", "--db", "postgres://nashir:secret@127.0.0.1:1/news"])
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr.contains("postgres://nashir@127.0.0.1:1/news"), "\(unreachable.stderr)")
        let backup = try await NashirProcess.run(["restore", "--db", "postgres://nashir:secret@127.0.0.1:1/news", "/nonexistent/backup.sqlite"])
        #expect(backup.status == 65)
        #expect(backup.stderr.contains("/nonexistent/backup.sqlite: no such backup"), "\(backup.stderr)")
        for result in [unreachable, backup] { #expect(!result.stderr.contains("secret")) }
    }

    @Test func copyBackupAndRestoreMoveTheWholeSiteBetweenSQLiteAndPostgreSQL() async throws {
        guard Fixtures.hasSeed else { return }
        let folder = try TemporaryDirectory()
        let sqlite = folder.path("news.sqlite")
        #expect(try await NashirProcess.run(["import", "--db", sqlite, Fixtures.seedURL.path]).status == 0)
        #expect(try await NashirProcess.run(["user", "add", "--db", sqlite, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n").status == 0)
        let export = try await NashirProcess.run(["export", "--db", sqlite, "--format", "jsonl"]).stdout
        let first = try await PostgresTestServer.freshDatabase()
        let copied = try await NashirProcess.run(["copy", "--from", sqlite, "--to", first])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("1 articles, 1 accounts"), "\(copied.stdout)")
        #expect(try await NashirProcess.run(["export", "--db", first, "--format", "jsonl"]).stdout == export)
        #expect(try await NashirProcess.run(["user", "list", "--db", first]).stdout.contains("omar\teditor"))
        // Into a database that holds something, a copy is refused and changes nothing.
        let again = try await NashirProcess.run(["copy", "--from", sqlite, "--to", first])
        #expect(again.status == 64 && again.stderr.contains("holds articles or accounts"), "\(again.stderr)")

        let backup = folder.path("backup.sqlite")
        let backedUp = try await NashirProcess.run(["backup", "--db", first, backup])
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        #expect(try await NashirProcess.run(["backup", "--db", first, backup]).status != 0, "a backup never overwrites a file")
        let second = try await PostgresTestServer.freshDatabase()
        let restored = try await NashirProcess.run(["restore", "--db", second, backup])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try await NashirProcess.run(["export", "--db", second, "--format", "jsonl"]).stdout == export)
        let over = try await NashirProcess.run(["restore", "--db", second, backup])
        #expect(over.status == 64 && over.stderr.contains("--force"), "\(over.stderr)")
        #expect(try await NashirProcess.run(["restore", "--db", second, "--force", backup]).status == 0)
        #expect(try await NashirProcess.run(["export", "--db", second, "--format", "jsonl"]).stdout == export)
    }
}
