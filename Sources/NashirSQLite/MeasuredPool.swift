import CoreMetrics
import Foundation
import GRDB
import NashirDomain

/// The store's connection pool, timing every read and write (waiting for a connection
/// included) for the `nashir_database_seconds` metric, so an operator sees the database's
/// share of a slow page or save.
struct MeasuredPool: Sendable {
    let pool: DatabasePool
    /// The file, for the errors of writes it refuses.
    let path: String
    private let reads: CoreMetrics.Timer
    private let writes: CoreMetrics.Timer

    init(_ pool: DatabasePool, path: String) {
        self.pool = pool
        self.path = path
        reads = CoreMetrics.Timer(label: "nashir_database_seconds", dimensions: [("access", "read")])
        writes = CoreMetrics.Timer(label: "nashir_database_seconds", dimensions: [("access", "write")])
    }

    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { reads.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        return try await pool.read(value)
    }

    /// `value` read on a reader's thread, then `finish` given its result there, outside the read's
    /// time; this call returns at once. For a read begun from inside another: its thread must not
    /// wait for a second connection.
    func asyncRead<R>(_ value: @escaping @Sendable (Database) throws -> R, then finish: @escaping @Sendable (Result<R, any Error>) -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        pool.asyncRead { [reads] connection in
            let read = Result { try value(try connection.get()) }
            reads.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start))
            finish(read)
        }
    }

    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { writes.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        do {
            return try await pool.write(updates)
        } catch let error as DatabaseError where Self.refusesWrites(error) {
            throw StoreError.cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    /// Whether SQLite refused a write for want of room or of permission, not for its content.
    static func refusesWrites(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_READONLY].contains(error.resultCode)
    }

    /// The refusal in an operator's words.
    static func reason(_ error: DatabaseError) -> String {
        error.resultCode == .SQLITE_FULL ? "the disk or the database's size limit is full" : "the database is read-only"
    }

    func close() throws {
        try pool.close()
    }
}
