import Foundation
import GRDB
import NashirTestSupport
import Synchronization
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `kill -9` in a burst of publishes through the API: every save the server confirmed is there
/// after the crash, no story is half saved, and the database is sound; on a SQLite file and on
/// PostgreSQL.
@Suite struct PublishCrashTests {
    /// Publishes one story through the API; its id when the server confirmed it (201), nil otherwise.
    private static func publish(_ n: Int, base: String, token: String) async -> Int64? {
        guard let url = URL(string: base + "/api/v1/articles") else { return nil }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.timeoutInterval = 5
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"headline":"عاجل رقم \#(n) من طرابلس","section":"أخبار","status":"published","tags":["ليبيا"],"body":[{"type":"paragraph","text":"فقرة أولى من الخبر \#(n)."},{"type":"paragraph","text":"فقرة ثانية."}]}"#.utf8)
        guard let (body, response) = try? await URLSession.shared.data(for: request), (response as? HTTPURLResponse)?.statusCode == 201,
              let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any], let id = object["id"] as? Int else { return nil }
        return Int64(id)
    }

    // The limit only catches a hang: in the suite's first minutes the account and token commands
    // wait their turn behind other tests' commands (NashirProcess runs two at once), and a
    // PostgreSQL run on loaded cores took over two minutes.
    @Test(.timeLimit(.minutes(5)), arguments: DatabaseKind.available)
    func killedDuringABurstOfPublishesLosesNothingConfirmed(_ kind: DatabaseKind) async throws {
        let folder = try TemporaryDirectory()
        let db = try await kind.fresh("news", in: folder)
        let added = try await NashirProcess.run(["user", "add", "--db", db, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n")
        #expect(added.status == 0, "\(added.stderr)")
        let token = try await NashirProcess.run(["token", "create", "--db", db, "--user", "omar"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!token.isEmpty)
        var confirmed = Set<Int64>()
        var random = SeededRandom(seed: 9)
        var n = 0
        for round in 0..<3 {
            // The media folder named: for PostgreSQL it would otherwise be the working directory's.
            let arguments = ["--db", db, "--no-ingest", "--media", folder.path("media")]
            guard let (process, base, _) = try await ServeCommandTests.startServer(arguments, in: folder) else { continue }
            // Progress, not a clock, decides the moment (as in ImportCrashTests): once this many
            // saves are confirmed, and a little later, while the other writers' saves are in flight.
            let killAfterSaves = Int.random(in: 4...12, using: &random)
            let jitter = Int.random(in: 0...50, using: &random)
            let confirmedThisRound = Counter()
            let first = n
            n += 400
            // Eight writers at once until the kill.
            let saved = await withTaskGroup(of: [Int64].self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        var ids: [Int64] = []
                        for story in stride(from: first + writer, to: first + 400, by: 8) {
                            guard let id = await Self.publish(story, base: base, token: token) else { break }
                            ids.append(id)
                            confirmedThisRound.add()
                        }
                        return ids
                    }
                }
                group.addTask {
                    // A server too slow to confirm anything in half a minute is killed all the same.
                    let deadline = ContinuousClock.now + .seconds(30)
                    while confirmedThisRound.value < killAfterSaves, ContinuousClock.now < deadline {
                        try? await Task.sleep(for: .milliseconds(5))
                    }
                    try? await Task.sleep(for: .milliseconds(jitter))
                    kill(process.pid, SIGKILL)
                    return []
                }
                return await group.reduce(into: []) { $0 += $1 }
            }
            process.forceStop()
            #expect(process.terminationStatus == 128 + SIGKILL, "round \(round): the server finished before the kill")
            confirmed.formUnion(saved)
            switch kind {
            case .sqlite: try Self.check(sqlite: db, confirmed: confirmed)
            case .postgres: try await Self.check(postgres: db, confirmed: confirmed, round: round)
            }
        }
        #expect(confirmed.count >= 10, "too few saves were confirmed before the kills to test anything")
    }

    /// Saves confirmed so far, shared by the writers and the task that kills the server.
    private final class Counter: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func add() { count.withLock { $0 += 1 } }
    }

    /// Sound, every confirmed story there and whole (tags, search entry, its one revision row).
    private static func check(sqlite path: String, confirmed: Set<Int64>) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let stored = Set(try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE status = 'published'"))
            #expect(confirmed.isSubset(of: stored), "\(confirmed.subtracting(stored).count) confirmed saves are missing")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_key k WHERE k.article_id = a.id)") == 0)
        }
    }

    /// The same on PostgreSQL: every confirmed story there and published, and every story whole
    /// (its section, tags, search document, content that reads as JSON).
    private static func check(postgres url: String, confirmed: Set<Int64>, round: Int) async throws {
        let stored = Set(try await PostgresTestServer.query(url, "SELECT id FROM article WHERE status = 'published'").compactMap { $0.first.flatMap { Int64($0) } })
        let missing = confirmed.subtracting(stored)
        #expect(missing.isEmpty, "round \(round): \(missing.count) confirmed saves are missing: \(missing.sorted().prefix(20))")
        let checks: [(String, String)] = [
            ("stories without their section", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.id = a.section_id)"),
            ("stories without tags", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)"),
            ("stories without a search document", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_document d WHERE d.article_id = a.id)"),
            ("duplicate origins", "SELECT COUNT(*) - COUNT(DISTINCT (origin_source, origin_key)) FROM article"),
            // A cast that fails fails the query, and with it the check.
            ("stories whose content is not JSON", "SELECT COUNT(*) FROM article WHERE content::jsonb IS NULL"),
        ]
        let counts = try await PostgresTestServer.query(url, "SELECT " + checks.map { "(\($0.1))" }.joined(separator: ", ")).first ?? []
        #expect(counts.count == checks.count)
        for (check, count) in zip(checks, counts) { #expect(count == "0", "round \(round): \(check.0): \(count)") }
    }
}
