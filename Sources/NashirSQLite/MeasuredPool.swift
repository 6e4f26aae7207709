import CoreMetrics
import Foundation
import GRDB

/// The store's connection pool, timing every read and write (waiting for a connection
/// included) for the `nashir_database_seconds` metric, so an operator sees the database's
/// share of a slow page or save.
struct MeasuredPool: Sendable {
    let pool: DatabasePool
    private let reads: CoreMetrics.Timer
    private let writes: CoreMetrics.Timer

    init(_ pool: DatabasePool) {
        self.pool = pool
        reads = CoreMetrics.Timer(label: "nashir_database_seconds", dimensions: [("access", "read")])
        writes = CoreMetrics.Timer(label: "nashir_database_seconds", dimensions: [("access", "write")])
    }

    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { reads.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        return try await pool.read(value)
    }

    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { writes.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        return try await pool.write(updates)
    }

    func close() throws {
        try pool.close()
    }
}
