import Foundation
import NashirTestSupport
import Testing

/// schemathesis (PyPI) generates requests from `/api/v1/openapi.json` against a real server
/// with a valid administrator's token: no answer may be a 5xx or stray from the document.
/// Skipped when schemathesis is not installed (.ci/run installs it).
@Suite struct SchemathesisTests {
    static let executable = ExternalCheck.executable("schemathesis")

    @Test(.enabled(if: executable != nil, "schemathesis is not installed"))
    func theAPIKeepsItsDocumentUnderGeneratedRequests() async throws {
        let folder = try TemporaryDirectory()
        let db = folder.path("api.sqlite")
        let seed = Fixtures.seedURL.path
        if FileManager.default.fileExists(atPath: seed) { _ = try await NashirProcess.run(["import", "--db", db, seed]) }
        let added = try await NashirProcess.run(["user", "add", "--db", db, "--name", "root", "--role", "administrator", "--password-stdin"], input: "a-long-password\n")
        #expect(added.status == 0, "\(added.stderr)")
        let token = try await NashirProcess.run(["token", "create", "--db", db, "--user", "root"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<3 {
            let port = try FreePort.pick()
            let server = try RunningProcess(
                NashirProcess.executable.path, ["serve", "--db", db, "--port", "\(port)"],
                environment: NashirProcess.environment.merging(["NASHIR_BCRYPT_COST": "4"]) { _, new in new })
            defer { server.stop() }
            let document = "http://127.0.0.1:\(port)/api/v1/openapi.json"
            var up = false
            for _ in 0..<100 where server.isRunning {
                if (try? await ServeCommandTests.fetch(document))?.status == 200 { up = true; break }
                try await Task.sleep(for: .milliseconds(100))
            }
            guard up else { continue }
            // schemathesis keeps a cache in its working directory: the test's folder, not the clone.
            // A minute or two of waiting, on a Dispatch thread.
            let run = try await ExternalProgram.run(
                try #require(Self.executable),
                [
                    "run", document, "--header", "Authorization: Bearer \(token)",
                    "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                    "--phases", "coverage,fuzzing,stateful", "--max-examples", "10", "--seed", "7", "--request-timeout", "10",
                ],
                environment: ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""]) { _, new in new },
                directory: folder.url.path)
            let text = String(decoding: run.stdout, as: UTF8.self) + run.stderr
            #expect(run.status == 0, "schemathesis found failures:\n\(text.suffix(6000))")
            #expect(text.contains("passed"))
            return
        }
        Issue.record("the server did not start on any of three ports")
    }
}
