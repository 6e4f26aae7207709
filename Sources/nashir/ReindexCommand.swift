import ArgumentParser
import Foundation
import NashirDomain
import NashirSQLite

/// `nashir reindex`: rebuilds the search index, e.g. after an upgrade changes the Arabic analyser.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the full-text search index from the stored articles.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await openStore(database.db)
        let started = Date()
        Terminal.progress("rebuilding the search index…")
        try await store.reindex()
        Terminal.endProgress()
        let count = try await store.list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total
        print("indexed \(Terminal.count(count)) articles in \(ImportCommand.seconds(since: started))")
    }
}
