import Foundation
import Logging
import NashirDomain
import NIOSSL
import PostgresNIO
import Synchronization

/// Nashir's PostgreSQL database, for several instances on one server: the store protocols of
/// the domain over a pool of connections, every write one transaction.
public final class PostgresStore: Sendable {
    /// Where the store is, for messages (without the password).
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    /// Where the times of saves, accounts and settings changes come from.
    let clock: TimeSource
    private let running: Task<Void, Never>
    /// When a request last gave up waiting for a connection: for a moment after that, requests
    /// fail at once instead of each waiting again, so a page needing two reads is not twice as slow.
    private let outage = Outage()
    /// The weeks' document counts searches size their windows by, shared for a second.
    let weekCounts = WeekCounts()

    /// Connects to the database at `location` and brings its schema up to date; a server that
    /// cannot be reached or refuses the account is `StoreError.cannotOpen`, named by its URL.
    public init(location: PostgresLocation, clock: TimeSource = .system) async throws {
        self.location = location
        self.clock = clock
        var logger = Logger(label: "nashir.postgres")
        logger.logLevel = .error
        self.logger = logger
        var configuration: PostgresClient.Configuration
        if let folder = location.socketFolder {
            configuration = .init(
                unixSocketPath: "\(folder)/.s.PGSQL.\(location.port)", username: location.user, password: location.password,
                database: location.database)
        } else {
            let tls: PostgresClient.Configuration.TLS = switch location.tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
            configuration = .init(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: tls)
        }
        configuration.options.maximumConnections = location.pool
        configuration.options.connectTimeout = .seconds(10)
        // One connection first, to migrate and to fail at once: the pool would keep retrying
        // a server that is not there, or a password it refuses, for as long as asked.
        do {
            let connection = try await PostgresConnection.connect(configuration: try Self.connection(location), id: 0, logger: logger)
            do { try await PostgresSchema.migrate(connection, logger: logger) } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch {
            throw StoreError.cannotOpen(path: location.description, reason: PostgresStore.explain(error))
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
        do {
            try await write { connection in try await Self.bringIndexUpToDate(on: connection, logger: self.logger) }
        } catch {
            running.cancel()
            throw StoreError.cannotOpen(path: location.description, reason: PostgresStore.explain(error))
        }
    }

    /// The single connection's settings for `location`.
    private static func connection(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let folder = location.socketFolder {
            configuration = .init(
                unixSocketPath: "\(folder)/.s.PGSQL.\(location.port)", username: location.user, password: location.password,
                database: location.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS = switch location.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = .init(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// Opens the database a `postgres://` URL names.
    public convenience init(url: String, clock: TimeSource = .system) async throws {
        let location: PostgresLocation
        do { location = try PostgresLocation(url: url) } catch { throw StoreError.cannotOpen(path: url, reason: error.problem) }
        try await self.init(location: location, clock: clock)
    }

    /// Closes every connection; a later call on the store fails.
    public func close() {
        running.cancel()
    }

    deinit { running.cancel() }

    /// How long a request waits for a connection before it fails: with the server down, a page
    /// gets an error page in seconds rather than hanging until the server is back.
    static let connectionWait: Duration = .seconds(5)
    /// How long after a failed wait requests fail at once.
    static let outageHold: Duration = .seconds(2)

    /// A read on one pooled connection; repeated once on another when its connection is lost.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await leased(body)
        } catch is ConnectionLoss {
            // A connection the server closed is found out only by using it; the pool replaces it.
            return try await withLossReported { try await leased(body) }
        }
    }

    /// `body` on a leased connection, or `StoreError.cannotOpen` when none comes in time.
    private func leased<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        if outage.isRecent(within: Self.outageHold) {
            throw StoreError.cannotOpen(path: location.description, reason: "the server gave no connection a moment ago")
        }
        let client = client, outage = outage
        return try await withThrowingTaskGroup(of: T?.self) { group in
            let leased = ManagedAtomicFlag()
            group.addTask {
                try await client.withConnection { connection in
                    leased.set()
                    outage.clear()
                    do { return try await body(connection) } catch let error as PSQLError {
                        throw ConnectionLoss(error) ?? ServerError(message: Self.explain(error))
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: Self.connectionWait)
                return nil
            }
            while let outcome = try await group.next() {
                if let value = outcome { group.cancelAll(); return value }
                // The deadline passed: only a request still waiting for a connection gives up.
                if !leased.isSet {
                    outage.record()
                    group.cancelAll()
                    throw StoreError.cannotOpen(path: location.description, reason: "no connection to the server within \(Self.connectionWait)")
                }
            }
            throw CancellationError()
        }
    }

    /// A transaction on one pooled connection: committed when `body` returns, rolled back when it
    /// throws, and `body`'s own error rethrown as it was (PostgresNIO would wrap it).
    func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let logger = logger, weekCounts = weekCounts
        // Not repeated when its connection is lost: the transaction either committed whole or
        // not at all, and only the server knows which.
        return try await withLossReported { try await self.leased { connection in
            try await connection.query("BEGIN", logger: logger)
            let value: T
            do {
                value = try await body(connection)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
            try await connection.query("COMMIT", logger: logger)
            weekCounts.forget()
            return value
        } }
    }

    /// `body`, its lost connection reported as the database out of reach.
    private func withLossReported<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let loss as ConnectionLoss { throw loss.storeError(at: location) }
    }

    /// What the server said when it refused a statement, in its own words (PostgresNIO's
    /// error hides them from logs and messages).
    public struct ServerError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "the database server refused a statement: \(message)" }
    }

    /// When a wait for a connection last failed, from any thread.
    private final class Outage: Sendable {
        private let since = Mutex<ContinuousClock.Instant?>(nil)
        func record() { since.withLock { $0 = ContinuousClock.now } }
        func clear() { since.withLock { $0 = nil } }
        func isRecent(within hold: Duration) -> Bool { since.withLock { $0.map { ContinuousClock.now - $0 < hold } ?? false } }
    }

    /// Set once, from any thread: whether a connection was leased.
    private final class ManagedAtomicFlag: Sendable {
        private let value = Mutex(false)
        func set() { value.withLock { $0 = true } }
        var isSet: Bool { value.withLock { $0 } }
    }

    /// The server's own words for an error, not PostgresNIO's generic summary.
    static func explain(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
