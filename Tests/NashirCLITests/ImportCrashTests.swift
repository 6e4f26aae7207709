import Foundation
import GRDB
import NashirTestSupport
import Testing

/// `kill -9` in the middle of an import: what was committed stays, nothing is half there, and
/// running the same import again finishes it with nothing twice.
@Suite struct ImportCrashTests {
    static let files = 16
    static let perFile = 120

    /// Sixteen files of 120 stories each, fully dated, so two databases importing them export the same bytes.
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
    /// times as long as the next, so a delay measured once would often land after the end.
    private func importKilled(afterFiles files: Int, jitter: Double, db: String, inputs: [String]) async throws -> Bool {
        let process = Process()
        process.executableURL = NashirProcess.executable
        process.arguments = ["import", "--db", db] + inputs
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, (Self.committed(db) ?? -1) < files * Self.perFile {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await Task.sleep(for: .milliseconds(Int(jitter * 1000)))
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return killed
    }

    /// Stories committed so far, or nil while the database or its tables are not there yet.
    private static func committed(_ path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") }
    }

    @Test func killedAtRandomMomentsTheImportKeepsWholeFilesAndResumesWithoutDuplicates() async throws {
        let folder = try TemporaryDirectory()
        let inputs = try writeInput(in: folder)
        let clean = folder.path("clean.sqlite")
        #expect(try NashirProcess.run(["import", "--db", clean] + inputs).status == 0)
        let exportClean = try NashirProcess.run(["export", "--db", clean, "--format", "jsonl"]).stdout
        #expect(!exportClean.isEmpty)
        var random = SeededRandom(seed: 14)
        var kills = 0
        for round in 0..<6 {
            // A fresh database each round: a rerun skips stories already in, so it would outrun a later kill.
            let db = folder.path("crash-\(round).sqlite")
            // Round 0 kills before the first commit (during the schema's creation or the first file).
            let files = round == 0 ? 0 : Int.random(in: 1...(Self.files - 3), using: &random)
            let jitter = Double.random(in: 0...0.03, using: &random)
            if try await importKilled(afterFiles: files, jitter: jitter, db: db, inputs: inputs) { kills += 1 }
            try Self.checkConsistent(db)
            let resumed = try NashirProcess.run(["import", "--db", db] + inputs)
            #expect(resumed.status == 0, "\(resumed.stderr)")
            try Self.checkConsistent(db)
            #expect(try Self.count(db) == Self.files * Self.perFile)
            #expect(try NashirProcess.run(["export", "--db", db, "--format", "jsonl"]).stdout == exportClean, "round \(round)")
        }
        // At least two files remain when the kill is sent; only a stall of the test itself lets one finish first.
        #expect(kills >= 4, "most runs should have been killed mid-way (\(kills) of 6 were)")
    }

    /// Whole, every stored story's file whole, each story once, its tags and index entries there.
    private static func checkConsistent(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            guard try db.tableExists("article") else { return }
            // Files are imported one transaction each: a story's file is all there or not at all.
            let perFile = try Row.fetchAll(db, sql: "SELECT CAST(origin_key AS INTEGER) / \(perFile) AS file, COUNT(*) AS n FROM article GROUP BY file")
            for row in perFile { #expect(row["n"] as Int == Self.perFile, "file \(row["file"] as Int) is half imported") }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) - COUNT(DISTINCT origin_key) FROM article") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id)") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM search_key k WHERE k.article_id = a.id)") == 0)
        }
    }

    private static func count(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }
}
