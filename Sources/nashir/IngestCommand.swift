import ArgumentParser
import Foundation
import NashirIngest
import NashirSQLite

/// `nashir ingest`: one poll of every due source, for cron or a first look at a new feed.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Poll every due feed source once.",
        discussion: "Exits with 65 when any source failed; the others are still read and saved.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Poll every source, due or not.")
    var all = false

    func run() async throws {
        let store = try await openStore(database.db)
        let poller = FeedPoller(store: store, fetcher: HTTPFeedFetcher(), read: FeedReaders.standard)
        let outcomes = try await poller.pollDue(everySource: all)
        if outcomes.isEmpty { Terminal.note("no source is due (nashir sources list shows when each is next)") }
        var failed = false
        for outcome in outcomes {
            if let problem = outcome.problem {
                Terminal.error("\(outcome.source): \(problem)")
                failed = true
            } else if outcome.notModified {
                print("\(outcome.source): not modified")
            } else {
                print("\(outcome.source): \(outcome.created) new, \(outcome.updated) updated, \(outcome.held) held for editors, \(outcome.unchanged) unchanged")
            }
        }
        if failed { throw ExitCode.dataError }
    }
}
