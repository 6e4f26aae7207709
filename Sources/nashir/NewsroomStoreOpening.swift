import ArgumentParser
import NashirDomain
import NashirPostgres
import NashirSQLite

/// Opens the newsroom's accounts, sessions, tokens and audit log for a `--db` that is a SQLite
/// file or a `postgres://` URL, or exits with a message naming it.
func openNewsroomStore(_ db: String) async throws -> any NewsroomStore {
    guard PostgresLocation.isURL(db) else { return try openStore(db) }
    do {
        return try await PostgresStore(url: db)
    } catch {
        Terminal.error("\(error)")
        throw ExitCode.cannotCreate
    }
}
