import Foundation
import NashirTestSupport
import Testing

/// `nashir user` and `nashir token` from a shell.
@Suite struct UserCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test func accountsAreAddedListedChangedAndDisabled() async throws {
        let added = try await NashirProcess.run(["user", "add", "--db", db, "--name", "amal", "--role", "writer", "--display-name", "أمل", "--password-stdin"],
                                          input: "a-long-password\n")
        #expect(added.status == 0, "\(added.stderr)")
        let twice = try await NashirProcess.run(["user", "add", "--db", db, "--name", "AMAL", "--role", "editor", "--password-stdin"], input: "a-long-password\n")
        #expect(twice.status == 65 && twice.stderr.contains("already taken"))
        let short = try await NashirProcess.run(["user", "add", "--db", db, "--name", "huda", "--role", "writer", "--password-stdin"], input: "short\n")
        #expect(short.status == 65 && short.stderr.contains("at least 10 characters"))
        let onCommandLine = try await NashirProcess.run(["user", "add", "--db", db, "--name", "huda", "--role", "writer"])
        #expect(onCommandLine.status != 0 && onCommandLine.stderr.contains("--password-stdin"))
        let badRole = try await NashirProcess.run(["user", "add", "--db", db, "--name", "huda", "--role", "boss", "--password-stdin"], input: "a-long-password\n")
        #expect(badRole.status != 0 && badRole.stderr.contains("copy-editor"))
        #expect(try await NashirProcess.run(["user", "set-role", "--db", db, "--name", "amal", "--role", "copy-editor"]).status == 0)
        #expect(try await NashirProcess.run(["user", "reset-password", "--db", db, "--name", "amal", "--password-stdin"], input: "another-long-one\n").status == 0)
        #expect(try await NashirProcess.run(["user", "disable", "--db", db, "--name", "amal"]).status == 0)
        let list = try await NashirProcess.run(["user", "list", "--db", db, "--json"])
        let users = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(users.count == 1)
        #expect(users.first?["role"] as? String == "copy-editor")
        #expect(users.first?["disabled"] as? Bool == true)
        #expect(users.first?["display_name"] as? String == "أمل")
        #expect(users.first?["password_hash"] == nil)
        let missing = try await NashirProcess.run(["user", "disable", "--db", db, "--name", "nobody"])
        #expect(missing.status == 65 && missing.stderr.contains("no user named nobody"))
    }

    @Test func aTokenIsPrintedOnceStoredHashedAndRevocable() async throws {
        _ = try await NashirProcess.run(["user", "add", "--db", db, "--name", "omar", "--role", "editor", "--password-stdin"], input: "a-long-password\n")
        let created = try await NashirProcess.run(["token", "create", "--db", db, "--user", "omar", "--label", "wire script"])
        #expect(created.status == 0, "\(created.stderr)")
        let secret = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("nsr_") && secret.count > 40)
        let listed = try await NashirProcess.run(["token", "list", "--db", db])
        #expect(listed.stdout.contains("omar") && listed.stdout.contains("active") && !listed.stdout.contains(secret))
        let database = try String(contentsOfFile: db, encoding: .isoLatin1)
        #expect(!database.contains(secret))
        #expect(try await NashirProcess.run(["token", "revoke", "--db", db, "1"]).status == 0)
        #expect(try await NashirProcess.run(["token", "list", "--db", db]).stdout.contains("revoked"))
        #expect(try await NashirProcess.run(["token", "revoke", "--db", db, "7"]).status == 65)
    }
}
