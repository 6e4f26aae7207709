import Foundation
import Logging
import PostgresNIO

extension PostgresConnection {
    /// Every row of `query`, each readable by column name.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRandomAccessRow] {
        try await self.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
    }

    /// The first row of `query`, if any.
    func row(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRandomAccessRow? {
        try await rows(query, logger: logger).first
    }

    /// Runs a statement whose rows, if any, nobody reads.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }
}

extension PostgresRandomAccessRow {
    /// A time, to the millisecond as the store keeps it: the server's microseconds would make a
    /// value read back differ from the one saved in the last bits.
    func get(_ column: String, as type: Date.Type = Date.self) throws -> Date {
        PostgresCoding.instant(try self[column].decode(Date.self))
    }

    /// An optional time, to the millisecond.
    func get(_ column: String, as type: Date?.Type = Date?.self) throws -> Date? {
        PostgresCoding.instant(try self[column].decode(Date?.self))
    }

    /// The value of `column` as `T`.
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}
