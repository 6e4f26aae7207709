import Foundation
import GRDB
import NashirTestSupport
import Testing

/// `kill -9` in the middle of an import: what was committed stays, nothing is half there, and
/// running the same import again finishes it with nothing twice; on a SQLite file and on
/// PostgreSQL.
@Suite struct ImportCrashTests {
    static let files = 16
    static let perFile = 60

    /// Sixteen files of 60 stories each, fully dated, so two databases importing them export the same bytes.
    private func writeInput(in folder: TemporaryDirectory) throws -> [String] {
        try (0..<Self.files).map { file in
            let lines = (0..<Self.perFile).map { index in
                let n = file * Self.perFile + index
                let minute = String(format: "%02d", n % 60), hour = String(format: "%02d", (n / 60) % 24), day = String(format: "%02d", 1 + n / 1440)
                let time = "2024-03-\(day)T\(hour):\(minute):00.000Z"
                return #"{"id": "\#(n)", "source": "wire", "title": "خبر رقم \#(n) عن المجلس الرئاسي في طرابلس", "#
                    + #""body": "فقرة أولى عن الخبر \#(n).\n\nوأضاف المتحدث أن الاجتماع بحث المستجدات في ليبيا وتونس والجزائر.", "#
                    + #""date": "\#(time)", "created": "\#(time)", "updated": "\#(time)", "section": "arab", "tags": [{"slug": "libya", "name": "ليبيا"}]}"#
            }
            return try folder.write("wire-\(file).jsonl", lines.joined(separator: "\n"))
        }
    }

