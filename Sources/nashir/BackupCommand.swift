import ArgumentParser
import Foundation
import NashirSQLite

/// `nashir backup`: a consistent copy of the whole database, taken while the site serves.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database (articles, accounts, settings, media records, sources, history) into a new file.",
        discussion: "The copy is SQLite's online backup: a running server keeps serving and saving. The file is checked before it takes its name; an existing file is never overwritten.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The backup file to create.")
    var file: String

    func run() async throws {
        let store = try openSQLiteStore(database.db)
        let started = Date()
        do {
            let summary = try await store.backup(to: file)
            print("\(file): \(Terminal.count(summary.articles)) articles, \(Terminal.count(summary.users)) accounts, \(Terminal.count(Int(summary.bytes))) bytes in \(ImportCommand.seconds(since: started))")
        } catch let error as BackupError {
            Terminal.error(error.description)
            throw ExitCode.cannotCreate
        }
    }
}

/// `nashir restore`: puts a backup back, replacing what the database holds.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database's content with a backup made by `nashir backup`.",
        discussion: "The backup is checked first (whole, Nashir's, not from a newer version); a refused or failed restore changes nothing. Running servers notice and drop their page caches.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The backup file to restore.")
    var file: String

    @Flag(help: "Replace an existing database.")
    var force = false

    func run() async throws {
        if FileManager.default.fileExists(atPath: database.db), !force {
            Terminal.error("\(database.db) exists: restoring replaces everything in it; add --force to go on")
            throw ExitCode.validationFailure
        }
        let started = Date()
        do {
            let summary = try SQLiteStore.restore(from: file, into: database.db)
            print("\(database.db): restored \(Terminal.count(summary.articles)) articles and \(Terminal.count(summary.users)) accounts from \(file) in \(ImportCommand.seconds(since: started))")
        } catch let error as BackupError {
            Terminal.error(error.description)
            throw ExitCode.dataError
        }
    }
}
