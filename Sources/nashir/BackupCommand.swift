import ArgumentParser
import Foundation
import NashirDomain
import NashirPostgres
import NashirSQLite

/// `nashir backup`: a consistent copy of the whole database, taken while the site serves.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database (articles, accounts, settings, media records, sources, history) into a new file.",
        discussion: "From SQLite, the copy is SQLite's online backup; from PostgreSQL, every record is copied through the store into a new SQLite file that any Nashir opens. A running server keeps serving and saving. The file is checked before it takes its name; an existing file is never overwritten.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The backup file to create.")
    var file: String

    func run() async throws {
        if PostgresLocation.isURL(database.db) { return try await backUpPostgres() }
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
        if PostgresLocation.isURL(database.db) { return try await restorePostgres() }
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

extension BackupCommand {
    /// PostgreSQL's backup: every record copied through the store into a new SQLite file,
    /// written under a temporary name and renamed when whole.
    func backUpPostgres() async throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            Terminal.error("\(file) exists; a backup never overwrites a file")
            throw ExitCode.cannotCreate
        }
        let source = try await openStore(database.db)
        let partial = file + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        let started = Date()
        do {
            let copy = try SQLiteStore(path: partial)
            let summary = try await source.copy(into: copy)
            try copy.close()
            try FileManager.default.moveItem(atPath: partial, toPath: file)
            print("\(file): \(Terminal.describe(summary)) from \(source.name) in \(ImportCommand.seconds(since: started))")
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            Terminal.error("backing up \(source.name) into \(file) failed: \(error); no file was left")
            throw ExitCode.cannotCreate
        }
    }
}

extension RestoreCommand {
    /// PostgreSQL's restore: the backup (a SQLite file) copied in through the store, over an
    /// empty database, or over an existing one with --force.
    func restorePostgres() async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            Terminal.error("\(file): no such backup")
            throw ExitCode.dataError
        }
        let backup: SQLiteStore
        do { backup = try SQLiteStore(path: file, readOnly: true) } catch {
            Terminal.error("\(file) is not a Nashir backup: \(error)")
            throw ExitCode.dataError
        }
        guard let store = try await openStore(database.db) as? PostgresStore else { throw ExitCode.failure }
        if try await !store.holdsNothing() {
            guard force else {
                Terminal.error("\(store.name) holds articles or accounts: restoring replaces everything in it; add --force to go on")
                throw ExitCode.validationFailure
            }
            try await store.removeEverything()
        }
        let started = Date()
        do {
            let summary = try await backup.copy(into: store)
            print("\(store.name): restored \(Terminal.describe(summary)) from \(file) in \(ImportCommand.seconds(since: started))")
        } catch {
            Terminal.error("restoring \(file) into \(store.name) stopped: \(error); run the restore again with --force")
            throw ExitCode.failure
        }
    }
}
