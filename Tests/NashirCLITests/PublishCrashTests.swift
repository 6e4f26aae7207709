import Foundation
import GRDB
import NashirTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `kill -9` in a burst of publishes through the API: every save the server confirmed is there
/// after the crash, no story is half saved, and the database is sound.
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

    @Test(.timeLimit(.minutes(2))) func killedDuringABurstOfPublishesLosesNothingConfirmed() async throws {
        let folder = try TemporaryDirectory()
        let db = folder.path("news.sqlite")
        #expect(try NashirProcess.run(["user", "add", "--db", db, "--name", "omar", "--role", "editor", "--password-stdin"], input: "كلمة-مرور-طويلة-جدا\n").status == 0)
        let token = try NashirProcess.run(["token", "create", "--db", db, "--user", "omar"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!token.isEmpty)
        var confirmed = Set<Int64>()
        var random = SeededRandom(seed: 9)
        var n = 0
        for round in 0..<3 {
            guard let (process, base, _) = try await ServeCommandTests.startServer(["--db", db, "--no-ingest"], in: folder) else { continue }
            let killAfter = Double.random(in: 0.2...0.8, using: &random)
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
                        }
                        return ids
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: .milliseconds(Int(killAfter * 1000)))
                    kill(process.processIdentifier, SIGKILL)
                    return []
                }
                return await group.reduce(into: []) { $0 += $1 }
            }
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the server finished before the kill")
            confirmed.formUnion(saved)
            try Self.check(db, confirmed: confirmed)
        }
        #expect(confirmed.count >= 10, "too few saves were confirmed before the kills to test anything")
    }

    /// Sound, every confirmed story there and whole (tags, search entry, its one revision row).
    private static func check(_ path: String, confirmed: Set<Int64>) throws {
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
}
