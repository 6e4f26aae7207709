import Foundation

/// Where a PostgreSQL database is, read from the URL `--db` takes:
/// `postgres://user:password@host:port/database?sslmode=disable|prefer|require&pool=20`; a `host`
/// parameter naming a folder connects through that folder's Unix socket instead.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is secured, as libpq's `sslmode` says it.
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// A folder holding the server's Unix socket, used instead of host and port.
    public var socketFolder: String?
    /// The most connections one instance opens (`pool`): instances × pool must stay under the
    /// server's `max_connections`.
    public var pool: Int

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL; the error names the part that is wrong.
    public init(url text: String) throws(PostgresLocationError) {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError(url: text, problem: "is not a postgres:// URL")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        guard let host = components.host.flatMap({ $0.isEmpty ? nil : $0 }) ?? (socketFolder != nil ? "localhost" : nil) else {
            throw PostgresLocationError(url: text, problem: "names no host")
        }
        self.host = host
        port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw PostgresLocationError(url: text, problem: "port \(port) is out of range") }
        guard let user = components.user.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw PostgresLocationError(url: text, problem: "names no user (postgres://USER@host/database)")
        }
        self.user = user
        password = components.password?.removingPercentEncoding
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/"), let database = path.removingPercentEncoding else {
            throw PostgresLocationError(url: text, problem: "names no database (postgres://user@host/DATABASE)")
        }
        self.database = database
        let mode = query["sslmode"] ?? (Self.isLoopback(host) || socketFolder != nil ? "disable" : "prefer")
        guard let tls = TLSMode(rawValue: mode) else {
            throw PostgresLocationError(url: text, problem: "sslmode \"\(mode)\" is not one of disable, prefer, require")
        }
        self.tls = tls
        let pool = query["pool"] ?? "20"
        guard let size = Int(pool), (2...1000).contains(size) else {
            throw PostgresLocationError(url: text, problem: "pool \"\(pool)\" is not a number of connections from 2 to 1000")
        }
        self.pool = size
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        let address = socketFolder.map { "\(host)/\(database)?host=\($0)" } ?? "\(host):\(port)/\(database)"
        return "postgres://\(user)@\(address)"
    }

    /// `text` with any password in it replaced by ***, for messages.
    public static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"(//[^:@/]*):[^@/]*@"#, with: "$1:***@", options: .regularExpression)
    }

    private static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]"
    }
}

/// A `--db` URL that cannot be used, and why.
public struct PostgresLocationError: Error, Equatable, CustomStringConvertible {
    public let url: String
    public let problem: String

    public var description: String {
        "\(PostgresLocation.redacted(url)): \(problem)"
    }
}