    /// Runs `nashir import` and kills it with SIGKILL once `files` files are committed and `jitter` more seconds have passed.
    ///
    /// Progress, not a clock, decides the moment: on a loaded machine one import can take three
    /// times as long as the next, so a delay measured once would often land after the end. The
    /// whole watch, kill included, runs on a thread of its own: other tests keep Swift
    /// concurrency's few threads busy, and a kill that waited for one of them landed after the end.
    /// Returns whether the kill found it running, and the stories seen committed before the kill.
    private static func importKilled(afterFiles target: Int, jitter: Double, db: String, inputs: [String]) async throws -> (killed: Bool, seen: Int) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try importKilledBlocking(afterFiles: target, jitter: jitter, db: db, inputs: inputs) })
            }
        }
    }

    private static func importKilledBlocking(afterFiles target: Int, jitter: Double, db: String, inputs: [String]) throws -> (killed: Bool, seen: Int) {
        let progress = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-import-\(UUID().uuidString).progress").path
        defer { try? FileManager.default.removeItem(atPath: progress) }
        // With --json, `nashir import` writes a line to stderr (unbuffered) as each file's
        // transaction commits, on either store: counting them needs no look into the database.
        let child = try SpawnedProcess.start(
            NashirProcess.executable.path, ["import", "--json", "--db", db] + inputs, environment: NashirProcess.environment,
            stdin: "/dev/null", stdout: "/dev/null", stderr: progress)
        var files = -1, ended: Int32?
        while ended == nil, files < target {
            let text = String(decoding: FileManager.default.contents(atPath: progress) ?? Data(), as: UTF8.self)
            files = text.split(separator: "\n").filter { $0.contains(" created, ") }.count
            ended = child.status()
            usleep(5_000)
        }
        usleep(useconds_t(jitter * 1_000_000))
        if ended == nil { ended = child.status() }
        let killed = ended == nil
        if killed {
            kill(child.pid, SIGKILL)
            _ = child.wait()
        }
        return (killed, files * perFile)
    }

    /// Stories committed so far, or nil while the database or its tables are not there yet.
    private static func committed(_ kind: DatabaseKind, _ db: String) async -> Int? {
        await kind.integer(db, "SELECT COUNT(*) FROM article")
    }

    @Test(arguments: DatabaseKind.available)
    func killedAtRandomMomentsTheImportKeepsWholeFilesAndResumesWithoutDuplicates(_ kind: DatabaseKind) async throws {
        let folder = try TemporaryDirectory()
        let inputs = try writeInput(in: folder)
        let clean = try await kind.fresh("clean", in: folder)
        let cleanImport = try await NashirProcess.run(["import", "--db", clean] + inputs)
        #expect(cleanImport.status == 0, "\(cleanImport.stderr)")
        let exportClean = try await NashirProcess.run(["export", "--db", clean, "--format", "jsonl"]).stdout
        #expect(!exportClean.isEmpty)
        var random = SeededRandom(seed: 14)
        // Round 0 kills before the first commit (during the schema's creation or the first file).
        let plans = (0..<6).map { round in
            (round: round, files: round == 0 ? 0 : Int.random(in: 1...(Self.files / 2), using: &random), jitter: Double.random(in: 0...0.03, using: &random))
        }
        // The rounds run side by side (a PostgreSQL import waits on the server more than it
        // computes), each on a fresh database: a rerun skips stories already in, so it would
        // outrun a later kill.
        let kills = try await withThrowingTaskGroup(of: Bool.self) { group in
            for plan in plans {
                group.addTask {
                    try await Self.round(plan.round, killAfterFiles: plan.files, jitter: plan.jitter, kind: kind, folder: folder, inputs: inputs, exportClean: exportClean)
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        // At least half the files remain when the kill is due; only a long stall of the test itself lets the import finish first.
        #expect(kills >= 4, "most runs should have been killed mid-way (\(kills) of 6 were)")
    }

    /// One import killed and resumed on a fresh database: consistent after the kill, with all it
    /// was seen to commit, and after the rerun complete and exported as the clean import is.
    /// Returns whether the kill found the import running.
    private static func round(
        _ round: Int, killAfterFiles files: Int, jitter: Double, kind: DatabaseKind, folder: TemporaryDirectory, inputs: [String], exportClean: String
    ) async throws -> Bool {
        let db = try await kind.fresh("crash-\(round)", in: folder)
        let (killed, seen) = try await importKilled(afterFiles: files, jitter: jitter, db: db, inputs: inputs)
        try await checkConsistent(kind, db, round: round)
        // What was seen committed before the kill is still there.
        let afterKill = await committed(kind, db) ?? 0
        #expect(afterKill >= seen, "round \(round): \(seen) stories were committed before the kill, \(afterKill) after")
        let resumed = try await NashirProcess.run(["import", "--db", db] + inputs)
        #expect(resumed.status == 0, "round \(round): \(resumed.stderr)")
        try await checkConsistent(kind, db, round: round)
        let stored = await committed(kind, db)
        #expect(stored == Self.files * perFile, "round \(round)")
        #expect(try await NashirProcess.run(["export", "--db", db, "--format", "jsonl"]).stdout == exportClean, "round \(round)")
        return killed
    }

    private static func checkConsistent(_ kind: DatabaseKind, _ db: String, round: Int) async throws {
        switch kind {
        case .sqlite: try checkConsistent(sqlite: db)
        case .postgres: try await checkConsistent(postgres: db, round: round)
        }
    }

    /// Whole, every stored story's file whole, each story once, its tags and index entries there.
    private static func checkConsistent(sqlite path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            guard try db.tableExists("article") else { return }
            // Killed between two of the schema's migrations (a transaction each): no story can be in yet.
            guard try db.tableExists("search_key") else {
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") == 0)
                return
            }
            // Files are imported one transaction each: a story's file is all there or not at all.
            let perFile = try Row.fetchAll(db, sql: "SELECT CAST(origin_key AS INTEGER) / \(perFile) AS file, COUNT(*) AS n FROM article GROUP BY file")
            for row in perFile { #expect(row["n"] as Int == Self.perFile, "file \(row["file"] as Int) is half imported") }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) - COUNT(DISTINCT origin_key) FROM article") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_key k WHERE k.article_id = a.id)") == 0)
        }
    }

    /// The same on PostgreSQL: every stored story's file whole, each story once, with its
    /// section, its tags, its search document and content that reads as JSON.
    private static func checkConsistent(postgres url: String, round: Int) async throws {
        // Killed before the schema's transaction committed: nothing there, nothing to check.
        guard try await PostgresTestServer.query(url, "SELECT to_regclass('article') IS NOT NULL") == [["t"]] else { return }
        let halfFiles = try await PostgresTestServer.query(url, """
            SELECT origin_key::bigint / \(perFile) AS file, COUNT(*) FROM article GROUP BY file HAVING COUNT(*) <> \(perFile) ORDER BY file
            """)
        #expect(halfFiles.isEmpty, "round \(round): half imported files ([file, stories]): \(halfFiles)")
        let checks: [(String, String)] = [
            ("duplicate origins", "SELECT COUNT(*) - COUNT(DISTINCT (origin_source, origin_key)) FROM article"),
            ("stories without their section", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.id = a.section_id)"),
            ("stories without tags", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)"),
            ("stories without a search document", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_document d WHERE d.article_id = a.id)"),
            ("search documents without a story", "SELECT COUNT(*) FROM search_document d WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = d.article_id)"),
            // A cast that fails fails the query, and with it the check.
            ("stories whose content is not JSON", "SELECT COUNT(*) FROM article WHERE content::jsonb IS NULL"),
        ]
        let sql = "SELECT " + checks.map { "(\($0.1))" }.joined(separator: ", ")
        let counts = try await PostgresTestServer.query(url, sql).first ?? []
        #expect(counts.count == checks.count)
        for (check, count) in zip(checks, counts) { #expect(count == "0", "round \(round): \(check.0): \(count)") }
    }
}
