import ArgumentParser
import Foundation
import SearchEvaluation

/// Runs the known-item search evaluation and writes its Markdown report.
@main
struct SearchEvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-evaluation",
        abstract: "Known-item queries from corpus headlines, re-spelt as readers type them: MRR@10 and Success@10 of "
            + "Nashir's analyser, SQLite unicode61, Lucene's light10 and WordPress's LIKE on the same index.")

    @Option(help: "The corpus articles directory (*.jsonl).")
    var corpus = "../shared/corpus/articles"

    @Option(help: "Headlines in the mixed query set.")
    var queries = 2_000

    @Option(help: "Queries in each one-re-spelling set (0 skips them).")
    var perKind = 500

    @Option(help: "Seed of the query generator.")
    var seed: UInt64 = 1

    @Option(help: "Mixed queries also run as a full LIKE scan, to time it (0 skips).")
    var likeScanSample = 10

    @Option(help: "Run only the methods whose name contains this text (repeatable), e.g. \"product\"; all by default.")
    var method: [String] = []

    @Flag(help: "Skip fitting the product's ranking with one source held out.")
    var noFit = false

    @Option(help: "Broad words checked for freshness (0 skips).")
    var freshnessWords = 50

    @Option(help: "Where to write the Markdown report.")
    var output = "Benchmarks/results/search-evaluation.md"

    @Option(help: "An empty PostgreSQL database (postgres://user@host:port/db): also score the product path on a copy of the articles there, beside SQLite's (Benchmarks/search-evaluation.sh --postgres private starts a server of its own).")
    var postgres: String?

    @Option(help: "Also write every query a method missed, tab-separated, to this file.")
    var misses: String?

    @Option(help: "Also write every mixed and short query a method did not rank first, with what it ranked first, to this file.")
    var ranks: String?

    func run() throws {
        let machine = Self.machine()
        let directory = URL(fileURLWithPath: corpus)
        guard let files = try? Corpus.files(in: directory), !files.isEmpty else {
            FileHandle.standardError.write(Data("search-evaluation: \(CorpusError.absent(directory.standardized.path))\n".utf8))
            throw ExitCode(66)  // EX_NOINPUT
        }
        var options = EvaluationOptions(files: files)
        options.queryCount = queries
        options.perKindCount = perKind
        options.seed = seed
        options.likeScanSample = likeScanSample
        options.methodFilter = method
        options.fit = !noFit
        options.freshnessWords = freshnessWords
        options.postgres = postgres
        let result = try Evaluation.run(options) { FileHandle.standardError.write(Data(("==> " + $0 + "\n").utf8)) }

        let context = RunContext(
            date: ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]),
            commit: Self.commit(),
            // The script passes the command it was started with; run directly, argv is the command.
            command: ProcessInfo.processInfo.environment["SEARCH_EVALUATION_COMMAND"]
                ?? CommandLine.arguments.joined(separator: " "),
            machine: machine)
        let report = Report.markdown(result, context: context)
        print(report, terminator: "")
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: output).deletingLastPathComponent(), withIntermediateDirectories: true)
        try report.write(toFile: output, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("==> written to \(output)\n".utf8))
        if let ranks {
            try Report.ranks(result).write(toFile: ranks, atomically: true, encoding: .utf8)
        }
        if let misses {
            try Report.misses(result).write(toFile: misses, atomically: true, encoding: .utf8)
            FileHandle.standardError.write(Data("==> misses written to \(misses)\n".utf8))
        }
    }

    /// Cores and the load average at the start: other work on the machine slows every timing.
    static func machine() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ")
        return "\(cores) cores" + (load.map { ", load average \($0) at the start" } ?? "")
    }

    /// `git rev-parse --short HEAD`, or nil outside a repository.
    static func commit() -> String? {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "rev-parse", "--short", "HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        guard (try? git.run()) != nil else { return nil }
        git.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return git.terminationStatus == 0 && !out.isEmpty ? out : nil
    }
}
