import ArgumentParser
import Foundation
import NashirDomain
import NashirImport
import NashirSQLite

/// `nashir export`: every article as JSON Lines, in a form `nashir import` reads back unchanged.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every article, losslessly, as JSON Lines on standard output.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The output format (jsonl).")
    var format: Format = .jsonl

    func run() async throws {
        let store = try await openStore(database.db)
        let writer = JSONLinesWriter()
        try await store.forEachArticle(batchSize: 500) { articles in
            var chunk = ""
            for article in articles {
                chunk += writer.line(for: article)
                chunk += "\n"
            }
            FileHandle.standardOutput.write(Data(chunk.utf8))
        }
    }
}
