import ArgumentParser
import Foundation
import NashirDomain
import NashirPostgres

/// `nashir copy`: moves a whole newsroom between SQLite and PostgreSQL, either way.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy everything from one database to another: SQLite to PostgreSQL, or back.",
        discussion: """
            Articles with their revisions, held agency versions and story groups, accounts with their password hashes, sessions, \
            hashed API tokens, media records, sources, settings, reads and the audit log, every id kept so addresses, sessions \
            and tokens go on working. The destination must hold no article and no account; the source is only read.
            """)

    @Option(help: "The database to copy from: a SQLite file or a postgres:// URL.")
    var from: String

    @Option(help: "The database to copy into (a SQLite file is created when missing).")
    var to: String

    func run() async throws {
        if !PostgresLocation.isURL(from), !FileManager.default.fileExists(atPath: from) {
            Terminal.error("--from \(from): no such database")
            throw ExitCode(66)
        }
        let source = try await openStore(from)
        let destination = try await openStore(to)
        guard try await destination.holdsNothing() else {
            Terminal.error("--to \(destination.name) holds articles or accounts already; copy only into an empty database")
            throw ExitCode.validationFailure
        }
        let started = Date()
        do {
            let summary = try await source.copy(into: destination)
            print("\(source.name) → \(destination.name): \(Terminal.describe(summary)) in \(ImportCommand.seconds(since: started))")
        } catch {
            Terminal.error("copying into \(destination.name) stopped: \(error); what was copied so far stays there, so empty it before copying again")
            throw ExitCode.failure
        }
        try? source.closeStore()
        try? destination.closeStore()
    }
}
