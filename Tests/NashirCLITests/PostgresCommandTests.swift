import Foundation
import NashirTestSupport
import Testing

/// The commands that already work on PostgreSQL, given a `postgres://` URL as `--db`, and the
/// others refusing it by name instead of making a file called «postgres:».
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresCommandTests {
    @Test func accountsAndTokensAreKeptOnPostgreSQL() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let added = try NashirProcess.run(["user", "add", "--db", url, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try NashirProcess.run(["user", "list", "--db", url])
        #expect(listed.stdout == "omar\teditor\tactive\tomar\n")
        let token = try NashirProcess.run(["token", "create", "--db", url, "--user", "omar", "--label", "wire script"])
        #expect(token.status == 0 && token.stdout.hasPrefix("nsr_"), "\(token.stderr)")
        #expect(try NashirProcess.run(["token", "list", "--db", url]).stdout.contains("omar\tactive"))
        let again = try NashirProcess.run(["user", "add", "--db", url, "--name", "OMAR", "--role", "writer", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
        #expect(again.status != 0 && again.stderr.contains("OMAR"))
    }

    @Test func otherCommandsRefuseAPostgresURLByName() throws {
        let folder = try TemporaryDirectory()
        let result = try NashirProcess.run(["import", "--db", "postgres://nashir:secret@127.0.0.1:1/news", try folder.write("in.jsonl", "{}")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("postgres://nashir:***@127.0.0.1:1/news: this command does not work on PostgreSQL yet"), "\(result.stderr)")
        #expect(!result.stderr.contains("secret"))
    }
}
