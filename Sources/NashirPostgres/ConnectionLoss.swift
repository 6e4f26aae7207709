import NashirDomain
import PostgresNIO

/// A statement that failed because its connection went away (the server stopped, restarted or
/// crashed), not because the server refused it: a read may be repeated on another connection,
/// and what the caller hears is that the database cannot be reached.
struct ConnectionLoss: Error {
    let reason: String

    /// The loss `error` reports, or nil when the server refused the statement itself.
    init?(_ error: PSQLError) {
        switch error.code {
        case .serverClosedConnection, .connectionError, .uncleanShutdown:
            break
        case .server:
            // Class 57P (operator intervention: shutdown, crash, not yet accepting) and 08 (connection exception).
            guard let state = error.serverInfo?[.sqlState], state.hasPrefix("57P") || state.hasPrefix("08") else { return nil }
        default:
            return nil
        }
        reason = PostgresStore.explain(error)
    }

    /// The store's error for it, naming the database.
    func storeError(at location: PostgresLocation) -> StoreError {
        .cannotOpen(path: location.description, reason: "the connection to the server was lost (\(reason))")
    }
}
