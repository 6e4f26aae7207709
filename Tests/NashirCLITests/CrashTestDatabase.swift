import Foundation
import GRDB
import NashirTestSupport
import Testing

/// The database a crash test kills `nashir` against: a SQLite file, or a fresh database on the
/// tests' PostgreSQL server (given to `--db` as a `postgres://` URL).
enum DatabaseKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// The kinds this machine can test: PostgreSQL only when `PostgresTestServer` can have a
    /// server, so without one its cases are left out rather than failed.
    static var available: [DatabaseKind] { PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite] }

    /// A new, empty database for `--db`: a file path in `folder` (not created yet), or the URL of
    /// a fresh database on the test server.
    func fresh(_ name: String, in folder: TemporaryDirectory) async throws -> String {
        switch self {
        case .sqlite: folder.path(name + ".sqlite")
        case .postgres: try await PostgresTestServer.freshDatabase()
        }
    }

    /// The one integer `sql` selects, or nil while the database or the tables it reads are not
    /// there yet (or it cannot be read at this moment); a SQLite file is opened for reading only.
    func integer(_ db: String, _ sql: String) async -> Int? {
        switch self {
        case .sqlite:
            return Self.sqliteInteger(db, sql)
        case .postgres:
            guard let rows = try? await PostgresTestServer.query(db, sql) else { return nil }
            return rows.first?.first.flatMap { Int($0) }
        }
    }

    /// `integer` on a SQLite file, without suspending: for watchers on threads of their own.
    static func sqliteInteger(_ db: String, _ sql: String) -> Int? {
        guard FileManager.default.fileExists(atPath: db) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: db, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { try Int.fetchOne($0, sql: sql) }
    }
}
