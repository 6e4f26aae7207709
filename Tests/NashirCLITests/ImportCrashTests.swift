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

    /// Runs `nashir import`, killed with SIGKILL after `delay` seconds if still running.
    private func importKilled(after delay: Double, db: String, files: [String]) async throws -> Bool {
        let process = Process()
        process.executableURL = NashirProcess.executable
        process.arguments = ["import", "--db", db] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return killed
    }

    @Test func killedAtRandomMomentsTheImportKeepsWholeFilesAndResumesWithoutDuplicates() async throws {
        let folder = try TemporaryDirectory()
        let inputs = try writeInput(in: folder)
        // How long a whole import takes here, so kills land before, during and near its end.
        let clean = folder.path("clean.sqlite")
        let started = Date()
        #expect(try NashirProcess.run(["import", "--db", clean] + inputs).status == 0)
        let whole = Date().timeIntervalSince(started)
        let exportClean = try NashirProcess.run(["export", "--db", clean, "--format", "jsonl"]).stdout
        #expect(!exportClean.isEmpty)
        var random = SeededRandom(seed: 14)
        var kills = 0
        for round in 0..<6 {
            // A fresh database each round: a rerun skips stories already in, so it would outrun a later kill.
            let db = folder.path("crash-\(round).sqlite")
            let delay = Double.random(in: 0.05...max(0.1, whole * 0.7), using: &random)
            if try await importKilled(after: delay, db: db, files: inputs) { kills += 1 }
            try Self.checkConsistent(db)
            let resumed = try NashirProcess.run(["import", "--db", db] + inputs)
            #expect(resumed.status == 0, "\(resumed.stderr)")
            try Self.checkConsistent(db)
            #expect(try Self.count(db) == Self.files * Self.perFile)
            #expect(try NashirProcess.run(["export", "--db", db, "--format", "jsonl"]).stdout == exportClean, "round \(round)")
        }
        // Under a heavy load a whole import can take much longer one time than the next.
        #expect(kills >= 2, "most runs should have been killed mid-way (a whole import took \(whole) s)")
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
