import ArgumentParser
import Foundation
import NashirDomain
import NashirPostgres
import NashirSQLite

/// A store the command line opened, on a SQLite file or a PostgreSQL server.
protocol CommandStore: NashirStore {
    /// What messages call it: the file's path, or the URL without its password.
    var name: String { get }
    /// Open for reading only (a SQLite file the process may not write).
    var isReadOnly: Bool { get }
    /// Where uploads go unless `--media` says: beside a SQLite file; for PostgreSQL, whose
    /// instances must share one folder, `media` in the working directory.
    var defaultMediaFolder: URL { get }
    /// Lets go of the database after the last request.
    func closeStore() throws
}

extension SQLiteStore: CommandStore {
    var name: String { path }
    var defaultMediaFolder: URL { URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("media") }
    func closeStore() throws { try close() }
}

extension PostgresStore: CommandStore {
    var name: String { location.description }
    var isReadOnly: Bool { false }
    var defaultMediaFolder: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("media") }
    func closeStore() throws { close() }
}

/// Opens the database `--db` names, a SQLite file or a `postgres://` URL, or exits with a
/// message naming it.
func openStore(_ db: String, readOnly: Bool = false) async throws -> any CommandStore {
    if PostgresLocation.isURL(db) {
        do { return try await PostgresStore(url: db) } catch {
            Terminal.error("\(error)")
            throw ExitCode.cannotCreate
        }
    }
    return try openSQLiteStore(db, readOnly: readOnly)
}

/// Opens a SQLite file for the commands that work on the file itself (backup, restore).
func openSQLiteStore(_ path: String, readOnly: Bool = false) throws -> SQLiteStore {
    if PostgresLocation.isURL(path) {
        Terminal.error("--db \(PostgresLocation.redacted(path)): this command works on a SQLite file; for PostgreSQL use pg_dump and pg_restore")
        throw ExitCode.validationFailure
    }
    do {
        return try SQLiteStore(path: path, readOnly: readOnly)
    } catch {
        Terminal.error("\(error)")
        throw ExitCode.cannotCreate
    }
}

/// The newsroom's accounts, sessions, tokens and audit log on either database.
func openNewsroomStore(_ db: String) async throws -> any NewsroomStore {
    try await openStore(db)
}
